package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The edges of the checks: the last legal values pass, the first illegal ones fail, Java types element by element. */
class BoundaryDiagnosticsTest {
    @Test
    void theExtremeLegalIdentitiesCompile() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidLidLast\", set = TestSet.class, lid = 0xFFFFFFFFL, type = MapiType.PtypInteger32, section = \"1\")",
                "    int last();",
                "    @Property(canonical = \"PidLidFirst\", set = TestSet.class, lid = 0, type = MapiType.PtypInteger32, section = \"1\")",
                "    int first();",
                "    @Property(canonical = \"PidTagFirst\", tag = 0x0001, type = MapiType.PtypInteger32, section = \"1\")",
                "    int tagFirst();",
                "    @Property(canonical = \"PidTagLastUnnamed\", tag = 0x7FFF, type = MapiType.PtypInteger32, section = \"1\")",
                "    int tagLastUnnamed();",
                "    @Property(canonical = \"PidTagAddressBookLast\", tag = 0xFFFE, addressBook = true, type = MapiType.PtypString, section = \"1\")",
                "    String addressBookLast();")));
    }

    @Test
    void aLidJustOutOfRange() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidTooBig\", set = TestSet.class, lid = 0x100000000L, type = MapiType.PtypInteger32, section = \"1\")",
                "    int tooBig();");
        assertOneError(compile(src), src, "OXP-LID-RANGE", "LID 0x100000000 is outside 0x00000000-0xFFFFFFFF", "lid = 0x100000000L");
    }

    @Test
    void theFirstNamedRangeTag() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagNamed\", tag = 0x8000, type = MapiType.PtypInteger32, section = \"1\")",
                "    int named();");
        assertOneError(compile(src), src, "OXP-TAG-NAMED-RANGE", "tag 0x8000 lies in the named-property range", "tag = 0x8000");
    }

    @Test
    void aListOfTheWrongElementClass() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidNameKeywords\", set = PublicStrings.class, name = \"Keywords\", type = MapiType.PtypMultipleString, section = \"1\")",
                "    List<Integer> keywords();");
        assertOneError(compile(src), src, "OXP-JAVA-TYPE", "cannot carry PtypMultipleString; return List<String>",
                "List<Integer> keywords();");
    }

    @Test
    void aStringForBinary() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagBody\", tag = 0x1009, type = MapiType.PtypBinary, section = \"1\")",
                "    String body();");
        assertOneError(compile(src), src, "OXP-JAVA-TYPE", "cannot carry PtypBinary; return byte[]", "String body();");
    }

    @Test
    void bytesForAString() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    byte[] subject();");
        assertOneError(compile(src), src, "OXP-JAVA-TYPE", "cannot carry PtypString; return String", "byte[] subject();");
    }

    @Test
    void intsForBytes() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagBlob\", tag = 0x1010, type = MapiType.PtypBinary, section = \"1\")",
                "    int[] blob();");
        assertOneError(compile(src), src, "OXP-JAVA-TYPE", "cannot carry PtypBinary", "int[] blob();");
    }

    @Test
    void boxedAndListTypesThatFitCompile() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidTagCount\", tag = 0x1011, type = MapiType.PtypInteger32, section = \"1\")",
                "    Integer count();",
                "    @Property(canonical = \"PidTagFlags\", tag = 0x1012, type = MapiType.PtypMultipleInteger32, section = \"1\")",
                "    List<Integer> flags();",
                "    @Property(canonical = \"PidTagBlobs\", tag = 0x1013, type = MapiType.PtypMultipleBinary, section = \"1\")",
                "    List<byte[]> blobs();",
                "    @Property(canonical = \"PidTagWhen\", tag = 0x1014, type = MapiType.PtypTime, section = \"1\")",
                "    java.time.Instant when();")));
    }

    @Test
    void aRawListIsNotEnough() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagFlags\", tag = 0x1012, type = MapiType.PtypMultipleInteger32, section = \"1\")",
                "    @SuppressWarnings(\"rawtypes\") List flags();");
        assertOneError(compile(src), src, "OXP-JAVA-TYPE", "cannot carry PtypMultipleInteger32; return List<Integer>",
                "List flags();");
    }
}
