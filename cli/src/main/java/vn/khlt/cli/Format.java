package vn.khlt.cli;

/** Output formats; each command accepts the ones it lists in its --help. */
enum Format {
    text, csv, json, xlsx, md, html
}
