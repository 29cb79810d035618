package dev.oxprops.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
    private static Violation violation(String property, Level level) {
        return new Violation(property, RulesTest.FLAVOR.id(), RuleKind.PRESENCE, level, "2.1", "is not set");
    }

    @Test
    void nothingCollectedGivesTheCleanReport() {
        ValidationReport clean = ValidationReport.clean("MS-X");
        assertSame(clean, Violations.report(null, clean));
        assertTrue(clean.isClean());
        assertTrue(clean.isConformant());
        assertEquals("MS-X: no violations", clean.format());
    }

    @Test
    void collectsViolationsAndNotCarriedInOrder() {
        Violations v = Violations.add(null, violation("A", Level.SHOULD));
        v = Violations.add(v, violation("B", Level.MUST));
        v = Violations.notCarried(v, RulesTest.FLAVOR);
        v = Violations.notCarried(v, RulesTest.FLAVOR);
        v = Violations.notCarried(v, RulesTest.CLASS);
        ValidationReport r = Violations.report(v, ValidationReport.clean("MS-X"));
        assertEquals("MS-X", r.specId());
        assertEquals(List.of("A", "B"), r.violations().stream().map(Violation::property).toList());
        assertEquals(List.of("PidLidFlavor", "PidTagMessageClass"), r.notCarried());
        assertFalse(r.isClean());
        assertFalse(r.isConformant());
        assertEquals(List.of("B"), r.mandatory().stream().map(Violation::property).toList());
        assertEquals(1, r.about("A").size());
        assertEquals(0, r.about("C").size());
        assertEquals("MS-X: 2 violations\n  SHOULD [2.1] A: is not set\n  MUST [2.1] B: is not set\n"
                + "  not carried by this backend (not checked): PidLidFlavor, PidTagMessageClass", r.format());
        assertEquals(r.format(), r.toString());
    }

    @Test
    void shouldLevelFindingsLeaveTheMessageConformant() {
        ValidationReport r = new ValidationReport("S", List.of(violation("A", Level.SHOULD), violation("B", Level.SHOULD_NOT)),
                List.of());
        assertTrue(r.isConformant());
        assertFalse(r.isClean());
        assertEquals(List.of(), r.mandatory());
        assertFalse(new ValidationReport("S", List.of(violation("A", Level.MUST_NOT)), List.of()).isConformant());
    }

    @Test
    void aReportWithOneViolationSaysSo() {
        ValidationReport r = new ValidationReport("S", List.of(violation("A", Level.MUST)), List.of());
        assertTrue(r.format().startsWith("S: 1 violation\n"), r.format());
    }

    @Test
    void reportsAreImmutableCopies() {
        List<Violation> list = new ArrayList<>(List.of(violation("A", Level.MUST)));
        ValidationReport r = new ValidationReport("S", list, List.of());
        list.clear();
        assertEquals(1, r.violations().size());
        assertThrows(UnsupportedOperationException.class, () -> r.violations().clear());
    }

    @Test
    void violationWithoutSectionPrintsADash() {
        Violation v = new Violation("A", RulesTest.FLAVOR.id(), RuleKind.TYPE, Level.MUST, null, "bad");
        assertEquals("", v.section());
        assertEquals("MUST [-] A: bad", v.toString());
        assertTrue(v.isMandatory());
    }

    @Test
    void conditionsDescribeThemselves() {
        assertEquals("PidLidFlavor is 0x00000310", Condition.valueIn(RulesTest.FLAVOR, 0x310).describe());
        assertEquals("PidLidFlavor is one of 0x00000310, 0x00000311",
                Condition.valueIn(RulesTest.FLAVOR, 0x310, 0x311).toString());
        assertEquals("PidLidFlavor is set", Condition.present(RulesTest.FLAVOR).describe());
        assertEquals("PidLidFlavor is not set", Condition.absent(RulesTest.FLAVOR).describe());
        assertThrows(IllegalArgumentException.class, () -> Condition.valueIn(RulesTest.FLAVOR));
    }
}
