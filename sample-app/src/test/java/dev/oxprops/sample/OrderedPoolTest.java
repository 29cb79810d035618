package dev.oxprops.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bounded, ordered work queue of the bulk scan; no clock: latches decide who finishes when. */
class OrderedPoolTest {
    /** An input that counts what was taken and checks, at every take, that no more than the window is in flight. */
    private static final class CountingInput implements Iterator<Integer> {
        private final int size;
        private final int window;
        final AtomicInteger taken = new AtomicInteger();
        final List<Integer> handedOn = Collections.synchronizedList(new ArrayList<>());
        int mostInFlight;

        CountingInput(int size, int window) {
            this.size = size;
            this.window = window;
        }

        @Override
        public boolean hasNext() {
            return taken.get() < size;
        }

        @Override
        public Integer next() {
            int inFlight = taken.get() + 1 - handedOn.size();
            mostInFlight = Math.max(mostInFlight, inFlight);
            assertTrue(inFlight <= window, "taken " + (taken.get() + 1) + ", handed on " + handedOn.size());
            return taken.getAndIncrement();
        }
    }

    @Test
    void resultsComeInInputOrderWhenWorkFinishesInReverse() throws InterruptedException {
        int threads = 4;
        int n = 40;
        List<CountDownLatch> finished = IntStream.range(0, n).mapToObj(i -> new CountDownLatch(1))
                .collect(Collectors.toList());
        List<Integer> completion = Collections.synchronizedList(new ArrayList<>());
        CountingInput in = new CountingInput(n, threads);
        OrderedPool.run(in, i -> {
            // within each group of four, element i waits for i + 1: they finish 3, 2, 1, 0
            if (i % threads != threads - 1) {
                await(finished.get(i + 1));
            }
            completion.add(i);
            finished.get(i).countDown();
            return "r" + i;
        }, threads, threads, r -> in.handedOn.add(Integer.parseInt(r.substring(1))));
        assertEquals(IntStream.range(0, n).boxed().collect(Collectors.toList()), in.handedOn);
        assertEquals(List.of(3, 2, 1, 0), completion.subList(0, 4));
        assertEquals(threads, in.mostInFlight);
    }

    @Test
    void noMoreThanTheWindowIsTakenWhileTheOldestIsStuck() throws InterruptedException {
        int window = 5;
        int n = 30;
        CountingInput in = new CountingInput(n, window);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch othersDone = new CountDownLatch(window - 1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                OrderedPool.run(in, i -> {
                    if (i == 0) {
                        await(release);
                    } else if (i < window) {
                        othersDone.countDown();
                    }
                    return i;
                }, 3, window, in.handedOn::add);
            } catch (InterruptedException | RuntimeException | AssertionError e) {
                failed.set(e);
                while (othersDone.getCount() > 0) {
                    othersDone.countDown();
                }
            }
        });
        runner.start();
        othersDone.await();
        assertNull(failed.get());
        // elements 1 .. window-1 are done, element 0 is stuck: nothing handed on, nothing more taken
        assertEquals(window, in.taken.get());
        assertEquals(List.of(), in.handedOn);
        release.countDown();
        runner.join();
        assertEquals(IntStream.range(0, n).boxed().collect(Collectors.toList()), in.handedOn);
        assertEquals(window, in.mostInFlight);
    }

    @Test
    void oneThreadMapsOnTheCallingThread() throws InterruptedException {
        CountingInput in = new CountingInput(10, 1);
        Thread caller = Thread.currentThread();
        OrderedPool.run(in, i -> {
            assertEquals(caller, Thread.currentThread());
            return i;
        }, 1, 1, in.handedOn::add);
        assertEquals(IntStream.range(0, 10).boxed().collect(Collectors.toList()), in.handedOn);
    }

    @Test
    void theCallingThreadIsOneOfTheThreads() throws InterruptedException {
        // two elements that can only finish together: with two threads, the caller maps one, one other thread the other
        CyclicBarrier both = new CyclicBarrier(2);
        Set<Thread> mappers = ConcurrentHashMap.newKeySet();
        CountingInput in = new CountingInput(2, 2);
        OrderedPool.run(in, i -> {
            mappers.add(Thread.currentThread());
            try {
                both.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new AssertionError(e);
            }
            return i;
        }, 2, 2, in.handedOn::add);
        assertEquals(List.of(0, 1), in.handedOn);
        assertEquals(2, mappers.size());
        assertTrue(mappers.contains(Thread.currentThread()), mappers::toString);
    }

    @Test
    void aFailingWorkerStopsTheRunWithItsCause() {
        CountingInput in = new CountingInput(10, 4);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OrderedPool.run(in, i -> {
            if (i == 2) {
                throw new ArithmeticException("boom");
            }
            return i;
        }, 2, 4, in.handedOn::add));
        assertTrue(e.getCause() instanceof ArithmeticException, e::toString);
        assertEquals(List.of(0, 1), in.handedOn);
        assertThrows(IllegalArgumentException.class, () -> OrderedPool.run(in, i -> i, 0, 1, x -> { }));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
