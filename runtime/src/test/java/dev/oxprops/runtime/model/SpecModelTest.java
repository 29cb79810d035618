package dev.oxprops.runtime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.RuleKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecModelTest {
    private static final PropertyKey<String> CLASS = PropertyKey.of("PidTagMessageClass", PropertyId.tag(0x001A),
            MapiType.PtypString, "1", String.class);
    private static final Applicability MUST = new Applicability(PresenceRule.REQUIRED, Receipt.USE, "1", "");
    private static final Applicability MAY = new Applicability(PresenceRule.OPTIONAL, Receipt.MAY_IGNORE, "1", "");

    private static SpecModel spec(String messageClass, boolean prefix) {
        PropertyModel p = new PropertyModel(CLASS, "messageClass",
                List.of(new RuleModel(RuleKind.STARTS_WITH, Level.MUST, "1", "begins with \"IPM.X\"")),
                List.of(), null, List.of(MUST), MAY);
        return new SpecModel("MS-X", "X", messageClass, prefix, "", List.of(), List.of(), List.of(p),
                List.of());
    }

    @Test
    void messageClassesMatchExactlyOrByPrefixIgnoringCase() {
        assertTrue(spec("IPM.X", true).matchesMessageClass("ipm.x.custom"));
        assertFalse(spec("IPM.X", true).matchesMessageClass("IPM.Note"));
        assertTrue(spec("IPM.X", false).matchesMessageClass("ipm.X"));
        assertFalse(spec("IPM.X", false).matchesMessageClass("IPM.X.Custom"));
        assertFalse(spec("", true).matchesMessageClass("IPM.X"), "a spec without message class matches none");
        assertFalse(spec("IPM.X", true).matchesMessageClass(null));
    }

    @Test
    void propertiesAreFoundByCanonicalNameAndApplicabilityByKind() {
        SpecModel s = spec("IPM.X", true);
        PropertyModel p = s.property("PidTagMessageClass").orElseThrow();
        assertEquals("PidTagMessageClass", p.canonicalName());
        assertSame(MUST, p.applicabilityAt(0));
        assertSame(MAY, p.applicabilityAt(-1), "unknown kind: the rule for every other kind");
        assertSame(MAY, p.applicabilityAt(1));
        assertTrue(s.property("PidTagOther").isEmpty());
    }

    @Test
    void shortFormsReadAsTheSpecsWriteThem() {
        assertEquals("MUST", MUST.shortForm());
        assertEquals("MAY; may be ignored", MAY.shortForm());
        assertEquals("SHOULD NOT; ignored on receipt",
                new Applicability(PresenceRule.SHOULD_NOT, Receipt.MUST_IGNORE, "", "").shortForm());
        assertEquals("SHOULD", new Applicability(PresenceRule.RECOMMENDED, Receipt.USE, "", "").shortForm());
        assertEquals("MUST NOT", new Applicability(PresenceRule.MUST_NOT, Receipt.USE, "", "").shortForm());
    }

    @Test
    void recordsHoldImmutableCopiesOfTheirLists() {
        RuleModel rule = new RuleModel(RuleKind.FIXED, Level.MUST, "1", "is X");
        List<String> groups = new ArrayList<>(List.of("g"));
        AllowedValue b = new AllowedValue("B", 2, "b", groups);
        groups.add("h");
        assertEquals(List.of("g"), b.groups());
        assertThrows(UnsupportedOperationException.class, () -> b.groups().add("x"));
        List<RuleModel> rules = new ArrayList<>(List.of(rule));
        PropertyModel p = new PropertyModel(CLASS, "x", rules, List.of(b), null, List.of(MUST), MAY);
        rules.add(rule);
        assertEquals(List.of(rule), p.rules());
        assertThrows(UnsupportedOperationException.class, () -> p.allowedValues().add(b));
        assertThrows(UnsupportedOperationException.class, () -> p.applicability().add(MAY));
    }

    @Test
    void ignoredPropertiesSayWhy() {
        IgnoredProperty i = new IgnoredProperty("PidLidX", PropertyId.tag(0x1000), Receipt.MUST_IGNORE, "2.2.6", "<10>");
        assertEquals("PidLidX (MUST be ignored upon receipt, section 2.2.6; <10>)", i.toString());
        assertEquals("PidLidY (MAY be ignored upon receipt)",
                new IgnoredProperty("PidLidY", PropertyId.tag(0x1001), Receipt.MAY_IGNORE, "", "").toString());
    }
}
