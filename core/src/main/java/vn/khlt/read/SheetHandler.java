package vn.khlt.read;

/** Receives a workbook's sheets one after another, each as a stream of rows. */
interface SheetHandler {

    /** The names of all the workbook's sheets, in its order, before the first begins. */
    default void sheetNames(java.util.List<String> names) {
    }

    /** A sheet begins; {@code hidden} when the workbook hides it (hidden or very hidden). */
    void startSheet(String name, boolean hidden);

    /** The columns (0-based) the sheet hides, before its first row; not called when it hides none. */
    default void hiddenColumns(java.util.Set<Integer> columns) {
    }

    /**
     * The comments (Excel's notes, the red corner) on the sheet's cells, by row (1-based) and column
     * (0-based), before its first row; not called when it has none.
     */
    default void comments(java.util.Map<Integer, java.util.Map<Integer, String>> byRow) {
    }

    /**
     * The workbook's text is written in the TCVN3 (ABC) fonts' letters, and was read as Unicode
     * ({@link Tcvn3}); said once, before or among the rows.
     */
    default void tcvn3() {
    }

    void row(Row row);

    void endSheet();
}
