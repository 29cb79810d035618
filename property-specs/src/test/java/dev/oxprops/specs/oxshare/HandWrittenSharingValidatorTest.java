package dev.oxprops.specs.oxshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written anchor of {@code ValidationBenchmark} ({@link HandWrittenSharingValidator}) reports the same
 * violations as the generated {@link SharingMessageValidator}: on the clean section-4 message of each flavor, and on
 * every variant that removes one property, gives it a value of another type, or a wrong value of its type, and on
 * messages of unknown flavor. Violations are compared by property, rule, level and section, as multisets.
 */
class HandWrittenSharingValidatorTest {

    @ParameterizedTest
    @EnumSource(Flavor.class)
    void cleanMessagesAreCleanForBoth(Flavor flavor) {
        InMemoryPropertyBag bag = InMemoryPropertyBag.copyOf(Section4Example.message(flavor));
        assertTrue(SharingMessageValidator.INSTANCE.validate(bag).isClean());
        assertTrue(HandWrittenSharingValidator.INSTANCE.validate(bag).isClean());
    }

    @ParameterizedTest
    @EnumSource(Flavor.class)
    void everyBrokenVariantGetsTheSameViolations(Flavor flavor) {
        int broken = 0;
        for (PropertyKey<?> key : SharingMessageKeys.ALL) {
            for (Consumer<InMemoryPropertyBag> change : changes(key)) {
                InMemoryPropertyBag bag = InMemoryPropertyBag.copyOf(Section4Example.message(flavor));
                change.accept(bag);
                ValidationReport generated = SharingMessageValidator.INSTANCE.validate(bag);
                assertEquals(summary(generated), summary(HandWrittenSharingValidator.INSTANCE.validate(bag)),
                        flavor + ", " + key.canonicalName() + ": " + generated.format());
                broken += generated.isClean() ? 0 : 1;
            }
        }
        assertTrue(broken > 100, "the variants break the message: " + broken);
    }

    @Test
    void unknownAndMissingFlavorsGetTheSameViolations() {
        for (Object flavor : new Object[] {null, 0x00000001, "INVITATION"}) {
            for (Flavor base : Flavor.values()) {
                InMemoryPropertyBag bag = InMemoryPropertyBag.copyOf(Section4Example.message(base));
                if (flavor == null) {
                    bag.remove(SharingMessageKeys.FLAVOR.id());
                } else {
                    bag.put(SharingMessageKeys.FLAVOR.id(), flavor instanceof String ? MapiType.PtypString : MapiType.PtypInteger32,
                            flavor);
                }
                ValidationReport generated = SharingMessageValidator.INSTANCE.validate(bag);
                assertEquals(summary(generated), summary(HandWrittenSharingValidator.INSTANCE.validate(bag)),
                        base + " with flavor " + flavor + ": " + generated.format());
            }
        }
    }

    /** Removing the property, a value of another type, and a wrong value of its own type. */
    private static List<Consumer<InMemoryPropertyBag>> changes(PropertyKey<?> key) {
        List<Consumer<InMemoryPropertyBag>> out = new ArrayList<>();
        out.add(bag -> bag.remove(key.id()));
        boolean integer = key.type() == MapiType.PtypInteger32;
        out.add(bag -> bag.put(key.id(), integer ? MapiType.PtypString : MapiType.PtypInteger32, integer ? "7" : 7));
        out.add(bag -> bag.put(key.id(), key.type(), wrongValue(key.type())));
        return out;
    }

    private static Object wrongValue(MapiType type) {
        switch (type) {
            case PtypInteger32:
                return 0x00012345;
            case PtypBinary:
                return new byte[] {1, 2, 3};
            case PtypTime:
                return Instant.parse("1999-01-01T00:00:00Z");
            case PtypBoolean:
                return Boolean.TRUE;
            default:
                return "IPM.Other.Sharing";
        }
    }

    private static List<String> summary(ValidationReport report) {
        List<String> out = new ArrayList<>();
        for (Violation v : report.violations()) {
            out.add(v.property() + " " + v.rule() + " " + v.level() + " [" + v.section() + "]");
        }
        out.addAll(report.notCarried());
        out.sort(null);
        return out;
    }
}
