package vn.khlt.read;

import java.util.List;

/**
 * Takes figures as they are read, one at a time, so that a large sheet never has to be held
 * in memory. A file that turns out to be broken part-way is discarded whole: a half-read file
 * must not count.
 */
public interface FigureSink {

    void accept(Figure figure);

    /** Forget every figure that came from this file. */
    void discard(String file);

    /** A sink that keeps every figure in a list. */
    static FigureSink into(List<Figure> figures) {
        return new FigureSink() {
            @Override
            public void accept(Figure figure) {
                figures.add(figure);
            }

            @Override
            public void discard(String file) {
                figures.removeIf(f -> f.source().file().equals(file));
            }
        };
    }
}
