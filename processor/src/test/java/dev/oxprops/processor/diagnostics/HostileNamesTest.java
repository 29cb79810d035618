package dev.oxprops.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Names the generator used to build by concatenation (issue 12): each of these valid specs gave generated sources
 * that did not compile (two members with one name, a field hiding a type, a user's type hiding java.lang's).
 */
class HostileNamesTest {
    private static final String KIND = "    @Property(canonical = \"PidTagKind\", tag = 0x1001, type = MapiType.PtypInteger32, section = \"1\")";
    private static final String B = "    @Property(canonical = \"PidTagB\", tag = 0x1002, type = MapiType.PtypString, section = \"1\")";

    private static String generated(Compilation c, String name) throws IOException {
        return c.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    }

    @Test
    void discriminatorValuesWhoseMethodsWouldMeetGetTheirOwnMethods() throws IOException {
        Compilation c = compile(spec(KIND, "    @Discriminator",
                "    @OneOf({@Value(name = \"A\", value = \"1\"), @Value(name = \"A_FORBIDDEN\", value = \"2\"),",
                "            @Value(name = \"A1\", value = \"3\"), @Value(name = \"A_1\", value = \"4\")})",
                "    int kind();",
                B, "    @Presence(value = PresenceRule.MUST_NOT, when = {\"A\", \"A_FORBIDDEN\"})",
                "    String b();"));
        assertClean(c);
        String validator = generated(c, "test.FooValidator");
        assertThat(validator).contains("Violations kindAForbidden(");
        assertThat(validator).contains("Violations kindAForbidden2(");
        assertThat(validator).contains("Violations kindA12(");
    }

    @Test
    void aValueNamedValuesLeavesTheEnumItsCache() {
        assertClean(compile(spec(KIND,
                "    @OneOf({@Value(name = \"VALUES\", value = \"1\"), @Value(name = \"ALL_VALUES\", value = \"2\")})",
                "    int kind();")));
    }

    @Test
    void aPropertyNamedLikeAnotherOnesEnumOrRawGetterKeepsItsName() throws IOException {
        Compilation c = compile(
                JavaFileObjects.forSourceString("test.DayCodec", String.join("\n", "package test;",
                        "final class DayCodec implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                        "    public DayCodec() {}",
                        "    public String encode(java.time.LocalDate d) { return d.toString(); }",
                        "    public java.time.LocalDate decode(String s) { return java.time.LocalDate.parse(s); }",
                        "}")),
                spec(KIND, "    @OneOf({@Value(name = \"ONE\", value = \"1\")})", "    int kind();",
                        "    @Property(canonical = \"PidTagKindEnum\", tag = 0x1003, type = MapiType.PtypInteger32, section = \"1\")",
                        "    int kindEnum();",
                        B, "    @Codec(DayCodec.class)", "    java.time.LocalDate a();",
                        "    @Property(canonical = \"PidTagARaw\", tag = 0x1004, type = MapiType.PtypString, section = \"1\")",
                        "    String aRaw();"));
        assertClean(c);
        String accessor = generated(c, "test.FooAccessor");
        assertThat(accessor).contains("public int getKindEnum()");
        assertThat(accessor).contains("public FooKeys.Kind getKindAsEnum()");
        assertThat(accessor).contains("public String getARaw()");
        assertThat(accessor).contains("public String getAAsStored()");
    }

    @Test
    void anEnumNamedLikeTheKeysClassOrAJavaTypeIsRenamed() {
        JavaFileObject audit = JavaFileObjects.forSourceString("test.Audit", Specs.PRELUDE + String.join("\n",
                "@Spec(id = \"MS-AUDIT\")",
                "public interface Audit {",
                KIND, "    @OneOf({@Value(name = \"ONE\", value = \"1\")})", "    int auditKeys();",
                B, "    @OneOf({@Value(name = \"X\", value = \"x\")})", "    String optional();",
                "    @Property(canonical = \"PidTagC\", tag = 0x1003, type = MapiType.PtypString, section = \"1\")",
                "    @OneOf({@Value(name = \"Y\", value = \"y\")})", "    String string();",
                "}"));
        assertClean(compile(audit));
    }

    @Test
    void aPropertyNamedUuidDoesNotHideTheUuidType() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidLidUuid\", set = TestSet.class, lid = 0x8001, type = MapiType.PtypGuid, section = \"1\")",
                "    @Fixed(\"00062040-0000-0000-C000-000000000046\")",
                "    java.util.UUID uuid();")));
    }

    @Test
    void userTypesNamedLikeJavaLangOrJavaUtilTypesInTheSpecsPackage() {
        JavaFileObject types = JavaFileObjects.forSourceString("test.Object", String.join("\n", "package test;",
                "class Object {}", "class String {}", "class Optional {}", "class Map {}", "class Integer {}", "class List {}",
                "class Override {}", "class UUID {}", "class PropertyKey {}", "class Short {}", "class Long {}"));
        JavaFileObject spec = JavaFileObjects.forSourceString("test.Foo", String.join("\n", "package test;",
                "import dev.oxprops.annotations.*;",
                "@PropertySet(name = \"PSETID_Test\", guid = \"00062040-0000-0000-C000-000000000046\")",
                "interface TestSet {}",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidTagKind\", tag = 0x1001, type = MapiType.PtypInteger32, section = \"1\")",
                "    @Discriminator @OneOf({@Value(name = \"ONE\", value = \"1\")})",
                "    int kind();",
                "    @Property(canonical = \"PidTagB\", tag = 0x1002, type = MapiType.PtypString, section = \"1\")",
                "    @OneOf({@Value(name = \"X\", value = \"x\")})",
                "    java.lang.String b();",
                "    @Property(canonical = \"PidLidC\", set = TestSet.class, lid = 0x8001, type = MapiType.PtypGuid, section = \"1\")",
                "    java.util.UUID c();",
                "    @Property(canonical = \"PidTagD\", tag = 0x1003, type = MapiType.PtypMultipleString, section = \"1\")",
                "    java.util.List<java.lang.String> d();",
                "    @Property(canonical = \"PidTagE\", tag = 0x1004, type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidTagKind\", kind = MirrorKind.HEX) java.lang.String e();",
                "    @Property(canonical = \"PidTagF\", tag = 0x1005, type = MapiType.PtypInteger16, section = \"1\")",
                "    short f();",
                "}"));
        assertClean(compile(types, spec));
    }

    @Test
    void generatedClassesNamedLikeRuntimeTypes() {
        assertClean(compile(source("Foo", "@Spec(id = \"MS-TEST\", generatedName = \"Spec\")", "public interface Foo {",
                KIND, "    @Discriminator @OneOf({@Value(name = \"ONE\", value = \"1\")})", "    int kind();", "}")));
    }

    @Test
    void aPropertyNameOf250CharactersWithoutValues() {
        String name = "a" + "b".repeat(249);
        assertClean(compile(spec(B, "    String " + name + "();")));
    }
}
