package dev.oxprops.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.ProblemReporting;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.ReadProblem;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The checks on a bag a backend has read, whatever it holds: it lists what it holds the same way it answers for each
 * property, every value is of the Java form of its type, it can carry what it holds, absent properties are absent,
 * validating it and reading it through the generated accessors never fails with anything but a typed exception, and
 * its read problems (if it reports any) are complete.
 */
final class ReadChecks {
    private static final PropertyId ABSENT = PropertyId.name(UUID.fromString("6F7870C4-7072-6F70-7300-746573746B69"),
            "oxprops-testkit-absent");

    private ReadChecks() {}

    static void listsWhatItHolds(String name, PropertyBag bag) {
        List<PropertyId> seen = new ArrayList<>();
        bag.forEach((id, type, value) -> {
            assertNotNull(id, name + ": a null id");
            assertNotNull(type, name + ": " + id + " without a type");
            assertNotNull(value, name + ": " + id + " listed with a null value");
            assertFalse(seen.contains(id), name + ": " + id + " listed twice");
            seen.add(id);
            assertSame(type, bag.typeOf(id), name + ": typeOf " + id);
            assertTrue(MapiValues.sameValue(value, bag.get(id)), name + ": get " + id + " differs from forEach");
            assertTrue(bag.contains(id), name + ": contains " + id);
        });
        assertEquals(seen.size(), bag.size(), name + ": size() and forEach disagree");
    }

    static void valuesAreOfTheirTypes(String name, PropertyBag bag) {
        bag.forEach((id, type, value) -> {
            assertTrue(type != MapiType.PtypUnspecified && type != MapiType.PtypNull || value != null,
                    name + ": " + id + " of type " + type);
            assertTrue(MapiValues.isValid(type, value), name + ": " + id + " holds " + value.getClass().getName()
                    + ", not the Java form of " + type + " (" + MapiValues.javaClass(type).getName() + ")");
        });
    }

    static void carriesWhatItHolds(String name, PropertyBag bag) {
        bag.forEach((id, type, value) -> assertTrue(bag.canCarry(id, type), name + ": holds " + id + " " + type
                + " but says it cannot carry it"));
    }

    static void absentIsAbsent(String name, PropertyBag bag) {
        assertNull(bag.get(ABSENT), name + ": get of an absent property");
        assertNull(bag.typeOf(ABSENT), name + ": typeOf of an absent property");
        assertFalse(bag.contains(ABSENT), name + ": contains of an absent property");
    }

    static void validatesAndReadsWithoutFailing(String name, PropertyBag bag) {
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(bag);
        assertNotNull(report, name);
        SharingMessageAccessor m = SharingMessageAccessor.of(bag);
        for (PropertyKey<?> key : SharingMessageKeys.ALL) {
            try {
                key.read(bag);
            } catch (OxPropsException expected) {
                // a typed exception naming the property is what a bad value gives
                assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty(), name + ": " + key);
            }
        }
        assertNotNull(m.validate(), name);
    }

    static void problemsAreComplete(String name, PropertyBag bag) {
        List<ReadProblem> problems = ProblemReporting.problemsOf(bag);
        assertNotNull(problems, name + ": problems() is null");
        for (ReadProblem p : problems) {
            assertNotNull(p.kind(), name);
            assertFalse(p.message().isBlank(), name + ": a problem without a message: " + p);
        }
    }
}
