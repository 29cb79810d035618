package dev.oxprops.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.oxprops.processor.OxPropsProcessor;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same identity, canonical name or generated constant twice, and aliases that say so on purpose. */
class DuplicateDiagnosticsTest {
    @Test
    void sameLidTwiceInOneSetIsReportedAtTheSecondLid() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18,",
                "            type = MapiType.PtypInteger32, section = \"2.2.2.5\")",
                "    int flavor();",
                "    @Property(canonical = \"PidLidSharingFlavour\", set = TestSet.class,",
                "            lid = 0x8A18, type = MapiType.PtypInteger32, section = \"2.2.2.5\")",
                "    int flavour();");
        assertOneError(compile(src), src, "OXP-DUP-LID",
                "duplicate LID 0x8A18 in PSETID_Test: PidLidSharingFlavor already has it", "            lid = 0x8A18");
    }

    @Test
    void sameLidInTwoSetsIsNoDuplicate() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidLidA\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"1\")",
                "    int a();",
                "    @Property(canonical = \"PidLidB\", set = OtherSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"1\")",
                "    int b();")));
    }

    @Test
    void internetHeaderNamesCompareCaseInsensitively() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidNameXFoo\", set = Headers.class, name = \"X-Foo\", type = MapiType.PtypString, section = \"1\")",
                "    String xFoo();",
                "    @Property(canonical = \"PidNameXFooLower\", set = Headers.class,",
                "            name = \"x-foo\", type = MapiType.PtypString, section = \"1\")",
                "    String xFooLower();");
        assertOneError(compile(src), src, "OXP-DUP-NAME",
                "duplicate string name \"x-foo\" in PS_INTERNET_HEADERS: PidNameXFoo already has it (names in this set compare "
                        + "case-insensitively)", "name = \"x-foo\"");
    }

    @Test
    void internetHeadersGuidAloneMakesNamesCaseInsensitive() {
        JavaFileObject src = source("Foo",
                "@PropertySet(name = \"MyHeaders\", guid = \"{00020386-0000-0000-c000-000000000046}\")",
                "interface MyHeaders {}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidNameXFoo\", set = MyHeaders.class, name = \"X-Foo\", type = MapiType.PtypString, section = \"1\")",
                "    String xFoo();",
                "    @Property(canonical = \"PidNameXFooUpper\", set = MyHeaders.class, name = \"X-FOO\", type = MapiType.PtypString, section = \"1\")",
                "    String xFooUpper();",
                "}");
        assertOneError(compile(src), src, "OXP-DUP-NAME", "duplicate string name \"X-FOO\"", "name = \"X-FOO\"");
    }

    @Test
    void namesDifferingInCaseAreDistinctInACaseSensitiveSet() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidNameXFoo\", set = PublicStrings.class, name = \"X-Foo\", type = MapiType.PtypString, section = \"1\")",
                "    String xFoo();",
                "    @Property(canonical = \"PidNameXFooLower\", set = PublicStrings.class, name = \"x-foo\", type = MapiType.PtypString, section = \"1\")",
                "    String xFooLower();")));
    }

    @Test
    void sameNameInAnotherSetIsNoDuplicate() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidNameXFoo\", set = Headers.class, name = \"X-Foo\", type = MapiType.PtypString, section = \"1\")",
                "    String xFoo();",
                "    @Property(canonical = \"PidNameXFooPublic\", set = PublicStrings.class, name = \"X-Foo\", type = MapiType.PtypString, section = \"1\")",
                "    String xFooPublic();")));
    }

    @Test
    void sameTagAndTypeTwice() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String subject();",
                "    @Property(canonical = \"PidTagTitle\", type = MapiType.PtypString, section = \"1\",",
                "            tag = 0x0037)",
                "    String title();");
        assertOneError(compile(src), src, "OXP-DUP-TAG", "duplicate tag 0x0037 PtypString: PidTagSubject already has it",
                "tag = 0x0037)");
    }

    @Test
    void sameTagWithAnotherTypeIsAnotherProperty() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidTagOne\", tag = 0x0001, type = MapiType.PtypInteger32, section = \"1\")",
                "    int one();",
                "    @Property(canonical = \"PidTagOneBinary\", tag = 0x0001, type = MapiType.PtypBinary, section = \"1\")",
                "    byte[] oneBinary();")));
    }

    @Test
    void sameCanonicalNameTwice() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String subject();",
                "    @Property(tag = 0x0E1D, type = MapiType.PtypString, section = \"1\",",
                "            canonical = \"PidTagSubject\")",
                "    String normalizedSubject();");
        assertOneError(compile(src), src, "OXP-DUP-CANONICAL", "canonical name PidTagSubject is declared twice",
                "            canonical = \"PidTagSubject\")");
    }

    @Test
    void twoMethodsGivingTheSameConstant() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidRemoteUid\", set = TestSet.class, lid = 0x8A06, type = MapiType.PtypString, section = \"1\")",
                "    String remoteUid();",
                "    @Property(canonical = \"PidLidRemoteUidToo\", set = TestSet.class, lid = 0x8A07, type = MapiType.PtypString, section = \"1\")",
                "    String remoteUID();");
        assertOneError(compile(src), src, "OXP-DUP-ACCESSOR",
                "methods remoteUid() and remoteUID() give the same generated constant REMOTE_UID", "String remoteUID();");
    }

    @Test
    void tagAliasDeclaredOnPurposeCompilesWithBothAccessors() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagEntryId\", tag = 0x0FFF, type = MapiType.PtypBinary, section = \"2.677\")",
                "    byte[] entryId();",
                "    @Property(canonical = \"PidTagMemberEntryId\", tag = 0x0FFF, type = MapiType.PtypBinary, section = \"2.781\",",
                "            aliasOf = \"PidTagEntryId\")",
                "    byte[] memberEntryId();");
        Compilation c = compile(src);
        assertClean(c);
        String accessor = GeneratedSources.text(c, "test.FooAccessor");
        assertTrue(accessor.contains("byte[] getEntryId()") && accessor.contains("byte[] getMemberEntryId()"), accessor);
        String keys = GeneratedSources.text(c, "test.FooKeys");
        assertTrue(keys.contains(" ENTRY_ID") && keys.contains(" MEMBER_ENTRY_ID"), keys);
        assertEquals(2, GeneratedSources.count(keys, "new PropertyId.Tag(0x0FFF)"), keys);
    }

    @Test
    void lidAliasDeclaredOnPurposeCompiles() {
        Compilation c = compile(spec(
                "    @Property(canonical = \"PidLidNonSendableBccTrackStatus\", set = OtherSet.class, lid = 0x8545,",
                "            type = MapiType.PtypInteger32, section = \"2.196\")",
                "    int nonSendableBccTrackStatus();",
                "    @Property(canonical = \"PidLidNonSendBccTrackStatus\", set = OtherSet.class, lid = 0x8545,",
                "            type = MapiType.PtypInteger32, section = \"2.195\", aliasOf = \"PidLidNonSendableBccTrackStatus\")",
                "    int nonSendBccTrackStatus();"));
        assertClean(c);
        String accessor = GeneratedSources.text(c, "test.FooAccessor");
        assertTrue(accessor.contains("int getNonSendBccTrackStatus()")
                && accessor.contains("int getNonSendableBccTrackStatus()"), accessor);
    }

    @Test
    void aliasWithoutAliasOfIsADuplicate() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagEntryId\", tag = 0x0FFF, type = MapiType.PtypBinary, section = \"2.677\")",
                "    byte[] entryId();",
                "    @Property(canonical = \"PidTagMemberEntryId\", type = MapiType.PtypBinary, section = \"2.781\",",
                "            tag = 0x0FFF)",
                "    byte[] memberEntryId();");
        assertOneError(compile(src), src, "OXP-DUP-TAG", "declare aliasOf = \"PidTagEntryId\"", "tag = 0x0FFF)");
    }

    @Test
    void lidAliasWithoutAliasOfIsADuplicate() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidNonSendableBccTrackStatus\", set = OtherSet.class, lid = 0x8545,",
                "            type = MapiType.PtypInteger32, section = \"2.196\")",
                "    int nonSendableBccTrackStatus();",
                "    @Property(canonical = \"PidLidNonSendBccTrackStatus\", set = OtherSet.class, type = MapiType.PtypInteger32,",
                "            lid = 0x8545, section = \"2.195\")",
                "    int nonSendBccTrackStatus();");
        assertOneError(compile(src), src, "OXP-DUP-LID", "duplicate LID 0x8545 in PSETID_Other", "lid = 0x8545, section");
    }

    @Test
    void aliasOfUnknownProperty() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagMemberEntryId\", tag = 0x0FFF, type = MapiType.PtypBinary, section = \"2.781\",",
                "            aliasOf = \"PidTagEntryID\")",
                "    byte[] memberEntryId();");
        assertOneError(compile(src), src, "OXP-ALIAS-UNKNOWN", "aliasOf = \"PidTagEntryID\" names no property of this spec",
                "aliasOf = \"PidTagEntryID\"");
    }

    @Test
    void aliasWithAnotherType() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagEntryId\", tag = 0x0FFF, type = MapiType.PtypBinary, section = \"2.677\")",
                "    byte[] entryId();",
                "    @Property(canonical = \"PidTagMemberEntryId\", tag = 0x0FFF, type = MapiType.PtypString, section = \"2.781\",",
                "            aliasOf = \"PidTagEntryId\")",
                "    String memberEntryId();");
        assertOneError(compile(src), src, "OXP-ALIAS-MISMATCH",
                "PidTagMemberEntryId is declared an alias of PidTagEntryId but its identity or type differs "
                        + "(tag 0x0FFF PtypString vs tag 0x0FFF PtypBinary)", "aliasOf = \"PidTagEntryId\"");
    }

    @Test
    void aliasOfItself() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagEntryId\", tag = 0x0FFF, type = MapiType.PtypBinary, section = \"2.677\",",
                "            aliasOf = \"PidTagEntryId\")",
                "    byte[] entryId();");
        assertOneError(compile(src), src, "OXP-ALIAS-SELF", "PidTagEntryId cannot be an alias of itself",
                "aliasOf = \"PidTagEntryId\"");
    }

    @Test
    void generatedClassCollidingWithAUserType() {
        JavaFileObject user = com.google.testing.compile.JavaFileObjects.forSourceString("test.FooKeys",
                "package test;\n\npublic final class FooKeys {}\n");
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String subject();");
        Observer observer = new Observer("test.FooAccessor", "test.FooValidator");
        Compilation c = Compiler.javac().withProcessors(new OxPropsProcessor(), observer).compile(src, user);
        assertOneError(c, src, "OXP-SPEC-CLASH", "the generated class test.FooKeys would collide with an existing type",
                "@Spec(id = \"MS-TEST\")");
        assertEquals(List.of(), observer.existing, "nothing is generated for a spec with errors");
    }
}
