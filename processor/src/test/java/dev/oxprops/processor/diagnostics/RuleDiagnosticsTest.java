package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Value rules (@OneOf, @Fixed, @ZeroLength, @StartsWith) and codecs. */
class RuleDiagnosticsTest {
    private static final String INT = "    @Property(canonical = \"PidLidA\", set = TestSet.class, lid = 0x8001, type = MapiType.PtypInteger32, section = \"1\")";

    @Test
    void fixedValueThatIsNotOfTheType() {
        JavaFileObject src = spec(INT,
                "    @Fixed(\"zero\")",
                "    int a();");
        assertOneError(compile(src), src, "OXP-VALUE-TYPE",
                "\"zero\" is not a PtypInteger32 value; write an integer in decimal or as 0x followed by hex digits", "@Fixed(\"zero\")");
    }

    @Test
    void oneOfValueTooWideForTheType() {
        JavaFileObject src = spec(INT,
                "    @OneOf({",
                "        @Value(name = \"SMALL\", value = \"0x1\"),",
                "        @Value(name = \"HUGE\", value = \"0x1FFFFFFFF\")",
                "    })",
                "    int a();");
        assertOneError(compile(src), src, "OXP-VALUE-TYPE", "\"0x1FFFFFFFF\" is not a PtypInteger32 value; 0x1FFFFFFFF does not fit in 32 bits",
                "value = \"0x1FFFFFFFF\"");
    }

    @Test
    void binaryValueWithAnOddNumberOfDigits() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidProvider\", set = TestSet.class, lid = 0x8A21, type = MapiType.PtypBinary, section = \"1\")",
                "    @Fixed(\"AEF00600000000000000C000000000046\")",
                "    byte[] provider();");
        assertOneError(compile(src), src, "OXP-VALUE-TYPE", "33 hex digits is an odd number", "@Fixed(\"AEF0");
    }

    @Test
    void duplicateOneOfValues() {
        JavaFileObject src = spec(INT,
                "    @OneOf({",
                "        @Value(name = \"ONE\", value = \"1\"),",
                "        @Value(name = \"UNO\", value = \"0x00000001\")",
                "    })",
                "    int a();");
        assertOneError(compile(src), src, "OXP-VALUE-DUP", "value 0x00000001 is listed twice in @OneOf of PidLidA (as ONE and UNO)",
                "value = \"0x00000001\"");
    }

    @Test
    void duplicateOneOfNames() {
        JavaFileObject src = spec(INT,
                "    @OneOf({",
                "        @Value(name = \"ONE\", value = \"1\"),",
                "        @Value(value = \"2\", name = \"ONE\")",
                "    })",
                "    int a();");
        assertOneError(compile(src), src, "OXP-VALUE-DUP-NAME", "value name ONE is used twice in @OneOf of PidLidA",
                "@Value(value = \"2\", name = \"ONE\")");
    }

    @Test
    void oneOfNameThatIsNotAJavaConstant() {
        JavaFileObject src = spec(INT,
                "    @OneOf({",
                "        @Value(name = \"one\", value = \"1\")",
                "    })",
                "    int a();");
        assertOneError(compile(src), src, "OXP-VALUE-NAME", "value name \"one\" is not a Java constant name",
                "@Value(name = \"one\"");
    }

    @Test
    void emptyOneOf() {
        JavaFileObject src = spec(INT,
                "    @OneOf({})",
                "    int a();");
        assertOneError(compile(src), src, "OXP-ONEOF-EMPTY", "@OneOf of PidLidA lists no value", "@OneOf({})");
    }

    @Test
    void fixedAndOneOfTogether() {
        JavaFileObject src = spec(INT,
                "    @OneOf(@Value(name = \"ONE\", value = \"1\"))",
                "    @Fixed(\"1\")",
                "    int a();");
        assertOneError(compile(src), src, "OXP-RULE-CONFLICT", "PidLidA has both @OneOf and @Fixed", "@Fixed(\"1\")");
    }

    @Test
    void startsWithOnAnInteger() {
        JavaFileObject src = spec(INT,
                "    @StartsWith(\"IPM.\")",
                "    int a();");
        assertOneError(compile(src), src, "OXP-RULE-TYPE", "@StartsWith does not apply to PidLidA, which is PtypInteger32",
                "@StartsWith(\"IPM.\")");
    }

    @Test
    void zeroLengthOnABoolean() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidFlag\", set = TestSet.class, lid = 0x8002, type = MapiType.PtypBoolean, section = \"1\")",
                "    @ZeroLength",
                "    boolean flag();");
        assertOneError(compile(src), src, "OXP-RULE-TYPE", "@ZeroLength does not apply to PidLidFlag, which is PtypBoolean; "
                + "it applies to string and binary properties", "@ZeroLength");
    }

    @Test
    void oneOfOnAMultiValuedProperty() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidNameKeywords\", set = PublicStrings.class, name = \"Keywords\", type = MapiType.PtypMultipleString, section = \"1\")",
                "    @OneOf(@Value(name = \"A\", value = \"a\"))",
                "    List<String> keywords();");
        assertOneError(compile(src), src, "OXP-RULE-TYPE", "@OneOf does not apply to PidNameKeywords, which is PtypMultipleString",
                "@OneOf(@Value(name = \"A\"");
    }

    @Test
    void codecThatIsNotAValueCodec() {
        JavaFileObject src = source("Foo",
                "final class NotACodec {}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidWhen\", set = TestSet.class, lid = 0x8003, type = MapiType.PtypString, section = \"1\")",
                "    @Codec(NotACodec.class)",
                "    java.time.LocalDate when();",
                "}");
        assertOneError(compile(src), src, "OXP-CODEC-TYPE", "test.NotACodec does not implement dev.oxprops.runtime.codec.ValueCodec",
                "@Codec(NotACodec.class)");
    }

    @Test
    void codecWithWrongTypeArguments() {
        JavaFileObject src = source("Foo",
                "final class DayCodec implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, Integer> {",
                "    public Integer encode(java.time.LocalDate d) { return (int) d.toEpochDay(); }",
                "    public java.time.LocalDate decode(Integer i) { return java.time.LocalDate.ofEpochDay(i); }",
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidWhen\", set = TestSet.class, lid = 0x8003, type = MapiType.PtypString, section = \"1\")",
                "    @Codec(DayCodec.class)",
                "    java.time.LocalDate when();",
                "}");
        assertOneError(compile(src), src, "OXP-CODEC-MISMATCH",
                "test.DayCodec converts java.time.LocalDate to java.lang.Integer, but when() returns java.time.LocalDate and "
                        + "PtypString is held as String", "@Codec(DayCodec.class)");
    }

    @Test
    void codecWithoutUsableInstance() {
        JavaFileObject src = source("Foo",
                "final class DayCodec implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                "    private DayCodec() {}",
                "    public String encode(java.time.LocalDate d) { return d.toString(); }",
                "    public java.time.LocalDate decode(String s) { return java.time.LocalDate.parse(s); }",
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidWhen\", set = TestSet.class, lid = 0x8003, type = MapiType.PtypString, section = \"1\")",
                "    @Codec(DayCodec.class)",
                "    java.time.LocalDate when();",
                "}");
        assertOneError(compile(src), src, "OXP-CODEC-INSTANCE",
                "codec test.DayCodec has no usable instance; give it a public no-argument constructor or a public static final INSTANCE field",
                "@Codec(DayCodec.class)");
    }

    @Test
    void usableCodecCompiles() {
        Specs.assertClean(compile(source("Foo",
                "final class DayCodec implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                "    public static final DayCodec INSTANCE = new DayCodec();",
                "    public String encode(java.time.LocalDate d) { return d.toString(); }",
                "    public java.time.LocalDate decode(String s) { return java.time.LocalDate.parse(s); }",
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidWhen\", set = TestSet.class, lid = 0x8003, type = MapiType.PtypString, section = \"1\")",
                "    @Codec(DayCodec.class)",
                "    java.time.LocalDate when();",
                "}")));
    }
}
