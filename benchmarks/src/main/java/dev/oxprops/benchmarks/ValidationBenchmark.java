package dev.oxprops.benchmarks;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxshare.HandWrittenSharingValidator;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import java.util.ArrayList;
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
 * Goal 3: {@link SharingMessageValidator#INSTANCE} against {@link HandWrittenSharingValidator} (the same rules written
 * by hand as a skilled engineer would: the anchor, goal generated <= 1.0x) and against {@link ReflectiveValidator} (a
 * second, slower baseline) on a complete, valid message of each flavor. Setup checks that the generated and the
 * hand-written validators agree on the clean message and on broken variants of it. Run with {@code -prof gc} for the
 * bytes allocated per validation (gc.alloc.rate.norm).
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
        agreeOnBrokenVariants();
    }

    /**
     * The generated and the hand-written validators report the same violations on the message with each property
     * removed, and with each given a value of another type (and at least one variant breaks the message).
     */
    private void agreeOnBrokenVariants() {
        if (!HandWrittenSharingValidator.INSTANCE.validate(bag).isClean()) {
            throw new IllegalStateException(flavor + ": the hand-written validator disagrees on the clean message");
        }
        int broken = 0;
        for (PropertyKey<?> key : SharingMessageKeys.ALL) {
            for (int variant = 0; variant < 2; variant++) {
                InMemoryPropertyBag changed = InMemoryPropertyBag.copyOf(bag);
                if (variant == 0) {
                    changed.remove(key.id());
                } else if (key.type() == MapiType.PtypInteger32) {
                    changed.put(key.id(), MapiType.PtypString, "7");
                } else {
                    changed.put(key.id(), MapiType.PtypInteger32, 7);
                }
                List<String> generated = summary(SharingMessageValidator.INSTANCE.validate(changed));
                List<String> byHand = summary(HandWrittenSharingValidator.INSTANCE.validate(changed));
                if (!generated.equals(byHand)) {
                    throw new IllegalStateException(flavor + ", " + key.canonicalName() + (variant == 0 ? " removed" : " mistyped")
                            + ": generated " + generated + ", hand-written " + byHand);
                }
                broken += generated.isEmpty() ? 0 : 1;
            }
        }
        if (broken < 50) {
            throw new IllegalStateException(flavor + ": only " + broken + " variants break the message");
        }
    }

    private static List<String> summary(ValidationReport report) {
        List<String> out = new ArrayList<>();
        for (Violation v : report.violations()) {
            out.add(v.property() + " " + v.rule() + " " + v.level() + " [" + v.section() + "]");
        }
        out.sort(null);
        return out;
    }

    @Benchmark
    public ValidationReport generated() {
        return SharingMessageValidator.INSTANCE.validate(bag);
    }

    @Benchmark
    public ValidationReport handWritten() {
        return HandWrittenSharingValidator.INSTANCE.validate(bag);
    }

    @Benchmark
    public List<String> reflective() {
        return reflective.validate(bag);
    }
}
