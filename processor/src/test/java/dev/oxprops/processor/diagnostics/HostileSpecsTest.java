package dev.oxprops.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Hostile specs of issue 12 that ended in [OXP-INTERNAL], in generated sources that did not compile, or were
 * accepted though invalid: each is now a located error with a tag, and the valid ones compile.
 */
class HostileSpecsTest {
    private static final String A = "    @Property(canonical = \"PidTagA\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")";

    // --- property sets are known by their GUID

    @Test
    void twoSetsWithOneNameAndDifferentGuidsAreAnError() {
        JavaFileObject src = source("Foo",
                "@PropertySet(name = \"PS-X\", guid = \"11111111-0000-0000-C000-000000000046\") interface SetOne {}",
                "@PropertySet(name = \"PS X\", guid = \"22222222-0000-0000-C000-000000000046\") interface SetTwo {}",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidA\", set = SetOne.class, lid = 0x8001, type = MapiType.PtypString, section = \"1\")",
                "    String a();",
                "    @Property(canonical = \"PidLidB\", set = SetTwo.class, lid = 0x8002, type = MapiType.PtypString, section = \"1\")",
                "    String b();",
                "}");
        assertOneError(compile(src), src, "OXP-SET-CLASH", "property sets PS-X (GUID 11111111", "set = SetTwo.class");
    }

    @Test
    void twoSetTypesWithOneNameAndOneGuidAreOneSet() {
        assertClean(compile(source("Foo",
                "@PropertySet(name = \"PS_X\", guid = \"11111111-0000-0000-C000-000000000046\") interface SetOne {}",
                "@PropertySet(name = \"PS_X\", guid = \"{11111111-0000-0000-c000-000000000046}\") interface SetTwo {}",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidA\", set = SetOne.class, lid = 0x8001, type = MapiType.PtypString, section = \"1\")",
                "    String a();",
                "    @Property(canonical = \"PidLidB\", set = SetTwo.class, lid = 0x8002, type = MapiType.PtypString, section = \"1\")",
                "    String b();",
                "}")));
    }

    @Test
    void aGuidWithOnlyAnOpeningBraceIsMalformed() {
        JavaFileObject src = source("Foo",
                "@PropertySet(name = \"PS_X\", guid = \"{11111111-0000-0000-C000-000000000046\") interface SetOne {}",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidA\", set = SetOne.class, lid = 0x8001, type = MapiType.PtypString, section = \"1\")",
                "    String a();",
                "}");
        assertOneError(compile(src), src, "OXP-SET-GUID", "malformed GUID", "guid = \"{11111111");
    }

    // --- generated names and files

    @Test
    void twoSpecsWithOneGeneratedNameAreAClashNotAnInternalError() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-ONE\", generatedName = \"Same\")", "interface One {", A, "    String a();", "}",
                "@Spec(id = \"MS-TWO\", generatedName = \"Same\")", "public interface Foo {", A, "    String a();", "}");
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[OXP-SPEC-TWICE] the generated class test.SameKeys would also be generated for spec test.")
                .inFile(src);
        assertThat(c.errors().get(0).getMessage(null)).doesNotContain("OXP-INTERNAL");
    }

    @Test
    void outerInnerBesideOuterDotInnerIsAClash() {
        JavaFileObject src = source("Outer",
                "@Spec(id = \"MS-ONE\")", "interface OuterInner {", A, "    String a();", "}",
                "public interface Outer {",
                "    @Spec(id = \"MS-TWO\")", "    interface Inner {", A, "        String a();", "    }",
                "}");
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[OXP-SPEC-TWICE] the generated class test.OuterInnerKeys").inFile(src);
    }

    @Test
    void aGeneratedNameTooLongForAFileIsLocated() {
        String name = "G" + "x".repeat(299);
        JavaFileObject src = source("Foo", "@Spec(id = \"MS-TEST\", generatedName = \"" + name + "\")", "public interface Foo {",
                A, "    String a();", "}");
        assertOneError(compile(src), src, "OXP-NAME-LONG", "more than the 255 a file system allows", "generatedName");
    }

    @Test
    void aPropertyNameTooLongForItsEnumsFileIsLocated() {
        String name = "a" + "b".repeat(249);
        JavaFileObject src = spec(A, "    @OneOf({@Value(name = \"X\", value = \"x\")})", "    String " + name + "();");
        assertOneError(compile(src), src, "OXP-NAME-LONG", "shorten the name of " + name + "()", "String " + name);
    }

    // --- float and time literals

    @Test
    void aFloatBeyondItsTypeIsAnErrorNotInfinity() {
        JavaFileObject src = spec("    @Property(canonical = \"PidTagF\", tag = 0x1001, type = MapiType.PtypFloating32, section = \"1\")",
                "    @Fixed(\"1e39\")", "    float f();");
        assertOneError(compile(src), src, "OXP-VALUE-TYPE", "1e39 is beyond the largest PtypFloating32", "@Fixed(\"1e39\")");
    }

    @Test
    void aFloatThatWouldBecomeZeroIsAnError() {
        JavaFileObject src = spec("    @Property(canonical = \"PidTagF\", tag = 0x1001, type = MapiType.PtypFloating32, section = \"1\")",
                "    @Fixed(\"1e-50\")", "    float f();");
        assertOneError(compile(src), src, "OXP-VALUE-TYPE", "would become 0", "@Fixed(\"1e-50\")");
    }

    @Test
    void nanAndInfinitiesWrittenAsSuchAreValues() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidTagF\", tag = 0x1001, type = MapiType.PtypFloating32, section = \"1\")",
                "    @Fixed(\"NaN\")", "    float f();",
                "    @Property(canonical = \"PidTagG\", tag = 0x1002, type = MapiType.PtypFloating32, section = \"1\")",
                "    @Fixed(\"-Infinity\")", "    float g();",
                "    @Property(canonical = \"PidTagH\", tag = 0x1003, type = MapiType.PtypFloating64, section = \"1\")",
                "    @Fixed(\"Infinity\")", "    double h();",
                "    @Property(canonical = \"PidTagI\", tag = 0x1004, type = MapiType.PtypFloating64, section = \"1\")",
                "    @Fixed(\"0e5\")", "    double i();")));
    }

    @Test
    void aTimeOutsideFiletimesRangeIsAnError() {
        JavaFileObject src = spec("    @Property(canonical = \"PidTagT\", tag = 0x1001, type = MapiType.PtypTime, section = \"1\")",
                "    @Fixed(\"1600-12-31T23:59:59Z\")", "    java.time.Instant t();");
        assertOneError(compile(src), src, "OXP-VALUE-TYPE", "a PtypTime (FILETIME) lies between", "@Fixed(");
    }

    // --- codecs and types the generated code cannot reach

    private static final String CODEC_BODY =
            "        public String encode(java.time.LocalDate d) { return d.toString(); }\n"
            + "        public java.time.LocalDate decode(String s) { return java.time.LocalDate.parse(s); }";

    private static JavaFileObject withCodec(String codecRef, String... holder) {
        String[] lines = new String[holder.length + 6];
        System.arraycopy(holder, 0, lines, 0, holder.length);
        int i = holder.length;
        lines[i++] = "@Spec(id = \"MS-TEST\")";
        lines[i++] = "public interface Foo {";
        lines[i++] = "    @Property(canonical = \"PidTagWhen\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")";
        lines[i++] = "    @Codec(" + codecRef + ")";
        lines[i++] = "    java.time.LocalDate when();";
        lines[i] = "}";
        return source("Foo", lines);
    }

    @Test
    void aNonStaticInnerCodecHasNoUsableInstance() {
        JavaFileObject src = withCodec("Holder.Day.class", "class Holder {",
                "    public class Day implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                "        public Day() {}", CODEC_BODY, "    }", "}");
        assertOneError(compile(src), src, "OXP-CODEC-INSTANCE", "codec test.Holder.Day has no usable instance", "@Codec(");
    }

    @Test
    void anInstanceOfAnotherTypeIsNoUsableInstance() {
        JavaFileObject src = withCodec("Day.class",
                "final class Day implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                "    public static final Object INSTANCE = new Day();", "    private Day() {}", CODEC_BODY, "}");
        assertOneError(compile(src), src, "OXP-CODEC-INSTANCE", "codec test.Day has no usable instance", "@Codec(");
    }

    @Test
    void aPrivateNestedCodecIsNotAccessible() {
        JavaFileObject src = source("Foo",
                "public interface Foo {",
                "    @Spec(id = \"MS-TEST\") interface Inner {",
                "        @Property(canonical = \"PidTagWhen\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")",
                "        @Codec(Holder.Day.class)",
                "        java.time.LocalDate when();",
                "    }",
                "    class Holder {",
                "        private static final class Day implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                "            public static final Day INSTANCE = new Day();", CODEC_BODY, "        }",
                "    }",
                "}");
        assertOneError(compile(src), src, "OXP-TYPE-ACCESS", "codec test.Foo.Holder.Day is not accessible from package test",
                "@Codec(");
    }

    @Test
    void aPrivateReturnTypeIsNotAccessible() {
        JavaFileObject src = source("Foo",
                "public class Foo {",
                "    private static final class Secret {}",
                "    @Spec(id = \"MS-TEST\") interface Inner {",
                "        @Property(canonical = \"PidTagWhen\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")",
                "        @Codec(SecretCodec.class)",
                "        Secret when();",
                "    }",
                "    public static final class SecretCodec implements dev.oxprops.runtime.codec.ValueCodec<Secret, String> {",
                "        public String encode(Secret s) { return \"\"; }",
                "        public Secret decode(String s) { return new Secret(); }",
                "    }",
                "}");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[OXP-TYPE-ACCESS] the type test.Foo.Secret that when() returns is not accessible")
                .inFile(src).onLineContaining("Secret when()");
    }

    // --- accepted but invalid

    @Test
    void twoInheritedDeclarationsWithDifferentIdentitiesAreAConflictOnTheSpec() {
        JavaFileObject src = source("Foo",
                "interface A1 {", "    @Property(canonical = \"PidTagX\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")",
                "    String foo();", "}",
                "interface B1 {", "    @Property(canonical = \"PidTagY\", tag = 0x1002, type = MapiType.PtypString, section = \"1\")",
                "    String foo();", "}",
                "@Spec(id = \"MS-TEST\")", "public interface Foo extends A1, B1 {", "}");
        assertOneError(compile(src), src, "OXP-INHERIT-CONFLICT", "foo() is inherited from test.B1 and from test.A1",
                "public interface Foo");
    }

    @Test
    void aPropertyOnADefaultOrStaticMethodIsAnError() {
        JavaFileObject src = spec(A, "    default String a() { return \"\"; }",
                "    @Property(canonical = \"PidTagB\", tag = 0x1002, type = MapiType.PtypString, section = \"1\")",
                "    String b();");
        assertOneError(compile(src), src, "OXP-METHOD-BODY", "a() is a default method", "PidTagA");
    }

    @Test
    void aliasesThatAliasEachOtherAreAnError() {
        Compilation c = compile(spec(
                "    @Property(canonical = \"PidTagA\", tag = 0x1001, type = MapiType.PtypString, section = \"1\", aliasOf = \"PidTagB\")",
                "    String a();",
                "    @Property(canonical = \"PidTagB\", tag = 0x1001, type = MapiType.PtypString, section = \"1\", aliasOf = \"PidTagA\")",
                "    String b();"));
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[OXP-ALIAS-CHAIN] PidTagA is an alias of PidTagB, which is itself an alias");
    }

    @Test
    void aMirrorOfItsOwnAliasIsAMirrorOfItself() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagA\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")",
                "    String a();",
                "    @Property(canonical = \"PidTagB\", tag = 0x1001, type = MapiType.PtypString, section = \"1\", aliasOf = \"PidTagA\")",
                "    @Mirror(of = \"PidTagA\")",
                "    String b();");
        assertOneError(compile(src), src, "OXP-MIRROR-SELF", "PidTagB cannot mirror itself", "@Mirror(of = \"PidTagA\")");
    }

    @Test
    void anAliasWithOtherPresenceThanItsTargetIsAnError() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagA\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")",
                "    @Presence(PresenceRule.REQUIRED)",
                "    String a();",
                "    @Property(canonical = \"PidTagB\", tag = 0x1001, type = MapiType.PtypString, section = \"1\", aliasOf = \"PidTagA\")",
                "    @Presence(PresenceRule.MUST_NOT)",
                "    String b();");
        assertOneError(compile(src), src, "OXP-ALIAS-PRESENCE", "PidTagB and its alias target PidTagA", "@Presence(PresenceRule.MUST_NOT)");
    }

    @Test
    void aFixedValueThatContradictsZeroLengthOrStartsWith() {
        JavaFileObject zero = spec(A, "    @Fixed(\"abc\") @ZeroLength", "    String a();");
        assertOneError(compile(zero), zero, "OXP-RULE-CONTRADICTION", "@Fixed(\"abc\") of PidTagA contradicts its @ZeroLength",
                "@Fixed(\"abc\")");
        JavaFileObject starts = spec(A, "    @Fixed(\"IPM.Note\") @StartsWith(\"IPM.Sharing\")", "    String a();");
        assertOneError(compile(starts), starts, "OXP-RULE-CONTRADICTION", "contradicts its @StartsWith(\"IPM.Sharing\")",
                "@Fixed(\"IPM.Note\")");
        assertClean(compile(spec(A, "    @Fixed(\"ipm.sharing.x\") @StartsWith(value = \"IPM.Sharing\", ignoreCase = true)",
                "    String a();")));
    }

    // --- rejected but valid

    @Test
    void aGenericSuperInterfaceGivesItsTypeArgument() {
        assertClean(compile(source("Foo",
                "interface Base<T> {", A, "    T a();", "}",
                "@Spec(id = \"MS-TEST\")", "public interface Foo extends Base<String> {", "}")));
    }

    @Test
    void aRedeclaredToStringIsNoProperty() {
        assertClean(compile(spec(A, "    String a();", "    @Override String toString();", "    int hashCode();")));
    }

    @Test
    void aRefToAnInheritedOrItselfReferencedProperty() {
        assertClean(compile(source("Foo",
                "interface Root {", A, "    String a();", "}",
                "interface Middle extends Root {}",
                "interface Again {", "    @Ref(in = Root.class) String a();", "}",
                "@Spec(id = \"MS-TEST\")", "public interface Foo {",
                "    @Ref(in = Middle.class, canonical = \"PidTagA\") String a();",
                "}",
                "@Spec(id = \"MS-BAR\")", "interface Bar {",
                "    @Ref(in = Again.class) String a();",
                "}")));
    }

    @Test
    void aUnicodeConstantName() {
        assertClean(compile(spec(A, "    @OneOf({@Value(name = \"\u00c4RGER\", value = \"x\"), @Value(name = \"\u00dcBEL_2\", value = \"y\")})",
                "    String a();")));
    }

    // --- misplaced errors

    @Test
    void twoInheritedDiscriminatorsAreReportedOnTheSpecThatJoinsThem() {
        JavaFileObject src = source("Foo",
                "interface A1 {", "    @Property(canonical = \"PidTagX\", tag = 0x1001, type = MapiType.PtypInteger32, section = \"1\")",
                "    @Discriminator @OneOf(@Value(name = \"ONE\", value = \"1\")) int x();", "}",
                "interface B1 {", "    @Property(canonical = \"PidTagY\", tag = 0x1002, type = MapiType.PtypInteger32, section = \"1\")",
                "    @Discriminator @OneOf(@Value(name = \"ONE\", value = \"1\")) int y();", "}",
                "@Spec(id = \"MS-TEST\")", "public interface Foo extends A1, B1 {", "}");
        assertOneError(compile(src), src, "OXP-DISC-TWICE", "PidTagY is marked @Discriminator but PidTagX already is",
                "@Spec(id = \"MS-TEST\")");
    }

    @Test
    void aDuplicateBetweenTwoSupertypesIsReportedOnTheSpec() {
        JavaFileObject src = source("Foo",
                "interface A1 {", "    @Property(canonical = \"PidTagX\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")",
                "    String x();", "}",
                "interface B1 {", "    @Property(canonical = \"PidTagY\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")",
                "    String y();", "}",
                "@Spec(id = \"MS-TEST\")", "public interface Foo extends A1, B1 {", "}");
        assertOneError(compile(src), src, "OXP-DUP-TAG", "duplicate tag 0x1001", "@Spec(id = \"MS-TEST\")");
    }
}
