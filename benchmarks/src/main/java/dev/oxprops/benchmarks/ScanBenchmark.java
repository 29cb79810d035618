package dev.oxprops.benchmarks;

import dev.oxprops.backend.msg.MsgReader;
import dev.oxprops.runtime.BoundedInput;
import dev.oxprops.sample.BulkScan;
import dev.oxprops.sample.ItemScan;
import dev.oxprops.sample.ScanInputPass;
import dev.oxprops.testdata.RealFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.hsmf.MAPIMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Bulk-scan throughput (issue 16): {@code oxprops scan}'s engine ({@link BulkScan}: walk, recognise, read, validate
 * with the generated validators, results in input order) on 1 and 2 threads over a folder of the real .msg files of
 * the test data, copied {@value #COPIES} times ({@value #FILES} files), against two baselines over the same files in
 * the same run: the bare {@code MsgReader.readFile} loop and a plain loop opening each file with POI HSMF's
 * {@code MAPIMessage} from its bytes (which parses every chunk). The bare reader also runs on two threads (the files split in
 * halves), which shows what the machine gives two threads. Scores are files per second (one operation = one file).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
public class ScanBenchmark {
    /** How many times the real .msg files are copied into the corpus. */
    public static final int COPIES = 30;
    /** The real .msg files of the test data. */
    public static final int REAL_MSG_FILES = 16;
    /** Files in the corpus. */
    public static final int FILES = COPIES * REAL_MSG_FILES;

    private final ItemScan.Options options = new ItemScan.Options(false, false);
    Path corpus;
    List<Path> files;
    /** The files' bytes, read once in the set-up: parsing without reading files. */
    List<byte[]> contents;
    ExecutorService two;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        List<String> names = RealFiles.names(".msg");
        if (names.size() != REAL_MSG_FILES) {
            throw new IllegalStateException("expected " + REAL_MSG_FILES + " real .msg files, found " + names.size());
        }
        corpus = Files.createTempDirectory("oxprops-scan-bench");
        files = new ArrayList<>();
        for (int c = 0; c < COPIES; c++) {
            Path dir = Files.createDirectories(corpus.resolve(String.format("copy-%02d", c)));
            for (String n : names) {
                Path f = dir.resolve(n.replace('/', '_'));
                try (InputStream in = RealFiles.open(n)) {
                    Files.copy(in, f);
                }
                files.add(f);
            }
        }
        contents = new ArrayList<>();
        for (Path f : files) {
            contents.add(Files.readAllBytes(f));
        }
        two = Executors.newFixedThreadPool(2);
        long[] items = {0};
        BulkScan.Outcome o = BulkScan.run(List.of(corpus), options, 2, i -> items[0]++);
        if (o.summary().files() != FILES || o.exitCode() != 0) {
            throw new IllegalStateException("the scan saw " + o.summary().files() + " files, exit code " + o.exitCode());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        two.shutdownNow();
        try (Stream<Path> s = Files.walk(corpus)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public long scanOneThread(Blackhole bh) throws InterruptedException {
        return BulkScan.run(List.of(corpus), options, 1, bh::consume).items();
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public long scanTwoThreads(Blackhole bh) throws InterruptedException {
        return BulkScan.run(List.of(corpus), options, 2, bh::consume).items();
    }

    /** The serial part of a scan on several threads: what it does under its input lock (walk, open, PST look). */
    @Benchmark
    @OperationsPerInvocation(FILES)
    public long scanInputAlone() {
        return ScanInputPass.run(List.of(corpus), options);
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public void msgReaderLoop(Blackhole bh) {
        for (Path f : files) {
            bh.consume(MsgReader.readFile(f));
        }
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public void msgReaderTwoThreads(Blackhole bh) throws Exception {
        int half = files.size() / 2;
        Future<Integer> a = two.submit(() -> readAll(files.subList(0, half)));
        Future<Integer> b = two.submit(() -> readAll(files.subList(half, files.size())));
        bh.consume(a.get() + b.get());
    }

    /** Reads each file (a Blackhole is not shared between threads: the messages' hashes are summed instead). */
    private static int readAll(List<Path> some) {
        int h = 0;
        for (Path f : some) {
            h += System.identityHashCode(MsgReader.readFile(f));
        }
        return h;
    }

    /**
     * The reader's two halves apart, to tell where two threads lose: {@code msgParse*} parses the files' bytes held in
     * memory (no system call), {@code fileRead*} reads each file the way {@code MsgReader.readFile} does (open, size,
     * one read into the thread's buffer, close) without parsing it.
     */
    @Benchmark
    @OperationsPerInvocation(FILES)
    public long msgParseLoop() {
        return parse(0, FILES);
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public long msgParseTwoThreads() throws Exception {
        Future<Long> a = two.submit(() -> parse(0, FILES / 2));
        Future<Long> b = two.submit(() -> parse(FILES / 2, FILES));
        return a.get() + b.get();
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public long fileReadLoop() throws IOException {
        return readOnly(0, FILES);
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public long fileReadTwoThreads() throws Exception {
        Future<Long> a = two.submit(() -> readOnly(0, FILES / 2));
        Future<Long> b = two.submit(() -> readOnly(FILES / 2, FILES));
        return a.get() + b.get();
    }

    private long parse(int from, int to) {
        MsgReader reader = new MsgReader();
        long h = 0;
        for (int i = from; i < to; i++) {
            h += System.identityHashCode(reader.read(contents.get(i)));
        }
        return h;
    }

    private long readOnly(int from, int to) throws IOException {
        long n = 0;
        for (int i = from; i < to; i++) {
            n += BoundedInput.readFile(files.get(i), MsgReader.DEFAULT_MAX_FILE_SIZE, "limit", (data, length) -> data[length / 2]);
        }
        return n;
    }

    /**
     * The machine's own scaling, for reference: a loop of integer arithmetic with no memory traffic and no
     * allocation, {@value #SPINS} steps an operation (about a file's time), on one thread and split on two.
     */
    static final int SPINS = 100_000;

    @Benchmark
    @OperationsPerInvocation(FILES)
    public long cpuLoop() {
        return spin(0, FILES);
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public long cpuLoopTwoThreads() throws Exception {
        Future<Long> a = two.submit(() -> spin(0, FILES / 2));
        Future<Long> b = two.submit(() -> spin(FILES / 2, FILES));
        return a.get() + b.get();
    }

    private static long spin(int from, int to) {
        long x = 0x9E3779B97F4A7C15L;
        long sum = 0;
        for (int op = from; op < to; op++) {
            x ^= op;
            for (int i = 0; i < SPINS; i++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
            }
            sum += x;
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public void poiMapiMessageLoop(Blackhole bh) throws IOException {
        for (Path f : files) {
            try (MAPIMessage m = new MAPIMessage(new ByteArrayInputStream(Files.readAllBytes(f)))) {
                bh.consume(m);
            }
        }
    }
}
