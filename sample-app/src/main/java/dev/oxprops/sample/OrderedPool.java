package dev.oxprops.sample;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps the elements of an iterator on a fixed number of threads and hands the results to a sink <b>in input
 * order</b>, with at most {@code window} elements taken from the iterator and not yet handed on. Memory is bounded
 * by the window, whatever the length of the input; a slow element holds back the sink and, once the window is
 * full, the other threads.
 *
 * <p>All {@code threads} threads, the calling one included, do the same: take the next element from the input,
 * map it, put its result in the window's slot; the thread that finds the oldest result there hands on every result
 * ready in order. No thread only hands out work and waits for it (on two cores such a third runnable thread took CPU
 * from both workers at every element). The input is used under a lock of its own, the window
 * under the run's, held only for a moment, so that a thread reading the input never keeps another from putting a
 * result. With one thread no other thread is started and everything runs on the calling thread.
 */
final class OrderedPool {
    private OrderedPool() {}

    /**
     * The window for {@code threads} threads: sixteen elements a thread, enough to keep them busy behind a slow element
     * or a thread the system has stopped for a while (a window of four a thread was found full at 6 % of the files of a
     * 2-thread scan on a loaded machine, each time for about 2 ms). What waits in it are results, not inputs.
     */
    static int defaultWindow(int threads) {
        return Math.max(1, threads) * 16;
    }

    /**
     * Maps every element of {@code input} with {@code work} and hands the results to {@code sink} in input order.
     * The input and the sink are used by one thread at a time (any of the pool's, the calling one included), each
     * use seeing what the one before did; {@code work} runs on every thread and must be safe to call concurrently.
     *
     * @throws IllegalStateException when {@code work} or the input throws (the cause attached), after the results
     *     before it are handed on; the rest of the work is abandoned. What the sink throws is thrown as it is.
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
        new Run<T, R>(input, work, window, sink).run(threads);
    }

    /** What took the place of a result: the work's or the input's failure. */
    private record Failure(Throwable cause) {}

    /** An element taken, with its place in the input. */
    private record Taken<T>(long n, T element) {}

    /** A result that is null (an empty slot is a result not there yet). */
    private static final Object NULL = new Object();

    /** One run: the window's slots and the counters, guarded by the run's lock ({@code this}). */
    private static final class Run<T, R> {
        private final Iterator<T> input;
        /** Held while the input is used; taken before the run's lock, never after it. */
        private final Object inputLock = new Object();
        private final Function<? super T, ? extends R> work;
        private final Consumer<? super R> sink;
        /** Element n's result (or {@link Failure}, or {@link #NULL}) is in slot {@code n % window} until handed on. */
        private final Object[] slots;
        private long taken;
        private long handedOn;
        private boolean exhausted;
        /** Whether a thread is handing results on (only one at a time, so that they go in order). */
        private boolean handingOn;
        /** Set when the run ends early: a failure, or the caller gone. */
        private boolean stopped;
        private Throwable failure;
        private boolean sinkFailed;

        Run(Iterator<T> input, Function<? super T, ? extends R> work, int window, Consumer<? super R> sink) {
            this.input = input;
            this.work = work;
            this.sink = sink;
            this.slots = new Object[window];
        }

        void run(int threads) throws InterruptedException {
            List<Thread> others = new ArrayList<>(threads - 1);
            try {
                for (int i = 1; i < threads; i++) {
                    Thread t = new Thread(this::workUntilDone, "oxprops-scan-" + i);
                    t.setDaemon(true);
                    others.add(t);
                    t.start();
                }
                work(true);
                awaitTheRest();
            } finally {
                synchronized (this) {
                    stopped = true;
                    notifyAll();
                }
                others.forEach(Thread::interrupt);
            }
        }

        /** The caller, once the input has ended: waits for the others' last results, handing on any left waiting. */
        private void awaitTheRest() throws InterruptedException {
            while (true) {
                synchronized (this) {
                    while (!stopped && (handingOn || slots[slot(handedOn)] == null) && (handedOn < taken || handingOn)) {
                        wait();
                    }
                    if (stopped || handedOn == taken) {
                        break;
                    }
                    handingOn = true; // the oldest result is there and nobody hands it on (the input's failure)
                }
                handOn();
            }
            synchronized (this) {
                if (failure == null) {
                    return;
                }
                if (sinkFailed && failure instanceof RuntimeException) {
                    throw (RuntimeException) failure;
                }
                if (sinkFailed && failure instanceof Error) {
                    throw (Error) failure;
                }
                throw new IllegalStateException("a worker failed: " + failure, failure);
            }
        }

        private void workUntilDone() {
            try {
                work(false);
            } catch (InterruptedException e) {
                // the run has stopped
            }
        }

        /** Take, map, put, until the input ends or the run stops; an interrupt ends a thread but the caller's quietly. */
        private void work(boolean caller) throws InterruptedException {
            while (true) {
                Taken<T> next;
                synchronized (inputLock) { // a thread reading the input keeps no one from putting a result
                    synchronized (this) {
                        while (!stopped && !exhausted && taken - handedOn >= slots.length) {
                            wait(); // for room in the window (the next taker waits for the input's lock meanwhile)
                        }
                        if (stopped || exhausted) {
                            return;
                        }
                    }
                    next = take();
                }
                if (next == null) {
                    return;
                }
                put(next.n(), map(next.element()));
                if (caller && Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }

        /**
         * Holding the input's lock (so {@code taken} changes only here): the next element, or null when the input
         * has ended or failed; a failure of the input takes the place of the next result.
         */
        private Taken<T> take() {
            long n = taken;
            try {
                if (input.hasNext()) {
                    T element = input.next();
                    synchronized (this) {
                        taken++;
                    }
                    return new Taken<>(n, element);
                }
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    slots[slot(n)] = new Failure(e);
                    taken++;
                }
            }
            synchronized (this) {
                exhausted = true;
                notifyAll();
            }
            return null;
        }

        private Object map(T element) {
            try {
                R r = work.apply(element);
                return r == null ? NULL : r;
            } catch (RuntimeException | Error e) {
                return new Failure(e);
            }
        }

        /** Puts a result in its slot; the thread that finds the oldest result there hands on all that are ready. */
        private void put(long n, Object result) {
            synchronized (this) {
                slots[slot(n)] = result;
                if (handingOn || stopped || slots[slot(handedOn)] == null) {
                    return;
                }
                handingOn = true;
            }
            handOn();
        }

        /** Hands on the results ready in order: taken from the window under the lock, given to the sink outside it. */
        @SuppressWarnings("unchecked")
        private void handOn() {
            List<Object> ready = new ArrayList<>(slots.length);
            while (true) {
                synchronized (this) {
                    for (long n = handedOn; n < taken && slots[slot(n)] != null; n++) {
                        ready.add(slots[slot(n)]);
                    }
                    if (ready.isEmpty() || stopped) {
                        handingOn = false;
                        notifyAll(); // the caller may wait for the end
                        return;
                    }
                }
                int done = 0;
                Throwable failed = null;
                for (Object r : ready) {
                    if (r instanceof Failure) {
                        failed = ((Failure) r).cause();
                        break;
                    }
                    try {
                        sink.accept(r == NULL ? null : (R) r);
                    } catch (RuntimeException | Error e) {
                        failed = e;
                        sinkFailed = true; // published by the lock below
                        break;
                    }
                    done++;
                }
                ready.clear();
                synchronized (this) {
                    for (int i = 0; i < done; i++) {
                        slots[slot(handedOn++)] = null;
                    }
                    if (failed != null) {
                        failure = failed;
                        stopped = true;
                    }
                    notifyAll(); // room in the window
                }
            }
        }

        private int slot(long n) {
            return (int) (n % slots.length);
        }
    }
}
