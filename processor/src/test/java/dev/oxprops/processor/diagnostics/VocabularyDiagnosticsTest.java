package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.assertWarning;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary beyond presence: @Compare, @Range, @Granularity, @MessageClass, @Flags, compound conditions and a
 * discriminator's absentAs; each mistake is one located error, on the annotation at fault (for a repeated annotation,
 * the element of its container).
 */
class VocabularyDiagnosticsTest {
    private static final String[] TIMES = {
        "    @Property(canonical = \"PidLidStart\", set = TestSet.class, lid = 0x8516, type = MapiType.PtypTime, section = \"2\")",
        "    java.time.Instant start();",
        "    @Property(canonical = \"PidLidEnd\", set = TestSet.class, lid = 0x8517, type = MapiType.PtypTime, section = \"2\")",
        "    java.time.Instant end();",
        "    @Property(canonical = \"PidLidDelta\", set = TestSet.class, lid = 0x8501, type = MapiType.PtypInteger32, section = \"2\")",
        "    int delta();",
        "    @Property(canonical = \"PidLidTitle\", set = TestSet.class, lid = 0x8502, type = MapiType.PtypString, section = \"2\")",
        "    String title();",
        "    @Property(canonical = \"PidTagMessageClass\", tag = 0x001A, type = MapiType.PtypString, section = \"2\")",
        "    String messageClass();",
        "    @Property(canonical = \"PidLidBits\", set = TestSet.class, lid = 0x8503, type = MapiType.PtypInteger32, section = \"2\")",
        "    @Flags({@Value(name = \"TIME\", value = \"0x1\"), @Value(name = \"RECIPIENT\", value = \"0x8\")})",
        "    int bits();",
    };

    private static JavaFileObject withRules(String... rules) {
        String[] lines = new String[rules.length + 3 + TIMES.length];
        lines[0] = "@Spec(id = \"MS-TEST\")";
        System.arraycopy(rules, 0, lines, 1, rules.length);
        lines[rules.length + 1] = "public interface Foo {";
        System.arraycopy(TIMES, 0, lines, rules.length + 2, TIMES.length);
        lines[lines.length - 1] = "}";
        return source("Foo", lines);
    }

    @Test
    void everyShapeCompilesWhenWellFormed() {
        assertClean(compile(withRules(
                "@Compare(left = \"PidLidEnd\", op = Op.GE, right = \"PidLidStart\", section = \"2.1\")",
                "@Compare(left = \"PidLidStart\", op = Op.EQ, right = \"PidLidEnd\", minus = \"PidLidDelta\",",
                "        when = @Condition(property = \"PidTagMessageClass\", family = \"IPM.Appointment\"))",
                "@Implies(when = {@Condition(property = \"PidLidBits\", bitsSet = \"TIME\"),",
                "        @Condition(property = \"PidLidTitle\", not = true)}, whenAny = true,",
                "        then = {@Condition(property = \"PidLidStart\"), @Condition(property = \"PidLidEnd\")})")));
    }

    @Test
    void aComparisonNamingAnUnknownProperty() {
        JavaFileObject src = withRules("@Compare(left = \"PidLidEnd\", op = Op.GE, right = \"PidLidStrat\")");
        assertOneError(compile(src), src, "OXP-IMPLIES-UNKNOWN", "@Compare names PidLidStrat", "right = \"PidLidStrat\"");
    }

    @Test
    void aTimeComparedWithAString() {
        JavaFileObject src = withRules("@Compare(left = \"PidLidEnd\", op = Op.GE, right = \"PidLidTitle\")");
        assertOneError(compile(src), src, "OXP-COMPARE-TYPES", "cannot compare PidLidEnd (PtypTime) with PidLidTitle (PtypString)",
                "right = \"PidLidTitle\"");
    }

    @Test
    void anOffsetThatIsNotAnInteger() {
        JavaFileObject src = withRules("@Compare(left = \"PidLidEnd\", op = Op.GE, right = \"PidLidStart\", plus = \"PidLidTitle\")");
        assertOneError(compile(src), src, "OXP-COMPARE-OFFSET-TYPE", "the offset PidLidTitle is PtypString", "plus = \"PidLidTitle\"");
    }

    @Test
    void twoOffsets() {
        JavaFileObject src = withRules(
                "@Compare(left = \"PidLidEnd\", op = Op.GE, right = \"PidLidStart\", plus = \"PidLidDelta\", minus = \"PidLidDelta\")");
        assertOneError(compile(src), src, "OXP-COMPARE-OFFSET", "has both plus and minus", "minus = \"PidLidDelta\"");
    }

    @Test
    void aUnitWithoutFixedLength() {
        JavaFileObject src = withRules(
                "@Compare(left = \"PidLidEnd\", op = Op.GE, right = \"PidLidStart\", minus = \"PidLidDelta\", unit = java.time.temporal.ChronoUnit.MONTHS)");
        assertOneError(compile(src), src, "OXP-COMPARE-UNIT", "unit MONTHS has no fixed length", "unit = java.time.temporal.ChronoUnit.MONTHS");
    }

    @Test
    void theSecondOfTwoRepeatedComparisonsIsTheOneUnderlined() {
        JavaFileObject src = withRules(
                "@Compare(left = \"PidLidEnd\", op = Op.GE, right = \"PidLidStart\")",
                "@Compare(left = \"PidLidEnd\", op = Op.LE, right = \"PidLidStrat\")");
        assertOneError(compile(src), src, "OXP-IMPLIES-UNKNOWN", "@Compare names PidLidStrat", "op = Op.LE, right = \"PidLidStrat\"");
    }

    @Test
    void theSecondOfTwoRepeatedImpliesIsTheOneUnderlined() {
        JavaFileObject src = withRules(
                "@Implies(when = @Condition(property = \"PidLidStart\"), then = @Condition(property = \"PidLidEnd\"))",
                "@Implies(when = @Condition(property = \"PidLidStart\"), then = @Condition(property = \"PidLidEndd\"))");
        assertOneError(compile(src), src, "OXP-IMPLIES-UNKNOWN", "@Implies names PidLidEndd", "property = \"PidLidEndd\"");
    }

    @Test
    void anEmptyWhen() {
        JavaFileObject src = withRules("@Implies(when = {}, then = @Condition(property = \"PidLidEnd\"))");
        assertOneError(compile(src), src, "OXP-IMPLIES-EMPTY", "@Implies when is empty", "when = {}");
    }

    @Test
    void aConditionTestingTwoThings() {
        JavaFileObject src = withRules("@Implies(when = @Condition(property = \"PidLidBits\", values = \"1\", bitsSet = \"TIME\"),",
                "        then = @Condition(property = \"PidLidEnd\"))");
        assertOneError(compile(src), src, "OXP-COND-SEVERAL", "tests values and bits at once", "values = \"1\", bitsSet");
    }

    @Test
    void aFamilyOnAnInteger() {
        JavaFileObject src = withRules("@Implies(when = @Condition(property = \"PidLidDelta\", family = \"IPM.Task\"),",
                "        then = @Condition(property = \"PidLidEnd\"))");
        assertOneError(compile(src), src, "OXP-COND-FAMILY", "but PidLidDelta is PtypInteger32", "family = \"IPM.Task\"");
    }

    @Test
    void aFamilyEndingWithADot() {
        JavaFileObject src = withRules("@Implies(when = @Condition(property = \"PidTagMessageClass\", family = \"IPM.Task.\"),",
                "        then = @Condition(property = \"PidLidEnd\"))");
        assertOneError(compile(src), src, "OXP-MSGCLASS-TEXT", "message class \"IPM.Task.\"", "family = \"IPM.Task.\"");
    }

    @Test
    void anUnknownBit() {
        JavaFileObject src = withRules("@Implies(when = @Condition(property = \"PidLidBits\", bitsClear = \"TIMED\"),",
                "        then = @Condition(property = \"PidLidEnd\"))");
        assertOneError(compile(src), src, "OXP-COND-BITS", "bit \"TIMED\" of PidLidBits is not declared; use one of TIME, RECIPIENT",
                "bitsClear = \"TIMED\"");
    }

    @Test
    void bitsOfAPropertyWithoutFlags() {
        JavaFileObject src = withRules("@Implies(when = @Condition(property = \"PidLidDelta\", bitsSet = \"TIME\"),",
                "        then = @Condition(property = \"PidLidEnd\"))");
        assertOneError(compile(src), src, "OXP-COND-BITS", "the property has no @Flags", "bitsSet = \"TIME\"");
    }

    @Test
    void absentWithAFamily() {
        JavaFileObject src = withRules("@Implies(when = @Condition(property = \"PidTagMessageClass\", present = false, family = \"IPM\"),",
                "        then = @Condition(property = \"PidLidEnd\"))");
        assertOneError(compile(src), src, "OXP-IMPLIES-ABSENT", "cannot list values, families or bits", "present = false");
    }

    @Test
    void aRangeOnAString() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidTitle\", set = TestSet.class, lid = 0x8502, type = MapiType.PtypString, section = \"2\")",
                "    @Range(min = \"1\")",
                "    String title();");
        assertOneError(compile(src), src, "OXP-RULE-TYPE", "@Range does not apply to PidLidTitle", "@Range(min = \"1\")");
    }

    @Test
    void aRangeWithoutBound() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidWidth\", set = TestSet.class, lid = 0x8502, type = MapiType.PtypInteger32, section = \"2\")",
                "    @Range",
                "    int width();");
        assertOneError(compile(src), src, "OXP-RANGE", "@Range on PidLidWidth has no bound", "@Range");
    }

    @Test
    void aRangeUpsideDown() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidWidth\", set = TestSet.class, lid = 0x8502, type = MapiType.PtypInteger32, section = \"2\")",
                "    @Range(min = \"10\", max = \"1\")",
                "    int width();");
        assertOneError(compile(src), src, "OXP-RANGE", "has min 10 above max 1", "min = \"10\"");
    }

    @Test
    void anUnparsableBound() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidWhen\", set = TestSet.class, lid = 0x8502, type = MapiType.PtypTime, section = \"2\")",
                "    @Range(max = \"tomorrow\")",
                "    java.time.Instant when();");
        assertOneError(compile(src), src, "OXP-VALUE-TYPE", "\"tomorrow\" is not a PtypTime value", "max = \"tomorrow\"");
    }

    @Test
    void aGranularityOnAnInteger() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidWidth\", set = TestSet.class, lid = 0x8502, type = MapiType.PtypInteger32, section = \"2\")",
                "    @Granularity(java.time.temporal.ChronoUnit.MINUTES)",
                "    int width();");
        assertOneError(compile(src), src, "OXP-RULE-TYPE", "@Granularity does not apply to PidLidWidth", "@Granularity");
    }

    @Test
    void aMessageClassWithNothingToCheck() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagMessageClass\", tag = 0x001A, type = MapiType.PtypString, section = \"2\")",
                "    @MessageClass",
                "    String messageClass();");
        assertOneError(compile(src), src, "OXP-MSGCLASS-NONE", "lists no class and the @Spec has no messageClass", "@MessageClass");
    }

    @Test
    void aSpecMessageClassNobodyChecks() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-TEST\", messageClass = \"IPM.Task\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidTagMessageClass\", tag = 0x001A, type = MapiType.PtypString, section = \"2\")",
                "    String messageClass();",
                "}");
        assertWarning(compile(src), src, "OXP-SPEC-MSGCLASS-UNCHECKED", "@Spec(messageClass = \"IPM.Task\") is not checked",
                "messageClass = \"IPM.Task\"");
    }

    @Test
    void aFlagOfZero() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidBits\", set = TestSet.class, lid = 0x8503, type = MapiType.PtypInteger32, section = \"2\")",
                "    @Flags({@Value(name = \"NONE\", value = \"0\"), @Value(name = \"TIME\", value = \"0x1\")})",
                "    int bits();");
        assertOneError(compile(src), src, "OXP-FLAGS-ZERO", "flag NONE of PidLidBits is 0", "@Value(name = \"NONE\"");
    }

    @Test
    void flagsOnAString() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidTitle\", set = TestSet.class, lid = 0x8502, type = MapiType.PtypString, section = \"2\")",
                "    @Flags(@Value(name = \"A\", value = \"1\"))",
                "    String title();");
        assertOneError(compile(src), src, "OXP-RULE-TYPE", "@Flags does not apply to PidLidTitle", "@Flags");
    }

    @Test
    void anAbsentKindNamedLikeAValue() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagFlagStatus\", tag = 0x1090, type = MapiType.PtypInteger32, section = \"2\")",
                "    @Discriminator(absentAs = \"FLAGGED\")",
                "    @OneOf({@Value(name = \"COMPLETE\", value = \"1\"), @Value(name = \"FLAGGED\", value = \"2\")})",
                "    int flagStatus();");
        assertOneError(compile(src), src, "OXP-DISC-ABSENT", "absentAs \"FLAGGED\" of PidTagFlagStatus is already one of its value names",
                "absentAs = \"FLAGGED\"");
    }
}
