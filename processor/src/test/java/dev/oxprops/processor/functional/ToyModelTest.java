package dev.oxprops.processor.functional;

import static dev.oxprops.processor.functional.Toys.KINDS;
import static dev.oxprops.processor.functional.Toys.assertHas;
import static dev.oxprops.processor.functional.Toys.model;
import static dev.oxprops.processor.functional.Toys.valid;
import static dev.oxprops.processor.functional.Toys.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.model.AllowedValue;
import dev.oxprops.runtime.model.Applicability;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated model describes the spec, and its matrix agrees with what the validator enforces. */
class ToyModelTest {
    @BeforeAll
    static void compileToysAgain() {
        Toys.reset();
    }


    @Test
    void theModelDescribesTheSpec() {
        SpecModel m = model();
        assertEquals("MS-TOY", m.id());
        assertEquals("Toy Message Protocol", m.title());
        assertEquals("IPM.Toy", m.messageClass());
        assertTrue(m.messageClassIsPrefix());
        assertTrue(m.matchesMessageClass("ipm.toy.Special"));
        assertFalse(m.matchesMessageClass("IPM.Note"));
        assertEquals("PidLidToyKind", m.discriminator());
        assertEquals(List.of("ORDER", "QUOTE", "RECEIPT"), m.discriminatorValues().stream().map(AllowedValue::name).toList());
        assertEquals(List.of("ASKS", "FOLLOW_UPS"), m.groups().stream().map(SpecModel.ValueGroup::name).toList());
        assertEquals(List.of("QUOTE", "RECEIPT"), m.groups().get(1).values());
        assertEquals(26, m.properties().size());
        assertEquals(2, m.crossRules().size());
        assertEquals(RuleKind.IMPLIES, m.crossRules().get(0).kind());
        assertEquals(Level.SHOULD, m.crossRules().get(1).level());
    }

    @Test
    void aValueInTwoGroupsGetsTheRulesOfBoth() {
        PropertyModel token = model().property("PidLidToyToken").orElseThrow();
        assertEquals(PresenceRule.REQUIRED, token.applicabilityAt(1).presence(), "QUOTE asks, so it needs a token");
        assertEquals(PresenceRule.MUST_NOT, token.applicabilityAt(2).presence());
        assertEquals(PresenceRule.OPTIONAL, token.applicabilityAt(-1).presence(), "unknown kind: the kinds disagree");
        PropertyModel remote = model().property("PidLidToyRemoteName").orElseThrow();
        assertEquals(new Applicability(PresenceRule.SHOULD_NOT, Receipt.MUST_IGNORE, "2.8.1", "<1> stale on receipts"),
                remote.applicabilityAt(2));
        assertEquals(Receipt.USE, remote.applicabilityAt(1).receipt());
        PropertyModel legacy = model().property("PidLidToyLegacyFlags").orElseThrow();
        for (int k = -1; k < 3; k++) {
            assertEquals(PresenceRule.SHOULD_NOT, legacy.applicabilityAt(k).presence());
            assertEquals(Receipt.MUST_IGNORE, legacy.applicabilityAt(k).receipt());
        }
    }

    @Test
    void rulesMirrorsAndAllowedValuesAreDescribed() {
        PropertyModel xRemote = model().property("PidNameXToyRemoteName").orElseThrow();
        assertEquals("PidLidToyRemoteName", xRemote.mirror().source());
        assertEquals(MirrorKind.SAME, xRemote.mirror().kind());
        assertEquals(MirrorKind.HEX, model().property("PidNameXToyToken").orElseThrow().mirror().kind());
        assertNull(model().property("PidLidToyLocalName").orElseThrow().mirror());
        PropertyModel kind = model().property("PidLidToyKind").orElseThrow();
        AllowedValue quote = kind.allowedValues().get(1);
        assertEquals("QUOTE", quote.name());
        assertEquals(0x10B, quote.value());
        assertEquals(List.of("ASKS", "FOLLOW_UPS"), quote.groups());
        PropertyModel version = model().property("PidLidToyVersion").orElseThrow();
        assertEquals(RuleKind.FIXED, version.rules().get(0).kind());
        assertEquals("2.10", version.rules().get(0).section());
        assertEquals("2.11.1", model().property("PidLidToyConfigUrl").orElseThrow().rules().get(0).section());
        assertEquals("version", version.accessorName());
    }

    static Stream<Arguments> cells() {
        List<Arguments> out = new ArrayList<>();
        for (PropertyModel p : model().properties()) {
            for (int k = 0; k < KINDS.length; k++) {
                PresenceRule rule = p.applicabilityAt(k).presence();
                if (rule != PresenceRule.OPTIONAL && !p.canonicalName().equals(model().discriminator())) {
                    out.add(Arguments.of(p.canonicalName(), k, rule));
                }
            }
        }
        return out.stream();
    }

    /** For every property and kind: a demanded property removed, or a forbidden one set, is a presence violation. */
    @ParameterizedTest(name = "{0} on kind {1}: {2}")
    @MethodSource("cells")
    void theMatrixAgreesWithTheValidator(String canonical, int kindIndex, PresenceRule rule) {
        PropertyModel p = model().property(canonical).orElseThrow();
        InMemoryPropertyBag bag = valid(KINDS[kindIndex]);
        if (rule.demands()) {
            assertTrue(bag.contains(p.key().id()), "the valid message holds what it must");
            bag.remove(p.key().id());
        } else {
            assertFalse(bag.contains(p.key().id()), "the valid message holds nothing forbidden");
            bag.put(p.key().id(), p.key().type(), sample(p.key().type()));
        }
        ValidationReport report = validate(bag);
        assertHas(report, canonical, RuleKind.PRESENCE, rule.violatedLevel());
        assertEquals(p.applicabilityAt(kindIndex).section(), report.about(canonical).stream()
                .filter(v -> v.rule() == RuleKind.PRESENCE).findFirst().orElseThrow().section());
    }

    @Test
    void theMatrixHasSomethingToCheck() {
        assertTrue(cells().count() > 30);
    }

    static Object sample(MapiType type) {
        switch (type) {
            case PtypInteger16:
                return (short) 1;
            case PtypInteger32:
                return 1;
            case PtypInteger64:
                return 1L;
            case PtypFloating64:
                return 1.0;
            case PtypBoolean:
                return Boolean.TRUE;
            case PtypString:
                return "x";
            case PtypTime:
                return Instant.EPOCH;
            case PtypGuid:
                return new UUID(1, 2);
            case PtypBinary:
                return new byte[] {1};
            case PtypMultipleString:
                return List.of("x");
            case PtypMultipleBinary:
                return List.of(new byte[] {1});
            default:
                throw new IllegalArgumentException(type.name());
        }
    }
}
