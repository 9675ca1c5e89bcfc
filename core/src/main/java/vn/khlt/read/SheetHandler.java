package vn.khlt.read;

/** Receives a workbook's sheets one after another, each as a stream of rows. */
interface SheetHandler {

    void startSheet(String name);

    void row(Row row);

    void endSheet();
}
