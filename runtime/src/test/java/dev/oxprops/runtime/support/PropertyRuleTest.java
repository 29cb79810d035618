package dev.oxprops.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link Rules#property}: presence, type and value checks of one property after one read. */
class PropertyRuleTest {
    private static final PropertyKey<Integer> LEVEL = PropertyKey.of("PidTagLevel", PropertyId.tag(0x1234),
            MapiType.PtypInteger32, "1.2", Integer.class);
    private static final PropertyKey<byte[]> GUID = PropertyKey.of("PidTagGuid", PropertyId.tag(0x1235),
            MapiType.PtypBinary, "1.3", byte[].class, MapiType.PtypGuid);
    private static final Rule REQUIRED_ONE_OF = Rules.property(LEVEL, PresenceRule.REQUIRED, "",
            Rules.oneOfValue(LEVEL, Level.SHOULD, "1.2.1", 1, 2));

    private static List<Violation> check(Rule rule, PropertyBag bag) {
        Violations v = rule.check(bag, null);
        return Violations.report(v, ValidationReport.clean("T")).violations();
    }

    @Test
    void aValidValueGivesNothingAndAllocatesNoCollector() {
        PropertyBag bag = new InMemoryPropertyBag();
        bag.put(LEVEL.id(), MapiType.PtypInteger32, 2);
        assertNull(REQUIRED_ONE_OF.check(bag, null));
    }

    @Test
    void absenceIsReportedAtTheLevelOfThePresenceRule() {
        Violation v = check(REQUIRED_ONE_OF, new InMemoryPropertyBag()).get(0);
        assertEquals(RuleKind.PRESENCE, v.rule());
        assertEquals(Level.MUST, v.level());
        assertEquals("1.2", v.section(), "the property's section when the rule gives none");
        assertEquals(List.of(), check(Rules.property(LEVEL, PresenceRule.OPTIONAL, ""), new InMemoryPropertyBag()));
    }

    @Test
    void aValueOutsideTheSetIsReportedByTheValueCheck() {
        PropertyBag bag = new InMemoryPropertyBag();
        bag.put(LEVEL.id(), MapiType.PtypInteger32, 3);
        Violation v = check(REQUIRED_ONE_OF, bag).get(0);
        assertEquals(RuleKind.ONE_OF, v.rule());
        assertEquals(Level.SHOULD, v.level());
        assertEquals("1.2.1", v.section());
    }

    @Test
    void aWrongTypeIsOneTypeViolationAndTheValueChecksDoNotRun() {
        PropertyBag bag = new InMemoryPropertyBag();
        bag.put(LEVEL.id(), MapiType.PtypString, "3");
        List<Violation> found = check(REQUIRED_ONE_OF, bag);
        assertEquals(1, found.size());
        assertEquals(RuleKind.TYPE, found.get(0).rule());
    }

    @Test
    void aForbiddenPropertyIsReportedAsPresentWithoutFurtherChecks() {
        PropertyBag bag = new InMemoryPropertyBag();
        bag.put(LEVEL.id(), MapiType.PtypString, "not even an integer");
        List<Violation> found = check(Rules.property(LEVEL, PresenceRule.MUST_NOT, "9.9",
                Rules.oneOfValue(LEVEL, Level.MUST, "", 1)), bag);
        assertEquals(1, found.size());
        assertEquals(RuleKind.PRESENCE, found.get(0).rule());
        assertEquals(Level.MUST_NOT, found.get(0).level());
        assertEquals("9.9", found.get(0).section());
    }

    @Test
    void anAcceptedTypeIsConvertedBeforeTheValueChecks() {
        UUID guid = UUID.fromString("0006f0ae-0000-0000-c000-000000000046");
        PropertyBag bag = new InMemoryPropertyBag();
        bag.put(GUID.id(), MapiType.PtypGuid, guid);
        Rule fixed = Rules.property(GUID, PresenceRule.REQUIRED, "", Rules.fixedValue(GUID, Level.MUST, "", Guids.toBytes(guid)));
        assertEquals(List.of(), check(fixed, bag));
    }

    @Test
    void aBagThatCannotCarryThePropertyRecordsItAsNotCarried() {
        InMemoryPropertyBag backing = new InMemoryPropertyBag();
        PropertyBag headersOnly = new dev.oxprops.runtime.ForwardingPropertyBag() {
            @Override
            protected PropertyBag delegate() {
                return backing;
            }

            @Override
            public boolean canCarry(PropertyId id, MapiType type) {
                return false;
            }
        };
        Violations v = REQUIRED_ONE_OF.check(headersOnly, null);
        ValidationReport report = Violations.report(v, ValidationReport.clean("T"));
        assertEquals(List.of(), report.violations());
        assertEquals(List.of("PidTagLevel"), report.notCarried());
    }

    @Test
    void noOneAndSeveralChecksMeanTheSameWhicheverOverloadIsCalled() {
        PropertyBag bag = new InMemoryPropertyBag();
        bag.put(LEVEL.id(), MapiType.PtypInteger32, 3);
        ValueCheck oneOf = Rules.oneOfValue(LEVEL, Level.SHOULD, "1.2.1", 1, 2);
        ValueCheck fixed = Rules.fixedValue(LEVEL, Level.MUST, "1.2.2", 1);
        assertEquals(check(Rules.property(LEVEL, PresenceRule.REQUIRED, ""), bag),
                check(Rules.property(LEVEL, PresenceRule.REQUIRED, "", new ValueCheck[0]), bag));
        assertEquals(check(Rules.property(LEVEL, PresenceRule.REQUIRED, "", oneOf), bag),
                check(Rules.property(LEVEL, PresenceRule.REQUIRED, "", new ValueCheck[] {oneOf}), bag));
        List<Violation> both = check(Rules.property(LEVEL, PresenceRule.REQUIRED, "", oneOf, fixed), bag);
        assertEquals(List.of(RuleKind.ONE_OF, RuleKind.FIXED), both.stream().map(Violation::rule).toList());
    }
}
