package dev.oxprops.benchmarks;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
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
 * Goals 1 and 2: the generated accessor against a raw {@code HashMap<PropertyId, Object>} holding the same ids.
 * Each {@code accessor*} method has its {@code raw*} baseline in the same class (and run).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AccessorBenchmark {
    static final PropertyId NAME = SharingMessageKeys.INITIATOR_NAME.id();
    static final PropertyId FLAVOR = SharingMessageKeys.FLAVOR.id();
    static final PropertyId LOCAL_TYPE = SharingMessageKeys.LOCAL_TYPE.id();
    static final PropertyId X_FLAVOR = SharingMessageKeys.X_SHARING_FLAVOR.id();
    static final PropertyId CAPABILITIES = SharingMessageKeys.CAPABILITIES.id();
    static final PropertyId X_CAPABILITIES = SharingMessageKeys.X_SHARING_CAPABILITIES.id();

    SharingMessageAccessor accessor;
    HashMap<PropertyId, Object> raw;
    int flavorA;
    int flavorB;
    int capA;
    int capB;
    String nameA;
    String nameB;
    boolean flip;

    @Setup(Level.Trial)
    public void setUp() {
        InMemoryPropertyBag bag = Fixtures.message(Flavor.INVITATION_SPECIAL_FOLDER);
        accessor = SharingMessageAccessor.of(bag);
        raw = new HashMap<>();
        bag.forEach((id, type, value) -> raw.put(id, value));
        // two values of the same kind of message, so that setFlavor keeps the same mirror set (steady state)
        flavorA = Flavor.INVITATION_SPECIAL_FOLDER.value();
        flavorB = Flavor.INVITATION_AND_REQUEST.value();
        capA = SharingMessageKeys.Capabilities.SPECIAL_FOLDER.value();
        capB = SharingMessageKeys.Capabilities.NOT_SPECIAL_FOLDER.value();
        nameA = "user10";
        nameB = "user12";
    }

    // ------------------------------------------------------------------ 1. getters

    @Benchmark
    public void accessorGet(Blackhole bh) {
        bh.consume(accessor.getInitiatorName());
        bh.consume(accessor.getFlavor());
        bh.consume(accessor.getLocalType());
    }

    @Benchmark
    public void rawGet(Blackhole bh) {
        bh.consume((String) raw.get(NAME));
        bh.consume((int) (Integer) raw.get(FLAVOR));
        bh.consume((String) raw.get(LOCAL_TYPE));
    }

    // ------------------------------------------------------------------ 1. setters (no mirror)

    @Benchmark
    public Object accessorSet() {
        flip = !flip;
        return accessor.setInitiatorName(flip ? nameA : nameB);
    }

    @Benchmark
    public Object rawPut() {
        flip = !flip;
        return raw.put(NAME, flip ? nameA : nameB);
    }

    // ------------------------------------------------------------------ 2. a setter with a hex mirror

    /** setFlavor: the discriminator; writes PidNameXSharingFlavor and re-synchronises every mirror for the kind. */
    @Benchmark
    public Object accessorSetFlavor() {
        flip = !flip;
        return accessor.setFlavor(flip ? flavorA : flavorB);
    }

    /** setCapabilities: a hex-mirrored property that is not the discriminator (writes PidNameXSharingCapabilities). */
    @Benchmark
    public Object accessorSetCapabilities() {
        flip = !flip;
        return accessor.setCapabilities(flip ? capA : capB);
    }

    /** Baseline of both: the value and its upper-case hex mirror, two puts. */
    @Benchmark
    public Object rawTwoPuts() {
        flip = !flip;
        int v = flip ? flavorA : flavorB;
        raw.put(FLAVOR, v);
        return raw.put(X_FLAVOR, Hex.ofInt(v));
    }
}
