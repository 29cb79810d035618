package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.SpecValidator;
import dev.oxprops.runtime.validation.Violation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules beyond presence of {@code rules/Rules.java}: ranges open at either end, a granularity, flags of 16, 32
 * and 64 bits with their high bit, message classes with and without derived classes, comparisons with an offset in
 * minutes or hours and one or two conditions, implications whose conditions combine bits, families, values and
 * absence with "any" and "not". Each is said in words by the model, named in the validator, and broken by one bag.
 */
class RuleShapesTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NEXT_DAY = Instant.parse("2026-01-02T00:00:00Z");

    /** Compiled inside each test, so that mutation testing credits these tests (see {@link Toys}). */
    private static CompiledSpecs specs() {
        return CompiledSpecs.compileClean(CompiledSpecs.resources("rules/Rules.java"));
    }

    /** A message that keeps every rule: A and HIGH set, a class of family IPM.A, both wide bits. */
    private static Map<String, Object> valid() {
        Map<String, Object> v = new HashMap<>(Map.of("MESSAGE_CLASS", "IPM.Rules", "START", START, "END", NEXT_DAY, "DURATION", 1440,
                "PERCENT", 0.5, "LEVEL", 2, "FLAGS", 0x80000001, "SMALL", (short) 0x8000, "WIDE", 0x8000000000000001L));
        v.put("KIND_CLASS", "IPM.A");
        return v;
    }

    /** The violations of {@link #valid()} changed by {@code changes} (a null value removes the property). */
    private static List<String> violations(CompiledSpecs specs, Object... changes) {
        Map<String, Object> values = valid();
        for (int i = 0; i < changes.length; i += 2) {
            values.put((String) changes[i], changes[i + 1]);
        }
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        values.forEach((k, val) -> {
            if (val != null) {
                PropertyKey<?> key = (PropertyKey<?>) specs.staticField("rules.RulesKeys", k);
                bag.put(key.id(), key.type(), val);
            }
        });
        SpecValidator validator = (SpecValidator) specs.staticField("rules.RulesValidator", "INSTANCE");
        return validator.validate(bag).violations().stream().map(RuleShapesTest::text).toList();
    }

    private static String text(Violation v) {
        return v.property() + " " + v.rule() + " " + v.level() + " " + v.section() + ": " + v.message();
    }

    @Test
    void aMessageThatKeepsEveryRuleIsClean() {
        CompiledSpecs specs = specs();
        assertEquals(List.of(), violations(specs));
        assertEquals(List.of(), violations(specs, "MESSAGE_CLASS", "ipm.rules.sub"));
        assertEquals(List.of(), violations(specs, "KIND_CLASS", "ipm.b", "WIDE", 1L));
    }

    @Test
    void valueRulesOnRangesGranularityFlagsAndMessageClasses() {
        CompiledSpecs specs = specs();
        assertEquals(List.of("PidLidRulesDuration RANGE MUST 2.4: is 0xFFFFFFFF, must be >= 0x00000000"),
                violations(specs, "DURATION", -1, "FLAGS", 0x80000000));
        assertEquals(List.of("PidLidRulesPercent RANGE MUST 2.5.1: is 1.5, must be >= 0.0 and <= 1.0"), violations(specs, "PERCENT", 1.5));
        assertEquals(List.of("PidLidRulesPercent RANGE MUST 2.5.1: is -0.1, must be >= 0.0 and <= 1.0"), violations(specs, "PERCENT", -0.1));
        assertEquals(List.of("PidLidRulesEnd GRANULARITY SHOULD 2.3: is 2026/01/02 00:30:00.000, must be a whole number of days"),
                violations(specs, "DURATION", 1470, "END", START.plusSeconds(1470 * 60)));
        assertEquals(List.of("PidLidRulesFlags FLAGS MUST 2.7: is 0x80000003, sets bits 0x2 that are none of is a set of the bits "
                + "0x00000001 (A), 0x80000000 (HIGH)"), violations(specs, "FLAGS", 0x80000003));
        assertEquals(List.of("PidLidRulesWide FLAGS SHOULD 2.9.1: is 0x0000000000000002, sets bits 0x2 that are none of is a set of "
                + "the bits 0x0000000000000001 (ONE), 0x8000000000000000 (TOP)"), violations(specs, "WIDE", 2L));
        assertEquals(List.of(), violations(specs, "SMALL", (short) 0x7FF2), "reserved bits of SMALL are ignored");
        assertEquals(List.of("PidLidRulesClass MESSAGE_CLASS MUST 2.10: is \"IPM.A.Sub\", must be one of IPM.A, IPM.B, case ignored"),
                violations(specs, "KIND_CLASS", "IPM.A.Sub"));
        assertEquals(List.of("PidTagMessageClass MESSAGE_CLASS MUST 2.1: is \"IPM.Other\", must be IPM.Rules (or a class derived "
                + "from one), case ignored"), violations(specs, "MESSAGE_CLASS", "IPM.Other"));
    }

    @Test
    void comparisonsWithAnOffsetAndConditions() {
        CompiledSpecs specs = specs();
        assertEquals(List.of("PidLidRulesEnd COMPARE MUST 3.1: is 2025/12/31 00:00:00.000, must be >= PidLidRulesStart "
                + "(2026/01/01 00:00:00.000)"), violations(specs, "END", START.minusSeconds(86400), "FLAGS", 0x80000000));
        assertEquals(List.of("PidLidRulesEnd COMPARE SHOULD 3.2: is 2026/01/02 00:00:00.000, must be = PidLidRulesStart + "
                + "PidLidRulesDuration minutes (2026/01/01 00:00:00.000 + 1439) (end = start + duration)"),
                violations(specs, "DURATION", 1439));
        assertEquals(List.of(), violations(specs, "DURATION", 1439, "FLAGS", 0x80000000), "3.2 applies only with A set");
        assertEquals(List.of(), violations(specs, "PERCENT", null, "FLAGS", 0x80000000, "DURATION", 24));
        assertEquals(List.of("PidLidRulesStart COMPARE MUST 3.3: is 2026/01/01 00:00:00.000, must be <= PidLidRulesEnd - "
                + "PidLidRulesDuration hours (2026/01/02 00:00:00.000 - 25)"),
                violations(specs, "PERCENT", null, "FLAGS", 0x80000000, "DURATION", 25));
        assertEquals(List.of(), violations(specs, "FLAGS", 0x80000000, "DURATION", 25), "3.3 applies only when both conditions hold");
        assertEquals(List.of(), violations(specs, "PERCENT", null, "LEVEL", null, "FLAGS", 0x80000000, "DURATION", 25));
    }

    @Test
    void implicationsWithAnyNotBitsFamiliesAndValues() {
        CompiledSpecs specs = specs();
        String anyOf = "PidLidRulesLevel IMPLIES MUST 3.4: when (PidLidRulesFlags has bits 0x1 set and bits 0x80000000 clear or "
                + "PidLidRulesClass is IPM.A or a class derived from it (case ignored)), it must hold that (PidLidRulesLevel is one "
                + "of 0x00000001, 0x00000002 or PidLidRulesPercent is not set); it is ";
        assertEquals(List.of(anyOf + "0x00000005"), violations(specs, "FLAGS", 0x00000001, "KIND_CLASS", "IPM.B", "WIDE", 1L, "LEVEL", 5));
        assertEquals(List.of(), violations(specs, "FLAGS", 0x80000001, "KIND_CLASS", "IPM.B", "WIDE", 1L, "LEVEL", 5), "HIGH is set");
        assertEquals(List.of(), violations(specs, "FLAGS", 0x00000001, "KIND_CLASS", "IPM.B", "WIDE", 1L, "LEVEL", 5, "PERCENT", null,
                "START", null),
                "the second consequence holds");
        assertEquals(List.of("PidLidRulesLevel RANGE SHOULD 2.6: is 0x0000000B, must be <= 0x0000000A", anyOf + "0x0000000B"),
                violations(specs, "LEVEL", 11));
        assertEquals(List.of("PidLidRulesLevel IMPLIES SHOULD 3.5: when not PidLidRulesSmall has bits 0x1 clear, PidLidRulesLevel "
                + "must be 0x00000003; it is 0x00000002 (low means level 3)"), violations(specs, "SMALL", (short) 0x8001));
        assertEquals(List.of(), violations(specs, "SMALL", (short) 0x0001, "LEVEL", 3, "KIND_CLASS", "IPM.B", "WIDE", 1L));
        assertEquals(List.of("PidLidRulesClass IMPLIES MUST 3.6: when PidLidRulesWide has bits 0x8000000000000001 set, it must hold "
                + "that not PidLidRulesClass is \"IPM.B\"; it is \"IPM.B\""), violations(specs, "KIND_CLASS", "IPM.B"));
    }

    @Test
    void theModelSaysEachRuleInWords() {
        SpecModel model = (SpecModel) specs().staticField("rules.RulesModel", "SPEC");
        assertEquals(List.of(
                new RuleModel(RuleKind.IMPLIES, Level.MUST, "3.4", "when (PidLidRulesFlags has A set and HIGH clear or PidLidRulesClass "
                        + "is IPM.A (or a class derived from one)), it must hold that (PidLidRulesLevel is one of 1, 2 or "
                        + "PidLidRulesPercent is not set)"),
                new RuleModel(RuleKind.IMPLIES, Level.SHOULD, "3.5", "when not (PidLidRulesSmall has LOW clear), PidLidRulesLevel "
                        + "must be 3 (low means level 3)"),
                new RuleModel(RuleKind.IMPLIES, Level.MUST, "3.6", "when PidLidRulesWide has ONE, TOP set, it must hold that not "
                        + "(PidLidRulesClass is IPM.B)"),
                new RuleModel(RuleKind.COMPARE, Level.MUST, "3.1", "PidLidRulesEnd >= PidLidRulesStart"),
                new RuleModel(RuleKind.COMPARE, Level.SHOULD, "3.2", "PidLidRulesEnd = PidLidRulesStart + PidLidRulesDuration (minutes), "
                        + "when PidLidRulesFlags has A set (end = start + duration)"),
                new RuleModel(RuleKind.COMPARE, Level.MUST, "3.3", "PidLidRulesStart <= PidLidRulesEnd - PidLidRulesDuration (hours), "
                        + "when (PidLidRulesLevel is set and PidLidRulesPercent is not set)")), model.crossRules());
        Map<String, String> words = new HashMap<>();
        for (PropertyModel p : model.properties()) {
            for (RuleModel r : p.rules()) {
                words.put(p.canonicalName(), r.section() + " " + r.description());
            }
        }
        assertEquals(Map.of("PidTagMessageClass", "2.1 is IPM.Rules or a class derived from it (case ignored)",
                "PidLidRulesEnd", "2.3 is a whole number of days", "PidLidRulesDuration", "2.4 is >= 0",
                "PidLidRulesPercent", "2.5.1 is >= 0.0 and <= 1.0", "PidLidRulesLevel", "2.6 is <= 10",
                "PidLidRulesFlags", "2.7 is a set of the bits 0x00000001 (A), 0x80000000 (HIGH)",
                "PidLidRulesSmall", "2.8 is a set of the bits 0x0001 (LOW), 0x8000 (TOP); other bits reserved (ignored, preserved)",
                "PidLidRulesWide", "2.9.1 is a set of the bits 0x0000000000000001 (ONE), 0x8000000000000000 (TOP)",
                "PidLidRulesClass", "2.10 is one of IPM.A, IPM.B (case ignored)"), words);
    }

    @Test
    void theValidatorNamesItsRulesAfterWhatTheySay() {
        Class<?> across = specs().load("rules.RulesValidator$RulesAcrossProperties");
        assertEquals(List.of("FLAGS_A_CLEAR_HIGH_OR_KIND_CLASS_CLASS_IMPLIES_LEVEL_1_OR_2_OR_PERCENT_UNSET",
                "SMALL_NOT_CLEAR_LOW_IMPLIES_LEVEL_3", "WIDE_ONE_TOP_IMPLIES_KIND_CLASS_NOT_IPM_B", "COMPARE_END_GE_START",
                "COMPARE_END_EQ_START", "COMPARE_START_LE_END"), Arrays.stream(across.getDeclaredFields()).map(Field::getName).toList());
    }

    @Test
    void flagsOfEveryWidthKnowTheirHighBit() {
        CompiledSpecs specs = specs();
        assertEquals(List.of(0x80000001L, 0x8001L, 0x8000000000000001L), List.of(specs.staticField("rules.RulesKeys$FlagsFlag", "KNOWN"),
                specs.staticField("rules.RulesKeys$SmallFlag", "KNOWN"), specs.staticField("rules.RulesKeys$WideFlag", "KNOWN")));
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object accessor = specs.callStatic("rules.RulesAccessor", "of", bag);
        CompiledSpecs.call(accessor, "setSmall", (short) 0x0100);
        CompiledSpecs.call(accessor, "setSmallFlags", Set.of(specs.enumConstant("rules.RulesKeys$SmallFlag", "TOP")));
        assertEquals((short) 0x8100, CompiledSpecs.call(accessor, "getSmall"), "the reserved bit is kept");
        CompiledSpecs.call(accessor, "setWideFlags", Set.of(specs.enumConstant("rules.RulesKeys$WideFlag", "TOP")));
        assertEquals(0x8000000000000000L, CompiledSpecs.call(accessor, "getWide"));
        assertEquals(enumSetOf(specs, "rules.RulesKeys$WideFlag", "TOP"), CompiledSpecs.call(accessor, "getWideFlags"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<?> enumSetOf(CompiledSpecs specs, String type, String name) {
        return EnumSet.of((Enum) specs.enumConstant(type, name));
    }
}
