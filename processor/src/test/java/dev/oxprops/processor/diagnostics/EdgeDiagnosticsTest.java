package dev.oxprops.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Edges of the validator not covered by the catalogue tests: the first address-book tag, which type pairs
 * alsoAccepts allows, binary @OneOf values compared by content, the case-insensitivity hint of duplicate
 * names, several mirror cycles, and the largest spec that may be declared.
 */
class EdgeDiagnosticsTest {
    @Test
    void theFirstNamedRangeTagIsAFineAddressBookTag() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidTagAddressBookFirst\", tag = 0x8000, addressBook = true, type = MapiType.PtypString, section = \"1\")",
                "    String addressBookFirst();")));
    }

    @Test
    void alsoAcceptsTheDocumentedPairs() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidTagBlob\", tag = 0x1001, type = MapiType.PtypBinary, alsoAccepts = MapiType.PtypGuid, section = \"1\")",
                "    byte[] blob();",
                "    @Property(canonical = \"PidTagId\", tag = 0x1002, type = MapiType.PtypGuid, alsoAccepts = MapiType.PtypBinary, section = \"1\")",
                "    java.util.UUID id();",
                "    @Property(canonical = \"PidTagText\", tag = 0x1003, type = MapiType.PtypString, alsoAccepts = MapiType.PtypString8, section = \"1\")",
                "    String text();",
                "    @Property(canonical = \"PidTagText8\", tag = 0x1004, type = MapiType.PtypString8, alsoAccepts = MapiType.PtypString, section = \"1\")",
                "    String text8();",
                "    @Property(canonical = \"PidTagWords\", tag = 0x1005, type = MapiType.PtypMultipleString,",
                "            alsoAccepts = MapiType.PtypMultipleString8, section = \"1\")",
                "    List<String> words();",
                "    @Property(canonical = \"PidTagWords8\", tag = 0x1006, type = MapiType.PtypMultipleString8,",
                "            alsoAccepts = MapiType.PtypMultipleString, section = \"1\")",
                "    List<String> words8();")));
    }

    private static void assertAlsoAcceptsRejected(String type, String javaType, String accepted) {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagA\", tag = 0x1001, type = MapiType." + type + ", section = \"1\",",
                "            alsoAccepts = MapiType." + accepted + ")",
                "    " + javaType + " a();");
        assertOneError(compile(src), src, "OXP-TYPE-ACCEPTS", type + " cannot be read as " + accepted,
                "alsoAccepts = MapiType." + accepted);
    }

    @Test
    void alsoAcceptsItsOwnTypeIsRejected() {
        assertAlsoAcceptsRejected("PtypString", "String", "PtypString");
        assertAlsoAcceptsRejected("PtypMultipleString", "List<String>", "PtypMultipleString");
        assertAlsoAcceptsRejected("PtypGuid", "java.util.UUID", "PtypGuid");
    }

    @Test
    void alsoAcceptsAcrossOtherFamiliesIsRejected() {
        assertAlsoAcceptsRejected("PtypBinary", "byte[]", "PtypString");
        assertAlsoAcceptsRejected("PtypGuid", "java.util.UUID", "PtypString");
        assertAlsoAcceptsRejected("PtypString", "String", "PtypBinary");
        assertAlsoAcceptsRejected("PtypMultipleString", "List<String>", "PtypString8");
        assertAlsoAcceptsRejected("PtypMultipleString", "List<String>", "PtypMultipleBinary");
        assertAlsoAcceptsRejected("PtypMultipleBinary", "List<byte[]>", "PtypMultipleString");
        assertAlsoAcceptsRejected("PtypMultipleInteger32", "List<Integer>", "PtypMultipleInteger16");
    }

    @Test
    void binaryValuesAreComparedByTheirBytes() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagMarker\", tag = 0x1001, type = MapiType.PtypBinary, section = \"1\")",
                "    @OneOf({@Value(name = \"ONE_TWO\", value = \"01 02\"),",
                "            @Value(name = \"SAME\", value = \"0x0102\")})",
                "    byte[] marker();");
        assertOneError(compile(src), src, "OXP-VALUE-DUP", "value 0x0102 is listed twice in @OneOf of PidTagMarker (as ONE_TWO and SAME)",
                "@Value(name = \"SAME\"");
    }

    @Test
    void differentBinaryValuesAreNoDuplicates() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidTagMarker\", tag = 0x1001, type = MapiType.PtypBinary, section = \"1\")",
                "    @OneOf({@Value(name = \"ONE_TWO\", value = \"01 02\"),",
                "            @Value(name = \"ONE_THREE\", value = \"01 03\")})",
                "    byte[] marker();")));
    }

    @Test
    void duplicateNameInACaseSensitiveSetHasNoCaseHint() {
        JavaFileObject src = spec(
                "    @Property(name = \"Keywords\", canonical = \"PidNameKeywords\", set = PublicStrings.class, type = MapiType.PtypString, section = \"1\")",
                "    String keywords();",
                "    @Property(canonical = \"PidNameKeywordsAgain\", set = PublicStrings.class,",
                "            name = \"Keywords\", type = MapiType.PtypString, section = \"1\")",
                "    String keywordsAgain();");
        Compilation c = compile(src);
        assertOneError(c, src, "OXP-DUP-NAME",
                "duplicate string name \"Keywords\" in PS_PUBLIC_STRINGS: PidNameKeywords already has it; give each property its own name",
                "            name = \"Keywords\"");
        assertThat(c.errors().get(0).getMessage(null)).doesNotContain("case-insensitively");
    }

    @Test
    void theInternetHeadersGuidGivesTheCaseHintToo() {
        JavaFileObject src = source("Foo",
                "@PropertySet(name = \"MyHeaders\", guid = \"00020386-0000-0000-C000-000000000046\")",
                "interface MyHeaders {}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidNameXFoo\", set = MyHeaders.class, name = \"X-Foo\", type = MapiType.PtypString, section = \"1\")",
                "    String xFoo();",
                "    @Property(canonical = \"PidNameXFooUpper\", set = MyHeaders.class, name = \"X-FOO\", type = MapiType.PtypString, section = \"1\")",
                "    String xFooUpper();",
                "}");
        assertOneError(compile(src), src, "OXP-DUP-NAME",
                "duplicate string name \"X-FOO\" in MyHeaders: PidNameXFoo already has it (names in this set compare case-insensitively)",
                "name = \"X-FOO\"");
    }

    @Test
    void everyMirrorCycleIsReportedOnce() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidNameA\", set = PublicStrings.class, name = \"A\", type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidNameB\")",
                "    String a();",
                "    @Property(canonical = \"PidNameB\", set = PublicStrings.class, name = \"B\", type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidNameA\")",
                "    String b();",
                "    @Property(canonical = \"PidNameC\", set = PublicStrings.class, name = \"C\", type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidNameD\")",
                "    String c();",
                "    @Property(canonical = \"PidNameD\", set = PublicStrings.class, name = \"D\", type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidNameC\")",
                "    String d();");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[OXP-MIRROR-CYCLE] mirrors form a cycle: PidNameA -> PidNameB -> PidNameA")
                .inFile(src).onLineContaining("@Mirror(of = \"PidNameB\")");
        assertThat(c).hadErrorContaining("[OXP-MIRROR-CYCLE] mirrors form a cycle: PidNameC -> PidNameD -> PidNameC")
                .inFile(src).onLineContaining("@Mirror(of = \"PidNameD\")");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void threeThousandPropertiesAreAllowed() {
        // one deliberate error elsewhere keeps the test from generating and compiling 3,000 accessors
        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= 2999; i++) {
            members.append(String.format("    @Property(canonical = \"PidTagP%d\", tag = 0x%04X, type = MapiType.PtypInteger32, "
                    + "section = \"1\") int p%d();%n", i, i, i));
        }
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-LARGE\")",
                "public interface Foo {",
                members.toString(),
                "    @Property(canonical = \"PidTagLast\", tag = 0xFFFF, type = MapiType.PtypInteger32, section = \"1\")",
                "    int last();",
                "}");
        assertOneError(compile(src), src, "OXP-TAG-RANGE", "tag 0xFFFF is not a property id", "tag = 0xFFFF");
    }
}
