package dev.oxprops.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The CPU time of the JVM's own threads, which no Java API gives (JDK 17): the garbage collector's ({@code GC
 * Thread#n}, {@code G1 ...}, the {@code VM Thread} that runs the pauses) and the JIT compilers' ({@code C1/C2
 * CompilerThread}), read from Linux's per-thread scheduler statistics ({@code /proc/self/task/<tid>/schedstat}, the
 * first field: nanoseconds on a CPU). What the process used besides these is what its Java threads used: for a
 * scan, the threads doing the work, the calling one included. On a system without {@code /proc} it reads nothing
 * ({@link #available()} is false).
 */
final class JvmThreadsCpu {
    private static final Path TASKS = Paths.get("/proc/self/task");

    /** CPU nanoseconds so far: [garbage collector and VM thread, JIT compilers]. */
    static long[] now() {
        long[] cpu = new long[2];
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String name;
                long ns;
                try {
                    name = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
                    String stat = Files.readString(task.resolve("schedstat"), StandardCharsets.UTF_8);
                    ns = Long.parseLong(stat.substring(0, stat.indexOf(' ')));
                } catch (IOException | RuntimeException e) {
                    continue; // the thread ended meanwhile
                }
                if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
                    cpu[0] += ns;
                } else if (name.contains("CompilerThre") || name.startsWith("Sweeper")) {
                    cpu[1] += ns;
                }
            }
        } catch (IOException | RuntimeException e) {
            return cpu;
        }
        return cpu;
    }

    /** The calling thread's context switches so far (voluntary: it waited; involuntary: it was preempted), or 0. */
    static long contextSwitches() {
        try {
            long n = 0;
            for (String line : Files.readAllLines(Paths.get("/proc/thread-self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                    n += Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
            }
            return n;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The process's minor page faults so far ({@code /proc/self/stat}, field 10), or 0: each is the first touch of a
     * page of memory, e.g. of heap the JVM has not used before; on a virtual machine that shadows the guest's page
     * tables in the host, each is dear and they may not proceed in parallel.
     */
    static long minorFaults() {
        try {
            String stat = Files.readString(Paths.get("/proc/self/stat"), StandardCharsets.UTF_8);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[7]); // fields after the command: state is field 3, minflt field 10
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static boolean available() {
        return Files.isReadable(TASKS);
    }

    private JvmThreadsCpu() {}
}
