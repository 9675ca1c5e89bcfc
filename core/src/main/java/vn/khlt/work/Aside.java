package vn.khlt.work;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A task run on a thread of its own while the caller does other work, for the steps of a
 * large run that need not wait for one another (rolling figures up while the whole-table
 * checks run, building one report table while the others are built). The caller gets the
 * task's result, or what it threw, from {@link #join}; the result is the same as running the
 * task where it is joined, which keeps output byte-identical.
 */
public final class Aside<T> {

    private final FutureTask<T> task;

    private Aside(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts a task on a new daemon thread of this name. */
    public static <T> Aside<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Aside<>(task);
    }

    /** The task's result, once it is done; what it threw (an unchecked exception or error), thrown here. */
    public T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the task is short and the caller needs it: wait it out, then say so
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
