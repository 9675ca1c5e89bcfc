package vn.khlt.render;

import vn.khlt.report.ReportTables;
import vn.khlt.report.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.SheetUtil;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.khlt.analyse.Status;
import vn.khlt.i18n.Lang;

/**
 * The report as a workbook: a sheet per table with its title, a header frozen and repeated on
 * every printed page, numbers as numbers with thousands separators, percentages, coloured
 * statuses, widths that fit, landscape A4 fitted to width, and a bar chart of percent of
 * target (POI's XDDF charts). Text that Excel could take for a formula is marked as text.
 */
public final class XlsxReport {

    private static final int HEADER_ROW = 2;
    private static final int STREAM_WINDOW = 200;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Lang lang;
    private final XSSFCellStyle title;
    private final XSSFCellStyle header;
    private final XSSFCellStyle text;
    private final XSSFCellStyle quoted;
    private final XSSFCellStyle integer;
    private final XSSFCellStyle plainInteger;
    private final XSSFCellStyle decimal;
    private final XSSFCellStyle percent;
    private final Map<Status, XSSFCellStyle> statuses = new EnumMap<>(Status.class);

    private XlsxReport(Lang lang) {
        this.lang = lang;
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = wb.createCellStyle();
        title.setFont(big);
        header = bordered();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE8, (byte) 0xE8, (byte) 0xE8}, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        quoted = bordered();
        quoted.setQuotePrefixed(true);
        integer = bordered();
        integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        plainInteger = bordered();
        plainInteger.setDataFormat(wb.createDataFormat().getFormat("0"));
        decimal = bordered();
        decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.0"));
        percent = bordered();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0\"%\""));
        for (Status status : Status.values()) {
            XSSFCellStyle style = bordered();
            style.setFillForegroundColor(new XSSFColor(colour(status), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            statuses.put(status, style);
        }
    }

    /** The most lines of a table that one sheet holds: Excel's 1,048,576 rows, less the title and header above them. */
    static final int ROWS_PER_SHEET = 1_048_576 - (HEADER_ROW + 1);

    /**
     * The workbook's bytes; its properties carry the report's year-end, never the time it was made.
     * A table longer than a sheet holds (a national report by commune) goes on over more sheets,
     * {@code Nguồn}, {@code Nguồn (2)}, ..., each with its header: every line is in the workbook.
     */
    public static byte[] write(List<ReportTables.Named> tables, int year, Lang lang) throws IOException {
        return write(tables, year, lang, ROWS_PER_SHEET);
    }

    static byte[] write(List<ReportTables.Named> tables, int year, Lang lang, int rowsPerSheet) throws IOException {
        XlsxReport report = new XlsxReport(lang);
        SXSSFWorkbook streaming = null;
        try (XSSFWorkbook wb = report.wb) {
            // every sheet but the summary's (which has the chart) is streamed, row by row: memory stays flat
            // however long a table, and even the samples' report builds and saves its three thousand lines
            // of sources in a fifth of the time the same sheet takes in memory
            for (ReportTables.Named named : tables) {
                if (streaming == null && !named.file().equals("tong-hop")) {
                    // from here on, rows go to a temporary file as they are written, not into memory
                    streaming = new SXSSFWorkbook(wb, STREAM_WINDOW);
                }
                int parts = Math.max(1, (named.table().rows().size() + rowsPerSheet - 1) / rowsPerSheet);
                for (int part = 1; part <= parts; part++) {
                    Sheet sheet = report.sheet(named, streaming, part, parts, rowsPerSheet);
                    if (named.file().equals("tong-hop") && sheet instanceof XSSFSheet summary) {
                        report.chart(summary, named.table());
                    }
                }
            }
            wb.getProperties().getCoreProperties().setCreated(Optional.of(new java.util.Date(
                    java.time.LocalDate.of(year, 12, 31).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli())));
            wb.getProperties().getCoreProperties().setCreator("khlt");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (streaming != null) {
                streaming.write(out);
            } else {
                wb.write(out);
            }
            return fixTimes(out.toByteArray(), java.time.LocalDateTime.of(year, 12, 31, 0, 0));
        } finally {
            if (streaming != null) {
                streaming.dispose();
            }
        }
    }

    /**
     * The same workbook with every zip entry dated alike, so that a rerun gives the same bytes.
     * Each entry's compressed data is copied as it is, never inflated and deflated again.
     */
    static byte[] fixTimes(byte[] zip, java.time.LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        // Commons Compress reads what SXSSF writes (sizes after the data), which java.util.zip's stream cannot
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipArchiveOutputStream rewritten = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                copy.setTimeLocal(time);
                try (java.io.InputStream data = in.getRawInputStream(entry)) {
                    rewritten.addRawArchiveEntry(copy, data);
                }
            }
        }
        return out.toByteArray();
    }

    /** One sheet of a table: all of it, or its part-th share of lines out of parts. */
    private Sheet sheet(ReportTables.Named named, SXSSFWorkbook streaming, int part, int parts, int rowsPerSheet) {
        Table table = named.table();
        String name = WorkbookUtil.createSafeSheetName(named.sheet() + (part > 1 ? " (" + part + ")" : ""));
        Sheet sheet = streaming != null ? streaming.createSheet(name) : wb.createSheet(name);
        Cell heading = sheet.createRow(0).createCell(0);
        String titled = table.title().isEmpty() ? named.sheet() : table.title();
        heading.setCellValue(parts > 1 ? titled + " (" + part + "/" + parts + ")" : titled);
        heading.setCellStyle(title);
        Row head = sheet.createRow(HEADER_ROW);
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(table.columns().get(c).header());
            cell.setCellStyle(header);
            widths[c] = Math.max(6, Math.min(18, table.columns().get(c).header().length()));
        }
        int r = HEADER_ROW + 1;
        List<List<vn.khlt.report.Cell>> lines = table.rows().subList((part - 1) * rowsPerSheet,
                Math.min(table.rows().size(), part * rowsPerSheet));
        for (List<vn.khlt.report.Cell> row : lines) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < row.size(); c++) {
                Table.Column column = table.columns().get(c);
                vn.khlt.report.Cell value = row.get(c);
                Cell cell = line.createCell(c);
                if (value instanceof vn.khlt.report.Cell.Number number) {
                    // a number cell with its number format: Excel shows it as the language writes it
                    BigDecimal amount = Table.stable(number.value());
                    cell.setCellValue(amount.doubleValue());
                    cell.setCellStyle(column.percent() ? percent
                            : amount.scale() > 0 ? decimal : column.grouped() ? integer : plainInteger);
                    widths[c] = Math.max(widths[c], Cells.displayLength(column, number, lang) + 1);
                } else {
                    String shown = Cells.plain(value);
                    cell.setCellValue(shown);
                    cell.setCellStyle(value instanceof vn.khlt.report.Cell.Status status ? statuses.get(status.status())
                            : risky(shown) ? quoted : text);
                    widths[c] = Math.max(widths[c], Math.min(60, shown.length() + 1));
                }
            }
        }
        if (part == parts) {
            r++;
            for (String note : table.notes()) {
                Cell cell = sheet.createRow(r++).createCell(0);
                cell.setCellValue(note);
                cell.setCellStyle(text);
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (widths[c] + 2) * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        return sheet;
    }

    /** A horizontal bar per row of the summary: its percent of target, next to the table. */
    private void chart(XSSFSheet sheet, Table summary) {
        int percentColumn = -1;
        for (int c = 0; c < summary.columns().size(); c++) {
            if (summary.columns().get(c).percent()) {
                percentColumn = c;
            }
        }
        int rows = summary.rows().size();
        if (percentColumn < 0 || rows == 0) {
            return;
        }
        int labelColumn = summary.columns().size() + 1;
        for (int i = 0; i < rows; i++) {
            List<vn.khlt.report.Cell> row = summary.rows().get(i);
            XSSFCell label = sheet.getRow(HEADER_ROW + 1 + i).createCell(labelColumn);
            label.setCellValue(Cells.plain(row.get(0)) + " " + Cells.plain(row.get(2)));
        }
        // the chart's labels, a helper no reader needs: hidden, and the chart told to draw hidden cells
        sheet.setColumnHidden(labelColumn, true);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, labelColumn + 1, HEADER_ROW, labelColumn + 10,
                HEADER_ROW + Math.max(20, rows + 2));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(lang == Lang.EN ? "Percent of target" : "Phần trăm mục tiêu");
        chart.setTitleOverlay(false);
        chart.setPlotOnlyVisibleCells(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        // the first line of the table at the top, as the table reads, the percentages below
        categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(org.apache.poi.xddf.usermodel.chart.AxisCrosses.MAX);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(HEADER_ROW + 1, HEADER_ROW + rows, labelColumn, labelColumn));
        XDDFNumericalDataSource<Double> percents = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(HEADER_ROW + 1, HEADER_ROW + rows, percentColumn, percentColumn));
        XDDFChartData data = chart.createData(ChartTypes.BAR, categories, values);
        XDDFChartData.Series series = data.addSeries(labels, percents);
        series.setTitle(summary.columns().get(percentColumn).header(), null);
        ((XDDFBarChartData) data).setBarDirection(BarDirection.BAR);
        chart.plot(data);
        org.apache.poi.xddf.usermodel.XDDFShapeProperties shape = new org.apache.poi.xddf.usermodel.XDDFShapeProperties();
        shape.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
                org.apache.poi.xddf.usermodel.XDDFColor.from(new byte[] {(byte) 0x4F, (byte) 0x81, (byte) 0xBD})));
        series.setShapeProperties(shape);
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle style = wb.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        return style;
    }

    /** Text that begins like a formula: shown as it is, never evaluated (Excel's quote prefix). */
    private static boolean risky(String value) {
        return !CsvTable.neutralise(value).equals(value);
    }

    private static byte[] colour(Status status) {
        return switch (status) {
            case EXCEEDED, ACHIEVED, ON_TRACK -> new byte[] {(byte) 0xD9, (byte) 0xF2, (byte) 0xD9};
            case NEEDS_ACCELERATION -> new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
            case OFF_TRACK, NOT_ACHIEVED -> new byte[] {(byte) 0xF8, (byte) 0xD7, (byte) 0xDA};
            case INCOMPLETE, NO_DATA, NOT_APPLICABLE -> new byte[] {(byte) 0xEE, (byte) 0xEE, (byte) 0xEE};
        };
    }
}
