package dev.oxprops.sample;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps the elements of an iterator on a fixed number of threads and hands the results to a sink <b>in input
 * order</b>, with at most {@code window} elements taken from the iterator and not yet handed on: the calling thread
 * pulls the input, submits work while fewer than {@code window} are in flight, then waits for the oldest, hands its
 * result on and takes the next element. Memory is bounded by the window, whatever the length of the input; a slow
 * element holds back the sink (not the workers: they run up to {@code window - 1} elements ahead).
 *
 * <p>With one thread no pool is started: the elements are mapped on the calling thread, one after the other.
 */
final class OrderedPool {
    private OrderedPool() {}

    /** The window for {@code threads} threads: four elements a thread, enough to keep them busy behind a slow one. */
    static int defaultWindow(int threads) {
        return Math.max(1, threads) * 4;
    }

    /**
     * Maps every element of {@code input} with {@code work} and hands the results to {@code sink} in input order.
     * The input and the sink are used on the calling thread only; {@code work} runs on the pool's threads and must
     * be safe to call concurrently.
     *
     * @throws IllegalStateException when {@code work} throws (the cause attached); the remaining work is cancelled
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    static <T, R> void run(Iterator<T> input, Function<? super T, ? extends R> work, int threads, int window,
            Consumer<? super R> sink) throws InterruptedException {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1, got " + threads + ", " + window);
        }
        if (threads == 1) {
            while (input.hasNext()) {
                sink.accept(work.apply(input.next()));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<? extends R>> inFlight = new ArrayDeque<>(window);
            while (true) {
                while (inFlight.size() < window && input.hasNext()) {
                    T next = input.next();
                    inFlight.addLast(pool.submit(() -> work.apply(next)));
                }
                if (inFlight.isEmpty()) {
                    return;
                }
                sink.accept(result(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "oxprops-scan-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
