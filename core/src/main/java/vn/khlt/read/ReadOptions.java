package vn.khlt.read;

import java.util.Optional;

/**
 * What the command line says about inputs that lack it: the association, unit or year of
 * every file read (a file that says otherwise is in contradiction, which is an error); whether
 * the inputs are full-year reports whatever their titles say ({@code --period year}); and where
 * the tables' headers are, when detection cannot tell ({@code --header-rows 4-5}); the layout
 * file that says these of some files ({@link LayoutFile}); and whether a level's running total
 * from the plan's first year is read as its figure ({@code --running-totals}).
 */
public record ReadOptions(Optional<String> association, Optional<String> unit, Optional<Integer> year,
        boolean fullYear, Optional<HeaderRows> headerRows, Optional<LayoutFile> layout, Optional<Progress> progress,
        boolean runningTotals) {

    /** Told of the files to read, of each as its reading starts (with the figures read so far), and of the end. */
    public interface Progress {
        void start(java.util.List<java.nio.file.Path> files);

        void file(int index, long figures);

        void done();
    }

    public ReadOptions(Optional<String> association, Optional<String> unit, Optional<Integer> year, boolean fullYear,
            Optional<HeaderRows> headerRows, Optional<LayoutFile> layout) {
        this(association, unit, year, fullYear, headerRows, layout, Optional.empty(), false);
    }

    /** The rows a header stands on, as the spreadsheet numbers them (a CSV's lines): one, or two. */
    public record HeaderRows(int first, int last) {

        public HeaderRows {
            if (first < 1 || last < first || last > first + 1) {
                throw new IllegalArgumentException("header rows " + first + "-" + last);
            }
        }

        /** {@code 4} or {@code 4-5}; empty for anything else. */
        public static Optional<HeaderRows> parse(String text) {
            String[] parts = text.strip().split("\\s*[-–:]\\s*");
            try {
                int first = Integer.parseInt(parts[0]);
                int last = parts.length > 1 ? Integer.parseInt(parts[1]) : first;
                return parts.length > 2 || first < 1 || last < first || last > first + 1 ? Optional.empty()
                        : Optional.of(new HeaderRows(first, last));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return first == last ? String.valueOf(first) : first + "-" + last;
        }
    }

    public ReadOptions(Optional<String> association, Optional<String> unit, Optional<Integer> year, boolean fullYear,
            Optional<HeaderRows> headerRows) {
        this(association, unit, year, fullYear, headerRows, Optional.empty());
    }

    public ReadOptions(Optional<String> association, Optional<String> unit, Optional<Integer> year, boolean fullYear) {
        this(association, unit, year, fullYear, Optional.empty());
    }

    /** The same options with a layout file, whose forms fill in what they leave open for the files they match. */
    public ReadOptions withLayout(LayoutFile file) {
        return new ReadOptions(association, unit, year, fullYear, headerRows, Optional.of(file), progress, runningTotals);
    }

    /** The same options, telling a watcher of each file read. */
    public ReadOptions withProgress(Progress watcher) {
        return new ReadOptions(association, unit, year, fullYear, headerRows, layout, Optional.of(watcher), runningTotals);
    }

    /**
     * The same options, reading a level's running total from the plan's first year ("Lũy kế từ
     * 2016" for CT01, CT07's households out of poverty "từ năm 2016 đến nay") as its figure, where
     * nothing else gives it ({@code --running-totals}).
     */
    public ReadOptions withRunningTotals() {
        return new ReadOptions(association, unit, year, fullYear, headerRows, layout, progress, true);
    }


    public ReadOptions(Optional<String> association, Optional<String> unit, Optional<Integer> year) {
        this(association, unit, year, false);
    }

    public static ReadOptions none() {
        return new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
