package vn.khlt.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class AsideTest {

    @Test
    void joinGivesWhatTheTaskMadeOnItsOwnThread() {
        Aside<String> aside = Aside.start("khlt-test", () -> Thread.currentThread().getName());
        assertThat(aside.join()).isEqualTo("khlt-test");
        assertThat(aside.join()).isEqualTo("khlt-test"); // again, the same
    }

    @Test
    void whatTheTaskThrowsIsThrownByJoin() {
        IllegalArgumentException runtime = new IllegalArgumentException("bad");
        assertThatThrownBy(() -> Aside.start("khlt-test", () -> {
            throw runtime;
        }).join()).isSameAs(runtime);
        OutOfMemoryError error = new OutOfMemoryError("full");
        assertThatThrownBy(() -> Aside.start("khlt-test", () -> {
            throw error;
        }).join()).isSameAs(error);
        IOException checked = new IOException("disk");
        assertThatThrownBy(() -> Aside.start("khlt-test", () -> {
            throw checked;
        }).join()).isInstanceOf(IllegalStateException.class).hasCause(checked);
    }

    @Test
    void anInterruptedCallerStillGetsTheResultAndKeepsItsInterrupt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Aside<Integer> aside = Aside.start("khlt-test", () -> {
            release.await();
            return 42;
        });
        Thread.currentThread().interrupt();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        try {
            assertThat(aside.join()).isEqualTo(42);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted(); // leave the test thread clean
            releaser.join();
        }
    }
}
