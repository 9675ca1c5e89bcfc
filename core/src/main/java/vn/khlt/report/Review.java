package vn.khlt.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The year's review as a document of the administrative kind: the settings' header, the place
 * and date, the title, then the body in blocks (headings, paragraphs, items, tables), the
 * signatures and the recipients, and the appendix on pages of its own. {@code vn.khlt.render.DocxReview} lays it out on A4.
 */
public record Review(ReviewSettings settings, LocalDate date, String placeDate, String title, String subtitle,
        List<Block> body, String recipientsHeading, List<Block> appendix, int year) {

    public Review {
        body = List.copyOf(body);
        appendix = List.copyOf(appendix);
    }

    /** A piece of the body. */
    public sealed interface Block {
    }

    /** A section's heading: I. KẾT QUẢ THỰC HIỆN. */
    public record Heading(String text) implements Block {
    }

    /** A paragraph; bold for an indicator's name. */
    public record Paragraph(String text, boolean bold) implements Block {
    }

    /** A line of a list, shown after a dash. */
    public record Item(String text) implements Block {
    }

    /** A table, with its title above it. */
    public record Grid(Table table) implements Block {
    }
}
