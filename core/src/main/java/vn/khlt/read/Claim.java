package vn.khlt.read;

import vn.khlt.i18n.Text;

/** What one source says about a file: "the file name says HND", with the source named for messages. */
record Claim(String value, Text origin) {
}
