package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.SpecValidator;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @WellFormed} on a binary property whose codec the processor generated from a {@code @Structure}: the generated
 * validator decodes the value and reports, as FORMAT violations with the rule's level and section, a value that does not
 * decode and one that breaks the structure's own checks; the model lists the rule.
 */
class WellFormedTest {
    private static final byte[] GOOD = {0x01, 0x00, 0x05, 0x00, 0x00, 0x00};
    private static final byte[] WRONG_VERSION = {0x02, 0x00, 0x05, 0x00, 0x00, 0x00};
    private static final byte[] CUT = {0x01, 0x00, 0x05};

    /** Compiled inside each test, so that mutation testing credits these tests (see {@link Toys}). */
    private static CompiledSpecs specs() {
        return CompiledSpecs.compileClean(CompiledSpecs.resources("wellformed/Pair.java", "wellformed/Blobs.java"));
    }

    private static ValidationReport validate(CompiledSpecs specs, byte[] first, byte[] second) {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(key(specs, "FIRST_PAIR").id(), MapiType.PtypBinary, first);
        bag.put(key(specs, "SECOND_PAIR").id(), MapiType.PtypBinary, second);
        return ((SpecValidator) specs.staticField("wellformed.BlobsValidator", "INSTANCE")).validate(bag);
    }

    private static PropertyKey<?> key(CompiledSpecs specs, String name) {
        return (PropertyKey<?>) specs.staticField("wellformed.BlobsKeys", name);
    }

    @Test
    void aWellFormedValueIsClean() {
        ValidationReport r = validate(specs(), GOOD, GOOD);
        assertTrue(r.isClean(), r.format());
    }

    @Test
    void aValueThatBreaksTheStructuresChecksIsAFormatViolationOfTheRulesLevelAndSection() {
        CompiledSpecs specs = specs();
        ValidationReport r = validate(specs, WRONG_VERSION, GOOD);
        assertEquals(1, r.violations().size(), r.format());
        Violation v = r.violations().get(0);
        assertEquals(List.of("PidLidFirstPair", RuleKind.FORMAT, Level.MUST, "2.1"),
                List.of(v.property(), v.rule(), v.level(), v.section()), v.toString());
        assertEquals("is not a well-formed Pair: Version: is 0x2, must be 0x1", v.message());

        Violation second = validate(specs, GOOD, WRONG_VERSION).violations().get(0);
        assertEquals(List.of("PidLidSecondPair", RuleKind.FORMAT, Level.SHOULD, "3.4"),
                List.of(second.property(), second.rule(), second.level(), second.section()), second.toString());
    }

    @Test
    void aValueThatDoesNotDecodeIsAFormatViolation() {
        ValidationReport r = validate(specs(), CUT, GOOD);
        assertEquals(1, r.violations().size(), r.format());
        assertEquals(RuleKind.FORMAT, r.violations().get(0).rule());
        assertEquals("PidLidFirstPair", r.violations().get(0).property());
    }

    @Test
    void theModelListsTheRule() {
        SpecModel spec = (SpecModel) specs().staticField("wellformed.BlobsModel", "SPEC");
        PropertyModel first = spec.properties().stream().filter(p -> p.canonicalName().equals("PidLidFirstPair"))
                .findFirst().orElseThrow();
        assertEquals(List.of(new RuleModel(RuleKind.FORMAT, Level.MUST, "2.1", "is a well-formed Pair")), first.rules());
    }
}
