package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How a property is identified: LID, string name or tag, and its property set. */
class IdentityDiagnosticsTest {
    @Test
    void twoIdentitiesOnOneProperty() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidA\", set = TestSet.class, lid = 0x8001,",
                "            name = \"A\", type = MapiType.PtypInteger32, section = \"1\")",
                "    int a();");
        assertOneError(compile(src), src, "OXP-ID-SEVERAL", "PidLidA has a lid and a name", "name = \"A\"");
    }

    @Test
    void lidAndTagOnOneProperty() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidA\", lid = 0x8001,",
                "            tag = 0x0037, type = MapiType.PtypInteger32, section = \"1\")",
                "    int a();");
        assertOneError(compile(src), src, "OXP-ID-SEVERAL", "a lid and a tag", "tag = 0x0037");
    }

    @Test
    void noIdentity() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidA\", set = TestSet.class, type = MapiType.PtypInteger32, section = \"1\")",
                "    int a();");
        assertOneError(compile(src), src, "OXP-ID-NONE", "property PidLidA has no identity", "canonical = \"PidLidA\"");
    }

    @Test
    void malformedGuidIsReportedAtTheGuidOnce() {
        JavaFileObject src = source("Foo",
                "@PropertySet(name = \"PSETID_Bad\",",
                "        guid = \"00062040-0000-0000-C000-00000000004\")",
                "interface BadSet {}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidA\", set = BadSet.class, lid = 0x8001, type = MapiType.PtypInteger32, section = \"1\")",
                "    int a();",
                "    @Property(canonical = \"PidLidB\", set = BadSet.class, lid = 0x8002, type = MapiType.PtypInteger32, section = \"1\")",
                "    int b();",
                "}");
        assertOneError(compile(src), src, "OXP-SET-GUID", "property set PSETID_Bad has a malformed GUID",
                "guid = \"00062040-0000-0000-C000-00000000004\")");
    }

    @Test
    void setWithoutPropertySetAnnotation() {
        JavaFileObject src = source("Foo",
                "interface NotASet {}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidA\", lid = 0x8001,",
                "            set = NotASet.class, type = MapiType.PtypInteger32, section = \"1\")",
                "    int a();",
                "}");
        assertOneError(compile(src), src, "OXP-SET-UNKNOWN", "test.NotASet is not a property set", "set = NotASet.class");
    }

    @Test
    void emptySetName() {
        JavaFileObject src = source("Foo",
                "@PropertySet(name = \" \", guid = \"00062041-0000-0000-C000-000000000046\")",
                "interface Nameless {}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidA\", set = Nameless.class, lid = 0x8001, type = MapiType.PtypInteger32, section = \"1\")",
                "    int a();",
                "}");
        assertOneError(compile(src), src, "OXP-SET-NAME", "property set name must not be empty", "name = \" \"");
    }

    @Test
    void namedPropertyWithoutSet() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidA\", lid = 0x8001, type = MapiType.PtypInteger32, section = \"1\")",
                "    int a();");
        assertOneError(compile(src), src, "OXP-SET-MISSING", "named property PidLidA needs a property set", "PidLidA");
    }

    @Test
    void taggedPropertyWithSet() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagA\", tag = 0x0037, type = MapiType.PtypString, section = \"1\",",
                "            set = TestSet.class)",
                "    String a();");
        assertOneError(compile(src), src, "OXP-SET-TAG", "tagged property PidTagA must not name a property set",
                "set = TestSet.class)");
    }

    @Test
    void tagZero() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagA\", type = MapiType.PtypString, section = \"1\",",
                "            tag = 0x0000)",
                "    String a();");
        assertOneError(compile(src), src, "OXP-TAG-RANGE", "tag 0x0000 is not a property id", "tag = 0x0000");
    }

    @Test
    void tagFfff() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagA\", type = MapiType.PtypString, section = \"1\",",
                "            tag = 0xFFFF)",
                "    String a();");
        assertOneError(compile(src), src, "OXP-TAG-RANGE", "tag 0xFFFF is not a property id", "tag = 0xFFFF");
    }

    @Test
    void tagInNamedRangeWithoutAddressBook() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagA\", type = MapiType.PtypString, section = \"1\",",
                "            tag = 0x8C9E)",
                "    String a();");
        assertOneError(compile(src), src, "OXP-TAG-NAMED-RANGE", "tag 0x8C9E lies in the named-property range",
                "tag = 0x8C9E");
    }

    @Test
    void tagInNamedRangeWithAddressBookCompiles() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidTagAddressBookX\", tag = 0x8C9E, addressBook = true,",
                "            type = MapiType.PtypString, section = \"1\")",
                "    String a();")));
    }

    @Test
    void lidOutOfRange() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidA\", set = TestSet.class, type = MapiType.PtypInteger32, section = \"1\",",
                "            lid = 0x1_0000_0000L)",
                "    int a();");
        assertOneError(compile(src), src, "OXP-LID-RANGE", "LID 0x100000000 is outside", "lid = 0x1_0000_0000L");
    }

    @Test
    void blankStringName() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidNameA\", set = PublicStrings.class, type = MapiType.PtypString, section = \"1\",",
                "            name = \"  \")",
                "    String a();");
        assertOneError(compile(src), src, "OXP-NAME-EMPTY", "the string name of PidNameA must not be blank", "name = \"  \"");
    }

    @Test
    void emptyCanonicalName() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String a();");
        assertOneError(compile(src), src, "OXP-CANONICAL", "canonical must not be empty", "canonical = \"\"");
    }

    @Test
    void unusableMapiType() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagA\", tag = 0x0037, section = \"1\",",
                "            type = MapiType.PtypUnspecified)",
                "    String a();");
        assertOneError(compile(src), src, "OXP-TYPE-UNUSABLE", "PtypUnspecified cannot be the type of a property",
                "type = MapiType.PtypUnspecified");
    }

    @Test
    void alsoAcceptsAnUnrelatedType() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagA\", tag = 0x0037, type = MapiType.PtypInteger32, section = \"1\",",
                "            alsoAccepts = MapiType.PtypString)",
                "    int a();");
        assertOneError(compile(src), src, "OXP-TYPE-ACCEPTS", "PtypInteger32 cannot be read as PtypString",
                "alsoAccepts = MapiType.PtypString");
    }

    @Test
    void misspeltEnumConstantIsJavacsErrorNotACrash() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagA\", tag = 0x0037, section = \"1\",",
                "            type = MapiType.PtypStrnig)",
                "    String a();");
        com.google.testing.compile.Compilation c = compile(src);
        com.google.testing.compile.CompilationSubject.assertThat(c).hadErrorContaining("PtypStrnig")
                .inFile(src).onLineContaining("type = MapiType.PtypStrnig");
        com.google.common.truth.Truth.assertThat(Specs.messages(c.errors()).toString()).doesNotContain("OXP-INTERNAL");
    }
}
