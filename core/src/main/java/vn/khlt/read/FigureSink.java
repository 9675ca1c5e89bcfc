package vn.khlt.read;

import java.util.List;

/**
 * Takes figures as they are read, one at a time, so that a large sheet never has to be held
 * in memory. A file that turns out to be broken part-way is discarded whole: a half-read file
 * must not count.
 */
public interface FigureSink {

    void accept(Figure figure);

    /** A run of plain figures, in order; by default each is taken as the figure it stands for. */
    default void accept(PlainFigures figures) {
        for (int i = 0; i < figures.size(); i++) {
            accept(figures.figure(i));
        }
    }

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
