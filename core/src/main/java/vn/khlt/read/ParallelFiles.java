package vn.khlt.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.khlt.check.Issue;

/**
 * Reads files on several threads and hands their figures to one sink, on the calling thread,
 * file by file in the given order: the sink sees what a single thread would have given it, so
 * results do not depend on the number of threads. Each file's figures travel in batches
 * through a small queue of its own; a reader that runs ahead waits, so memory stays bounded.
 */
final class ParallelFiles {

    private static final int BATCH = 512;
    private static final int QUEUED_BATCHES = 4;

    /** Reads one file into a sink, adding its issues to a list; returns the figures read. */
    interface FileReader {
        long read(Path file, List<Issue> issues, FigureSink sink);
    }

    /** What passes from a reader to the calling thread. */
    private sealed interface Item {
    }

    private record Batch(List<Figure> figures) implements Item {
    }

    private record Plain(PlainFigures figures) implements Item {
    }

    private record Discard(String file) implements Item {
    }

    private record End(List<Issue> issues, long figures, Throwable failure) implements Item {
    }

    private ParallelFiles() {
    }

    static long read(List<Path> files, int threads, FigureSink sink, List<Issue> issues, FileReader reader) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), runnable -> {
            Thread thread = new Thread(runnable, "khlt-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<BlockingQueue<Item>> queues = new ArrayList<>();
            for (Path file : files) {
                BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
                queues.add(queue);
                pool.execute(() -> readOne(file, reader, queue));
            }
            long figures = 0;
            for (BlockingQueue<Item> queue : queues) {
                while (true) {
                    Item item = take(queue);
                    if (item instanceof Batch batch) {
                        batch.figures().forEach(sink::accept);
                    } else if (item instanceof Plain plain) {
                        sink.accept(plain.figures());
                    } else if (item instanceof Discard discard) {
                        sink.discard(discard.file());
                    } else if (item instanceof End end) {
                        if (end.failure() != null) {
                            rethrow(end.failure());
                        }
                        issues.addAll(end.issues());
                        figures += end.figures();
                        break;
                    }
                }
            }
            return figures;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void readOne(Path file, FileReader reader, BlockingQueue<Item> queue) {
        List<Issue> issues = new ArrayList<>();
        long figures = 0;
        Throwable failure = null;
        try {
            List<Figure>[] batch = new List[] {new ArrayList<Figure>(BATCH)};
            FigureSink forward = new FigureSink() {
                @Override
                public void accept(Figure figure) {
                    batch[0].add(figure);
                    if (batch[0].size() == BATCH) {
                        put(queue, new Batch(batch[0]));
                        batch[0] = new ArrayList<>(BATCH);
                    }
                }

                @Override
                public void accept(PlainFigures plain) {
                    flush(); // after the figures before it
                    put(queue, new Plain(plain));
                }

                @Override
                public void discard(String name) {
                    flush();
                    put(queue, new Discard(name));
                }

                private void flush() {
                    if (!batch[0].isEmpty()) {
                        put(queue, new Batch(batch[0]));
                        batch[0] = new ArrayList<>(BATCH);
                    }
                }
            };
            figures = reader.read(file, issues, forward);
            if (!batch[0].isEmpty()) {
                put(queue, new Batch(batch[0]));
            }
        } catch (Throwable e) { // an OutOfMemoryError, say: the calling thread rethrows it
            failure = e;
        }
        put(queue, new End(issues, figures, failure));
    }

    private static void put(BlockingQueue<Item> queue, Item item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading interrupted", e);
        }
    }

    private static Item take(BlockingQueue<Item> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading interrupted", e);
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(failure);
    }
}
