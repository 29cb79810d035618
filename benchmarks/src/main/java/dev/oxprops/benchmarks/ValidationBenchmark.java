package dev.oxprops.benchmarks;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Goal 3: {@link SharingMessageValidator#INSTANCE} against {@link ReflectiveValidator} on a complete, valid
 * message of each flavor. Run with {@code -prof gc} for the bytes allocated per validation (gc.alloc.rate.norm).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidationBenchmark {
    @Param({"INVITATION_SPECIAL_FOLDER", "INVITATION_FOLDER", "REQUEST", "INVITATION_AND_REQUEST", "DENY", "ACCEPT"})
    public String flavor;

    InMemoryPropertyBag bag;
    ReflectiveValidator reflective;

    @Setup(Level.Trial)
    public void setUp() {
        bag = Fixtures.message(Flavor.valueOf(flavor));
        reflective = new ReflectiveValidator();
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(bag);
        if (!report.isClean() || SharingMessageKeys.discriminatorIndex(bag) != Flavor.valueOf(flavor).ordinal()) {
            throw new IllegalStateException(flavor + ": the fixture is not a clean message of its flavor:\n" + report.format());
        }
        List<String> baseline = reflective.validate(bag);
        if (!baseline.isEmpty()) {
            throw new IllegalStateException(flavor + ": the reflective baseline disagrees: " + baseline);
        }
    }

    @Benchmark
    public ValidationReport generated() {
        return SharingMessageValidator.INSTANCE.validate(bag);
    }

    @Benchmark
    public List<String> reflective() {
        return reflective.validate(bag);
    }
}
