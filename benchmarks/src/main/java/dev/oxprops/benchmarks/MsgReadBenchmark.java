package dev.oxprops.benchmarks;

import dev.oxprops.backend.msg.MsgMessage;
import dev.oxprops.backend.msg.MsgReader;
import dev.oxprops.backend.msg.MsgWriter;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Goal 4: reading a .msg sharing message with the backend's reader and binding it to the generated accessor,
 * against Apache POI parsing the same bytes alone (two baselines: POIFS plus every stream read, and HSMF's
 * {@code MAPIMessage}). The file is written once at setup by the backend's writer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MsgReadBenchmark {
    byte[] file;
    MsgReader reader;

    @Setup(Level.Trial)
    public void setUp() {
        InMemoryPropertyBag message = Fixtures.message(Flavor.INVITATION_SPECIAL_FOLDER);
        file = new MsgWriter().write(message, List.of());
        reader = new MsgReader();
        SharingMessageAccessor a = SharingMessageAccessor.of(reader.read(file));
        if (!a.validate().isClean()) {
            throw new IllegalStateException("the message read back is not clean:\n" + a.validate().format());
        }
    }

    @Benchmark
    public void oxpropsReadAndBind(Blackhole bh) {
        MsgMessage m = reader.read(file);
        SharingMessageAccessor a = SharingMessageAccessor.of(m);
        bh.consume(a.getFlavor());
        bh.consume(a.getLocalType());
        bh.consume(a.getInitiatorName());
        bh.consume(a.getRemoteName());
        bh.consume(a.getProviderGuid());
    }

    /** POI alone: open the compound file and read every stream's bytes (what any property reader must do). */
    @Benchmark
    public long poiPoifsAllStreams() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            return readAll(fs.getRoot());
        }
    }

    /** POI alone, through HSMF: {@code new MAPIMessage(POIFSFileSystem)} parses every chunk. */
    @Benchmark
    public Object poiMapiMessage() throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file));
        MAPIMessage m = new MAPIMessage(fs);
        m.close();
        return m;
    }

    private static long readAll(DirectoryEntry dir) throws IOException {
        long total = 0;
        for (Entry e : dir) {
            if (e instanceof DirectoryEntry) {
                total += readAll((DirectoryEntry) e);
            } else if (e instanceof DocumentEntry) {
                try (DocumentInputStream in = new DocumentInputStream((DocumentEntry) e)) {
                    byte[] b = in.readAllBytes();
                    total += b.length;
                }
            }
        }
        return total;
    }
}
