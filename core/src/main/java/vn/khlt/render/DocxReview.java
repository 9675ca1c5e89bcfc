package vn.khlt.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.khlt.i18n.Lang;
import vn.khlt.report.Cell;
import vn.khlt.report.Review;
import vn.khlt.report.ReviewSettings;
import vn.khlt.report.Table;

/**
 * The review as a Word document (POI's XWPF), laid out as Vietnamese administrative documents
 * are: A4, margins of 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman, 13 pt in
 * the body; the issuing bodies and the number at top left, the heading and the place and date
 * at top right, the title centred, numbered sections, the signature blocks and the recipients.
 */
public final class DocxReview {

    private static final String FONT = "Times New Roman";
    /** Twentieths of a point, as Word measures a page: 1 mm is 56.7 of them. */
    private static final int MM = 57;
    /** The width between the margins: A4's 210 mm less 30 and 15. */
    private static final int TEXT_WIDTH = 11906 - 45 * MM;

    private DocxReview() {
    }

    public static byte[] write(Review review, Lang lang) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            header(doc, review);
            centred(doc, review.title(), 14, true).setSpacingBefore(12 * 20);
            centred(doc, review.subtitle(), 14, true).setSpacingAfter(12 * 20);
            for (Review.Block block : review.body()) {
                block(doc, block, lang);
            }
            signatures(doc, review.settings());
            recipients(doc, review);
            if (!review.appendix().isEmpty()) {
                doc.createParagraph().setPageBreak(true); // the appendix goes with the document, after the signatures
                for (Review.Block block : review.appendix()) {
                    block(doc, block, lang);
                }
            }
            doc.getProperties().getCoreProperties().setTitle(review.title() + " " + review.subtitle());
            doc.getProperties().getCoreProperties().setCreator("khlt");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20 * MM));
        margins.setBottom(BigInteger.valueOf(20 * MM));
        margins.setLeft(BigInteger.valueOf(30 * MM));
        margins.setRight(BigInteger.valueOf(15 * MM));
    }

    /** Top left: the issuing bodies and the number; top right: the heading, and the place and date. */
    private static void header(XWPFDocument doc, Review review) {
        ReviewSettings settings = review.settings();
        XWPFTable table = borderless(doc.createTable(1, 2));
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("50%");
        right.setWidth("50%");
        XWPFParagraph first = left.getParagraphs().get(0);
        for (int i = 0; i < settings.issuers().size(); i++) {
            XWPFParagraph p = i == 0 ? first : left.addParagraph();
            line(p, settings.issuers().get(i), 11, true, false, false);
        }
        line(left.addParagraph(), "———", 12, false, false, false);
        line(left.addParagraph(), settings.number(), 13, false, false, false);
        line(right.getParagraphs().get(0), settings.heading(), 13, true, false, true);
        line(right.addParagraph(), "", 12, false, false, false);
        line(right.addParagraph(), review.placeDate(), 13, false, true, false);
    }

    private static void line(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic, boolean underline) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        font(run, size);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
    }

    private static XWPFParagraph centred(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph paragraph = doc.createParagraph();
        line(paragraph, text, size, bold, false, false);
        return paragraph;
    }

    private static void block(XWPFDocument doc, Review.Block block, Lang lang) {
        if (block instanceof Review.Heading heading) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingBefore(10 * 20);
            p.setSpacingAfter(6 * 20);
            XWPFRun run = p.createRun();
            font(run, 13);
            run.setBold(true);
            run.setText(heading.text());
        } else if (block instanceof Review.Paragraph paragraph) {
            XWPFParagraph p = body(doc);
            XWPFRun run = p.createRun();
            font(run, 13);
            run.setBold(paragraph.bold());
            run.setText(paragraph.text());
        } else if (block instanceof Review.Item item) {
            XWPFParagraph p = body(doc);
            XWPFRun run = p.createRun();
            font(run, 13);
            run.setText("- " + item.text());
        } else if (block instanceof Review.Grid grid) {
            table(doc, grid.table(), lang);
        }
    }

    /** A paragraph of the body: justified, its first line indented 1 cm, 6 pt after. */
    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(10 * MM);
        p.setSpacingAfter(6 * 20);
        return p;
    }

    private static void table(XWPFDocument doc, Table table, Lang lang) {
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(6 * 20);
        XWPFRun heading = title.createRun();
        font(heading, 12);
        heading.setBold(true);
        heading.setText(table.title());
        XWPFTable grid = doc.createTable(table.rows().size() + 1, table.columns().size());
        grid.setWidth("100%");
        String[] widths = widths(table);
        // Word reads the cells' widths, LibreOffice the grid's: both say the same
        var columns = grid.getCTTbl().getTblGrid() == null ? grid.getCTTbl().addNewTblGrid() : grid.getCTTbl().getTblGrid();
        for (int c = 0; c < widths.length; c++) {
            (c < columns.sizeOfGridColArray() ? columns.getGridColArray(c) : columns.addNewGridCol())
                    .setW(BigInteger.valueOf(Long.parseLong(widths[c])));
        }
        for (int c = 0; c < table.columns().size(); c++) {
            cell(grid.getRow(0).getCell(c), table.columns().get(c).header(), true).setWidth(widths[c]);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(grid.getRow(r + 1).getCell(c), Cells.display(table, c, row.get(c), lang), false).setWidth(widths[c]);
            }
        }
        grid.getRow(0).setRepeatHeader(true); // the header again on each page the table runs over
        doc.createParagraph().setSpacingAfter(0);
    }

    private static XWPFTableCell cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        font(run, 11);
        run.setBold(bold);
        run.setText(text);
        return cell;
    }

    /** Each column's share of the page: by the longest text it holds, a code's column narrow, a name's wide. */
    private static String[] widths(Table table) {
        int columns = table.columns().size();
        double[] longest = new double[columns];
        for (int c = 0; c < columns; c++) {
            longest[c] = Math.max(10, Math.min(12, table.columns().get(c).header().length()));
        }
        for (List<Cell> row : table.rows()) {
            for (int c = 0; c < columns; c++) {
                longest[c] = Math.max(longest[c], Math.min(30, Cells.plain(row.get(c)).length()));
            }
        }
        for (int c = 0; c < columns; c++) {
            longest[c] += 2; // the cell's margins
        }
        double total = java.util.Arrays.stream(longest).sum();
        String[] widths = new String[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = String.valueOf(Math.round(TEXT_WIDTH * longest[c] / total)); // in twentieths of a point
        }
        return widths;
    }

    /** The signature blocks, two by two: the body and the title in bold, room to sign, the name. */
    private static void signatures(XWPFDocument doc, ReviewSettings settings) {
        List<ReviewSettings.Signer> signers = settings.signers();
        if (signers.isEmpty()) {
            return;
        }
        doc.createParagraph();
        XWPFTable table = borderless(doc.createTable((signers.size() + 1) / 2, 2));
        for (int i = 0; i < signers.size(); i++) {
            ReviewSettings.Signer signer = signers.get(i);
            XWPFTableCell cell = table.getRow(i / 2).getCell(i % 2);
            cell.setWidth("50%");
            line(cell.getParagraphs().get(0), signer.body(), 13, true, false, false);
            line(cell.addParagraph(), signer.title(), 13, true, false, false);
            for (int blank = 0; blank < 3; blank++) {
                line(cell.addParagraph(), "", 13, false, false, false);
            }
            line(cell.addParagraph(), signer.name(), 13, true, false, false);
            line(cell.addParagraph(), "", 13, false, false, false);
        }
    }

    private static void recipients(XWPFDocument doc, Review review) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setSpacingAfter(0);
        XWPFRun run = heading.createRun();
        font(run, 12);
        run.setBold(true);
        run.setItalic(true);
        run.setText(review.recipientsHeading());
        for (String recipient : review.settings().recipients()) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(0);
            XWPFRun line = p.createRun();
            font(line, 11);
            line.setText("- " + recipient);
        }
    }

    private static XWPFTable borderless(XWPFTable table) {
        table.setWidth("100%");
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        return table;
    }

    private static void font(XWPFRun run, int size) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
    }
}
