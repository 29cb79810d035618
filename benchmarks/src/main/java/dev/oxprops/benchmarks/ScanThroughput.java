package dev.oxprops.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The bulk-scan measurement for a shared, loaded machine, where JMH's iterations of one benchmark after another
 * see different loads: the variants of {@link ScanBenchmark} run <b>interleaved</b>, one pass over the corpus each
 * per round, in a rotating order, so that every round compares them under the same load. For each it reports the
 * median files per second of wall time and the median of the per-round ratios to the bare {@code MsgReader} loop
 * (both meaningful on an idle machine only), and what a file costs in CPU whatever else runs on the machine: files
 * per CPU-second of the whole process, and of the threads doing the work (the process less the JVM's garbage
 * collector and JIT compiler threads, {@link JvmThreadsCpu}), with the collector's and the compilers' milliseconds
 * per round and the young collections per round; and, for the calling thread, its context switches and the bytes it
 * allocated per file (all of a 1-thread variant's; a 2-thread variant's caller shows how often it waits); and the
 * process's minor page faults per file (first touches of memory: {@link JvmThreadsCpu#minorFaults()}).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.oxprops.benchmarks.ScanThroughput [warm-up rounds]
 * [rounds] [variant,variant,...]} (default 10, 20 and all variants).
 */
public final class ScanThroughput {
    private ScanThroughput() {}

    /** One pass over the corpus. */
    private interface Pass {
        void run() throws Exception;
    }

    /** What one variant used over the measured rounds. */
    private static final class Totals {
        final double[] wall;
        long cpu;
        long gc;
        long jit;
        long collections;
        long callerSwitches;
        long callerBytes;
        long faults;

        Totals(int rounds) {
            wall = new double[rounds];
        }
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ScanBenchmark b = new ScanBenchmark();
        b.setUp();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Map<String, Pass> passes = new LinkedHashMap<>();
        passes.put("msgReaderLoop", () -> b.msgReaderLoop(bh));
        passes.put("scanOneThread", () -> b.scanOneThread(bh));
        passes.put("scanTwoThreads", () -> b.scanTwoThreads(bh));
        passes.put("msgReaderTwoThreads", () -> b.msgReaderTwoThreads(bh));
        passes.put("poiMapiMessageLoop", () -> b.poiMapiMessageLoop(bh));
        passes.put("scanInputAlone", () -> bh.consume(b.scanInputAlone()));
        passes.put("msgParseLoop", () -> bh.consume(b.msgParseLoop()));
        passes.put("msgParseTwoThreads", () -> bh.consume(b.msgParseTwoThreads()));
        passes.put("fileReadLoop", () -> bh.consume(b.fileReadLoop()));
        passes.put("fileReadTwoThreads", () -> bh.consume(b.fileReadTwoThreads()));
        passes.put("cpuLoop", () -> bh.consume(b.cpuLoop()));
        passes.put("cpuLoopTwoThreads", () -> bh.consume(b.cpuLoopTwoThreads()));
        if (args.length > 2) {
            passes.keySet().retainAll(List.of(args[2].split(",")));
        }
        List<String> names = new ArrayList<>(passes.keySet());
        Map<String, Totals> totals = new LinkedHashMap<>();
        names.forEach(n -> totals.put(n, new Totals(rounds)));
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int r = -warmup; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                String n = names.get(Math.floorMod(k + r, names.size()));
                long[] jvm0 = JvmThreadsCpu.now();
                long cs0 = JvmThreadsCpu.contextSwitches();
                long f0 = JvmThreadsCpu.minorFaults();
                long a0 = threads.getCurrentThreadAllocatedBytes();
                long gc0 = collections();
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                passes.get(n).run();
                long t = System.nanoTime() - t0;
                long c = os.getProcessCpuTime() - c0;
                long gc = collections() - gc0;
                long a = threads.getCurrentThreadAllocatedBytes() - a0;
                long cs = JvmThreadsCpu.contextSwitches() - cs0;
                long faults = JvmThreadsCpu.minorFaults() - f0;
                long[] jvm = JvmThreadsCpu.now();
                if (r >= 0) {
                    Totals s = totals.get(n);
                    s.wall[r] = ScanBenchmark.FILES * 1e9 / t;
                    s.cpu += c;
                    s.gc += jvm[0] - jvm0[0];
                    s.jit += jvm[1] - jvm0[1];
                    s.collections += gc;
                    s.callerSwitches += cs;
                    s.callerBytes += a;
                    s.faults += faults;
                }
            }
        }
        b.tearDown();
        print(totals, rounds, warmup, os.getSystemLoadAverage());
    }

    private static void print(Map<String, Totals> totals, int rounds, int warmup, double load) {
        System.out.printf("%d files (%d real .msg x %d), %d rounds after %d warm-up rounds, %d cores, load average %.1f,"
                + " %s%n", ScanBenchmark.FILES, ScanBenchmark.REAL_MSG_FILES, ScanBenchmark.COPIES, rounds, warmup,
                Runtime.getRuntime().availableProcessors(), load, ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).reduce((x, y) -> x + " / " + y).orElse("no collector"));
        boolean perThread = JvmThreadsCpu.available();
        System.out.printf("%-20s %10s %14s %18s %10s %10s %10s %11s %15s %15s %12s%n", "variant", "files/s",
                "files/CPU-s", "files/worker-CPU-s", "GC ms/rnd", "JIT ms/rnd", "GCs/round", "vs msgReader",
                "caller cs/file", "caller KB/file", "faults/file");
        Totals reader = totals.get("msgReaderLoop");
        for (Map.Entry<String, Totals> e : totals.entrySet()) {
            Totals s = e.getValue();
            // the process's CPU time is counted in ticks: files per CPU-second over all rounds, not per round
            double files = (double) ScanBenchmark.FILES * rounds;
            double ratio = Double.NaN;
            if (reader != null) {
                double[] r = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    r[i] = s.wall[i] / reader.wall[i];
                }
                ratio = median(r);
            }
            System.out.printf("%-20s %10.0f %14.0f %18s %10.1f %10.1f %10.1f %11.2f %15.2f %15.1f %12.2f%n", e.getKey(),
                    median(s.wall), files / (s.cpu / 1e9),
                    perThread ? String.format("%.0f", files / ((s.cpu - s.gc - s.jit) / 1e9)) : "n/a",
                    s.gc / 1e6 / rounds, s.jit / 1e6 / rounds, (double) s.collections / rounds, ratio,
                    s.callerSwitches / files, s.callerBytes / files / 1024, s.faults / files);
        }
        scaling("scan 2 threads / 1 thread", totals.get("scanOneThread"), totals.get("scanTwoThreads"), rounds);
        scaling("msgReader 2 threads / 1 thread", totals.get("msgReaderLoop"), totals.get("msgReaderTwoThreads"), rounds);
        scaling("parse from memory 2 threads / 1 thread (no system calls)", totals.get("msgParseLoop"),
                totals.get("msgParseTwoThreads"), rounds);
        scaling("read files without parsing 2 threads / 1 thread", totals.get("fileReadLoop"),
                totals.get("fileReadTwoThreads"), rounds);
        scaling("cpu loop 2 threads / 1 thread (what the machine gives two threads)", totals.get("cpuLoop"),
                totals.get("cpuLoopTwoThreads"), rounds);
        serialPart(totals.get("scanOneThread"), totals.get("scanInputAlone"));
    }

    /**
     * The scan's serial part (what it does under its input lock, {@code scanInputAlone}) as a share {@code s} of a
     * 1-thread scan's worker CPU per file, and what two threads can then gain at most: each thread holds the lock for
     * {@code s} and works without it for {@code 1 - s} per file, and waits when the other holds it (two customers,
     * one server: P0 = 1 / (1 + 2r + 2r^2) with r = s / (1 - s), two threads do (1 - P0) / s files where one does 1).
     * It is not Amdahl's 1 / (s + (1 - s) / 2): the serial part of one file overlaps the other thread's parallel part.
     */
    private static void serialPart(Totals scan, Totals input) {
        if (scan == null || input == null) {
            return;
        }
        double s = (double) (input.cpu - input.gc - input.jit) / (scan.cpu - scan.gc - scan.jit);
        double r = s / (1 - s);
        double idle = 1 / (1 + 2 * r + 2 * r * r);
        System.out.printf("scan's serial part (input alone / scan 1 thread, worker CPU per file): %.3f; the most 2"
                + " threads can do with it: %.2f x 1 thread%n", s, (1 - idle) / s);
    }

    /** The median over the rounds of {@code two}'s wall-clock throughput over {@code one}'s, when both ran. */
    private static void scaling(String what, Totals one, Totals two, int rounds) {
        if (one == null || two == null) {
            return;
        }
        double[] scaling = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            scaling[r] = two.wall[r] / one.wall[r];
        }
        System.out.printf("%s (per round, median): %.2f%n", what, median(scaling));
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
