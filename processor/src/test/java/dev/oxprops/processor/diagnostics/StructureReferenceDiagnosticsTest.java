package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.StructureDiagnosticsTest.members;
import static dev.oxprops.processor.diagnostics.StructureDiagnosticsTest.structure;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Structure} fields whose references, values, conditions or arguments cannot work: one located error each,
 * naming what to write instead; and the declarations next to them that are fine.
 */
class StructureReferenceDiagnosticsTest {
    private static final String FLAGS = "    @Int(bits = 8) int flags();";
    private static final String OPTIONAL_A = "    @PresentIf(field = \"flags\", anyBits = 1) @Int(bits = 8) Integer a();";

    @Test
    void aConditionOnAnOptionalField() {
        JavaFileObject src = members(FLAGS, OPTIONAL_A, "    @PresentIf(field = \"a\", anyBits = 1) @Int(bits = 8) Integer b();");
        assertOneError(compile(src), src, "OXP-STRUCT-REF-OPTIONAL", "b() depends on a(), which is present only under a condition",
                "Integer b();");
    }

    @Test
    void aCountUnderTheSameConditionAsItsFieldIsFine() {
        assertClean(compile(members(FLAGS, OPTIONAL_A,
                "    @PresentIf(field = \"flags\", anyBits = 1) @Bytes(count = \"a\") byte[] b();",
                "    @PresentIf(field = \"flags\", anyBits = 1) @Int(bits = 8) @Expect(\"1\") Integer c();",
                "    @Int(bits = 8) @Expect(\"0xFF\") int d();",
                "    @Int(bits = 8, signed = true) @Expect(\"-1\") int e();",
                "    @Int(bits = 64) @Expect(\"-1\") long f();")));
    }

    @Test
    void aLengthOfNamingNoField() {
        JavaFileObject src = members("    @Int(bits = 8) @LengthOf(\"nope\") int n();", "    @Text(zeroTerminated = true) String m();");
        assertOneError(compile(src), src, "OXP-STRUCT-REF", "@LengthOf = \"nope\" on n() names no integer field or @Param declared "
                + "before it in S; name one of: m", "int n();");
    }

    @Test
    void aLengthOfNamingItself() {
        JavaFileObject src = members("    @Int(bits = 8) @LengthOf(\"n\") int n();");
        assertOneError(compile(src), src, "OXP-STRUCT-REF", "@LengthOf = \"n\" on n() names no integer field or @Param declared "
                + "before it in S; name one of: (none)", "int n();");
    }

    @Test
    void aCountNamingAString() {
        JavaFileObject src = members("    @Int(bits = 8) int n();", "    @Array(count = \"n\") @Int(bits = 8) List<Integer> ns();",
                "    @Text(zeroTerminated = true) String s();", "    @Bytes(count = \"s\") byte[] b();");
        assertOneError(compile(src), src, "OXP-STRUCT-REF", "count = \"s\" on b() names no integer field or @Param declared "
                + "before it in S; name one of: n", "byte[] b();");
    }

    @Test
    void aStructureDecodedIntoARecordCannotBeNested() {
        JavaFileObject src = structure("record V(int a) {}", "@Structure(as = V.class)", "interface Inner {",
                "    @Int(bits = 8) int a();", "}", "@Structure", "interface S {", "    Inner inner();", "}");
        assertOneError(compile(src), src, "OXP-STRUCT-AS", "structure Inner cannot be decoded into test.V: it is nested in S",
                "Inner inner();");
    }

    private static final String ELEMENTS = String.join("\n",
            "@Structure",
            "interface E {",
            "    @Int(bits = 8) int kind();",
            "    @PresentIf(field = \"kind\", anyBits = 1) @Int(bits = 8) Integer opt();",
            "    @Int(bits = 32) long big();",
            "}",
            "@Structure",
            "interface D {",
            "    @Param int k();",
            "    @Int(bits = 8) int a();",
            "}");

    /** S with counts n and m, an array of E counted by n, and an array of D counted by {@code count} given {@code arg}. */
    private static JavaFileObject arrays(String count, String arg) {
        return structure(ELEMENTS, "@Structure", "interface S {", "    @Int(bits = 8) int n();", "    @Int(bits = 8) int m();",
                "    @Array(count = \"n\") List<E> es();",
                "    @Array(count = \"" + count + "\") @Args(\"" + arg + "\") List<D> ds();", "}");
    }

    @Test
    void argumentsFromTheElementAtTheSameIndex() {
        assertClean(compile(arrays("n", "es.kind")));
        JavaFileObject other = arrays("m", "es.kind");
        assertOneError(compile(other), other, "OXP-STRUCT-ARG", "@Args value \"es.kind\" on ds() names no earlier array of structures "
                + "counted by the same field as this one", "List<D> ds();");
        JavaFileObject notArray = arrays("n", "n.kind");
        assertOneError(compile(notArray), notArray, "OXP-STRUCT-ARG", "names no earlier array of structures", "List<D> ds();");
        JavaFileObject optional = arrays("n", "es.opt");
        assertOneError(compile(optional), optional, "OXP-STRUCT-ARG", "@Args value \"es.opt\" on ds() names no always-present "
                + "integer field of E", "List<D> ds();");
        JavaFileObject missing = arrays("n", "es.nope");
        assertOneError(compile(missing), missing, "OXP-STRUCT-ARG", "names no always-present integer field of E", "List<D> ds();");
        JavaFileObject wide = arrays("n", "es.big");
        assertOneError(compile(wide), wide, "OXP-STRUCT-ARG", "@Args value \"es.big\" on ds() is a long, but the parameter k is an int",
                "List<D> ds();");
    }

    private static final String INNER = String.join("\n", "@Structure", "interface Inner {", "    @Param int p();",
            "    @Int(bits = 8) int a();", "}");

    @Test
    void argumentsFromFieldsOfTheEnclosingStructure() {
        JavaFileObject optional = structure(INNER, "@Structure", "interface S {", FLAGS, OPTIONAL_A, "    @Args(\"a\") Inner inner();", "}");
        assertOneError(compile(optional), optional, "OXP-STRUCT-ARG", "@Args value \"a\" on inner() names a field present only under "
                + "a condition", "Inner inner();");
        JavaFileObject wide = structure(INNER, "@Structure", "interface S {", "    @Int(bits = 64) long big();",
                "    @Args(\"big\") Inner inner();", "}");
        assertOneError(compile(wide), wide, "OXP-STRUCT-ARG", "is a long, but the parameter p is an int", "Inner inner();");
        JavaFileObject text = structure(INNER, "@Structure", "interface S {", "    @Text(zeroTerminated = true) String t();",
                "    @Args(\"t\") Inner inner();", "}");
        assertOneError(compile(text), text, "OXP-STRUCT-ARG", "@Args value \"t\" on inner() names no integer field", "Inner inner();");
        assertClean(compile(structure(INNER, "@Structure", "interface S {", FLAGS, OPTIONAL_A,
                "    @PresentIf(field = \"flags\", anyBits = 1) @Args(\"a\") Inner inner();", "}")));
    }

    @Test
    void valuesOnlyIntegersAndBlocksOfAFixedSizeCanHold() {
        JavaFileObject unsized = members("    @Int(bits = 8) int n();", "    @Bytes(count = \"n\") @Const(\"0102\") byte[] a();");
        assertOneError(compile(unsized), unsized, "OXP-STRUCT-VALUE", "a constant block of bytes needs a fixed size = 2", "0102");
        JavaFileObject text = members("    @Text(zeroTerminated = true) @Expect(\"1\") String a();");
        assertOneError(compile(text), text, "OXP-STRUCT-VALUE", "@Expect(\"1\") on a(): only @Int and @Bytes fields take a value", "@Expect(\"1\")");
        JavaFileObject optional = members(FLAGS, "    @PresentIf(field = \"flags\", anyBits = 1) @Int(bits = 8) @Const(\"1\") Integer a();");
        assertOneError(compile(optional), optional, "OXP-STRUCT-VALUE", "an array or (for @Const) an optional field has no single value",
                "@Const(\"1\")");
        JavaFileObject array = members("    @Int(bits = 8) int n();", "    @Array(count = \"n\") @Int(bits = 8) @Expect(\"1\") List<Integer> a();");
        assertOneError(compile(array), array, "OXP-STRUCT-VALUE", "an array or (for @Const) an optional field has no single value",
                "@Expect(\"1\")");
        JavaFileObject negative = members("    @Int(bits = 8) @Expect(\"-1\") int a();");
        assertOneError(compile(negative), negative, "OXP-STRUCT-VALUE", "does not fit in 8 unsigned bits", "-1");
    }

    @Test
    void conditionsThatTestNothingOrTooMuch() {
        JavaFileObject both = members(FLAGS, "    @PresentIf(field = \"flags\", bytesRemain = true) @Int(bits = 8) Integer a();");
        assertOneError(compile(both), both, "OXP-STRUCT-CONDITION", "@PresentIf on a() combines bytesRemain with a field condition",
                "@PresentIf");
        JavaFileObject noField = members(FLAGS, "    @PresentIf(anyBits = 1) @Int(bits = 8) Integer a();");
        assertOneError(compile(noField), noField, "OXP-STRUCT-CONDITION", "@PresentIf on a() names no field", "@PresentIf");
        JavaFileObject noTest = members(FLAGS, "    @PresentIf(field = \"flags\") @Int(bits = 8) Integer a();");
        assertOneError(compile(noTest), noTest, "OXP-STRUCT-CONDITION", "@PresentIf on a() has no test", "@PresentIf");
        JavaFileObject param = members(FLAGS, "    @PresentIf(field = \"flags\", atLeast = 0) @Param Integer p();");
        assertOneError(compile(param), param, "OXP-STRUCT-TYPE", "int or long (a parameter is neither optional nor an array)",
                "Integer p();");
        assertClean(compile(members(FLAGS, "    @PresentIf(field = \"flags\", atLeast = 0) @Int(bits = 8) Integer a();",
                "    @PresentIf(field = \"flags\", values = 0) @Int(bits = 8) Integer b();")));
    }

    @Test
    void anArrayThatIsNoList() {
        JavaFileObject src = members("    @Int(bits = 8) int n();", "    @Array(count = \"n\") @Int(bits = 8) Integer a();");
        assertOneError(compile(src), src, "OXP-STRUCT-TYPE", "field a() returns java.lang.Integer, but a @Int field is held as "
                + "java.util.List<Integer or Long>", "Integer a();");
    }

    @Test
    void twoStructuresThatNestEachOtherAreOneErrorNotACrash() {
        JavaFileObject src = structure("@Structure", "interface T {", "    @Int(bits = 8) int a();",
                "    @PresentIf(bytesRemain = true) S s();", "}", "@Structure(name = \"S\")", "interface S {", "    @Int(bits = 8) int b();",
                "    T t();", "}");
        assertOneError(compile(src), src, "OXP-STRUCT-CYCLE", "structure S contains itself (t() holds T)", "T t();");
    }

    @Test
    void aStructureNestingOneWithAnErrorIsNotGeneratedAndDoesNotCrash() {
        JavaFileObject src = structure("@Structure", "interface Inner {", "    @Int(bits = 12) int a();", "}", "@Structure",
                "interface S {", "    @Int(bits = 8) int b();", "    Inner inner();", "}");
        assertOneError(compile(src), src, "OXP-STRUCT-BITS", "@Int(bits = 12) on a()", "bits = 12");
    }
}
