package dev.oxprops.runtime.support;

import static dev.oxprops.runtime.support.RulesTest.FLAVOR;
import static dev.oxprops.runtime.support.RulesTest.PROVIDER;
import static dev.oxprops.runtime.support.RulesTest.X_FLAVOR;
import static dev.oxprops.runtime.support.RulesTest.X_PROVIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.oxprops.runtime.validation.ValidationReport;

/**
 * {@link PropertyRule} and {@link MirrorRule} given the values already read (as generated validators call them) report
 * exactly what they report when they read the bag themselves.
 */
class ReadOnceRulesTest {
    private static final ValidationReport CLEAN = ValidationReport.clean("T");

    @Test
    void aMirrorGivenBothValuesAgreesWithTheOneThatReadsThem() {
        MirrorRule hex = Rules.mirror(X_FLAVOR, FLAVOR, MirrorKind.HEX, Level.MUST, "2.2.2.6");
        MirrorRule withSource = Rules.mirrorSetWithSource(X_PROVIDER, PROVIDER, MirrorKind.HEX, Level.MUST, "2.2.2.13");
        for (Object[] pair : new Object[][] {{"20310", 0x00020310}, {"20311", 0x00020310}, {null, 0x00020310}, {"20310", null},
            {7, 0x00020310}, {"zz", 0x00020310}}) {
            InMemoryPropertyBag bag = new InMemoryPropertyBag();
            put(bag, X_FLAVOR, pair[0]);
            put(bag, FLAVOR, pair[1]);
            assertEquals(report(hex.check(bag, null)), report(hex.check(bag, pair[0], pair[1], null)), java.util.Arrays.toString(pair));
        }
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(PROVIDER.id(), MapiType.PtypBinary, new byte[] {1, 2});
        assertEquals(1, report(withSource.check(bag, null, bag.get(PROVIDER.id()), null)).violations().size(),
                "a mirror set with its source is missing");
        assertEquals(report(withSource.check(bag, null)), report(withSource.check(bag, null, bag.get(PROVIDER.id()), null)));
        bag.put(X_PROVIDER.id(), MapiType.PtypString, "0102");
        assertNull(withSource.check(bag, bag.get(X_PROVIDER.id()), bag.get(PROVIDER.id()), null));
    }

    @Test
    void aPropertyRuleGivenTheValueAgreesWithTheOneThatReadsIt() {
        PropertyRule required = Rules.property(FLAVOR, PresenceRule.REQUIRED, "2.2.2.5",
                Rules.oneOfValue(FLAVOR, Level.MUST, "", 0x00020310));
        PropertyRule forbidden = Rules.property(FLAVOR, PresenceRule.MUST_NOT, "2.2.4");
        for (Object value : new Object[] {null, 0x00020310, 0x00000001, "text"}) {
            InMemoryPropertyBag bag = new InMemoryPropertyBag();
            put(bag, FLAVOR, value);
            for (PropertyRule rule : List.of(required, forbidden)) {
                assertEquals(report(rule.check(bag, null)), report(rule.check(bag, value, null)), String.valueOf(value));
            }
        }
    }

    private static void put(InMemoryPropertyBag bag, PropertyKey<?> key, Object value) {
        if (value != null) {
            bag.put(key.id(), value instanceof String ? MapiType.PtypString : MapiType.PtypInteger32, value);
        }
    }

    private static ValidationReport report(Violations v) {
        return Violations.report(v, CLEAN);
    }
}
