package dev.oxprops.benchmarks;

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
 * per round, in a rotating order, so that every round compares them under the same load; for each it reports the
 * median files per second of wall time, the files per CPU-second of the process over all rounds (what a file
 * costs, whatever else runs on the machine) and the median of the per-round ratios to the bare {@code MsgReader} loop.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.oxprops.benchmarks.ScanThroughput [warm-up rounds]
 * [rounds]} (default 10 and 20).
 */
public final class ScanThroughput {
    private ScanThroughput() {}

    /** One pass over the corpus. */
    private interface Pass {
        void run() throws Exception;
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
        List<String> names = new ArrayList<>(passes.keySet());
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        names.forEach(n -> {
            wall.put(n, new double[rounds]);
            cpu.put(n, new double[rounds]);
        });
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = -warmup; r < rounds; r++) {
            for (int k = 0; k < names.size(); k++) {
                String n = names.get(Math.floorMod(k + r, names.size()));
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                passes.get(n).run();
                long t = System.nanoTime() - t0;
                long c = os.getProcessCpuTime() - c0;
                if (r >= 0) {
                    wall.get(n)[r] = ScanBenchmark.FILES * 1e9 / t;
                    cpu.get(n)[r] = c;
                }
            }
        }
        b.tearDown();
        System.out.printf("%d files (%d real .msg x %d), %d rounds after %d warm-up rounds, %d cores, load average %.1f%n",
                ScanBenchmark.FILES, ScanBenchmark.REAL_MSG_FILES, ScanBenchmark.COPIES, rounds, warmup,
                Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
        System.out.printf("%-20s %12s %14s %18s%n", "variant", "files/s", "files/CPU-s", "wall vs msgReader");
        for (String n : names) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = wall.get(n)[r] / wall.get("msgReaderLoop")[r];
            }
            // the process's CPU time is counted in ticks: files per CPU-second over all rounds, not per round
            double cpuSeconds = Arrays.stream(cpu.get(n)).sum() / 1e9;
            System.out.printf("%-20s %12.0f %14.0f %18.2f%n", n, median(wall.get(n)),
                    ScanBenchmark.FILES * rounds / cpuSeconds, median(ratio));
        }
        double[] scaling = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            scaling[r] = wall.get("scanTwoThreads")[r] / wall.get("scanOneThread")[r];
        }
        System.out.printf("scan 2 threads / 1 thread (per round, median): %.2f%n", median(scaling));
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
