package dev.oxprops.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Malformed {@code @Structure} declarations: one located error each. */
class StructureDiagnosticsTest {
    /** The file {@code test/S.java}: imports, then {@code lines}. */
    static JavaFileObject structure(String... lines) {
        return JavaFileObjects.forSourceString("test.S", String.join("\n",
                "package test;",
                "",
                "import dev.oxprops.annotations.structure.*;",
                "import java.util.List;",
                "",
                String.join("\n", lines)) + "\n");
    }

    /** {@code @Structure interface S { members }}. */
    static JavaFileObject members(String... members) {
        return structure("@Structure(name = \"S\", section = \"1\")", "public interface S {", String.join("\n", members), "}");
    }

    @Test
    void aValidStructureCompilesWithoutDiagnostics() {
        Compilation c = compile(members(
                "    @Int(bits = 16) int count();",
                "    @Array(count = \"count\") @Int(bits = 32) List<Integer> values();"));
        assertThat(c).succeeded();
        assertWithMessage("%s", c.diagnostics()).that(c.diagnostics()).isEmpty();
    }

    @Test
    void structureOnAClass() {
        JavaFileObject src = structure("@Structure", "public abstract class S {", "}");
        assertOneError(compile(src), src, "OXP-STRUCT-KIND", "S is class", "@Structure");
    }

    @Test
    void structureOnAGenericInterface() {
        JavaFileObject src = structure("@Structure", "public interface S<T> {", "    @Int(bits = 8) int a();", "}");
        assertOneError(compile(src), src, "OXP-STRUCT-KIND", "S is generic", "@Structure");
    }

    @Test
    void noField() {
        JavaFileObject src = members("    default int a() { return 1; }");
        assertOneError(compile(src), src, "OXP-STRUCT-EMPTY", "structure S declares no field", "@Structure");
    }

    @Test
    void aFieldWithParameters() {
        JavaFileObject src = members("    @Int(bits = 8) int a(int x);");
        assertOneError(compile(src), src, "OXP-STRUCT-METHOD", "field method a must have no parameters", "int a(int x)");
    }

    @Test
    void aReservedName() {
        JavaFileObject src = members("    @Int(bits = 8) int hashCode();");
        assertOneError(compile(src), src, "OXP-STRUCT-RESERVED", "field name hashCode clashes", "int hashCode()");
    }

    @Test
    void noEncoding() {
        JavaFileObject src = members("    int a();");
        assertOneError(compile(src), src, "OXP-STRUCT-ENCODING", "field a() has no encoding", "int a();");
    }

    @Test
    void twoEncodings() {
        JavaFileObject src = members("    @Int(bits = 8) @Minutes int a();");
        assertOneError(compile(src), src, "OXP-STRUCT-ENCODING", "has @Int and @Minutes", "int a();");
    }

    @Test
    void aTypeThatCannotHoldTheEncoding() {
        JavaFileObject src = members("    @Bytes(size = 4) String a();");
        assertOneError(compile(src), src, "OXP-STRUCT-TYPE", "a @Bytes field is held as byte[]", "String a();");
    }

    @Test
    void anIntTooNarrowForItsBits() {
        JavaFileObject src = members("    @Int(bits = 64) int a();");
        assertOneError(compile(src), src, "OXP-STRUCT-TYPE", "int or long (long beyond 32 bits)", "int a();");
    }

    @Test
    void oddBits() {
        JavaFileObject src = members("    @Int(bits = 12) int a();");
        assertOneError(compile(src), src, "OXP-STRUCT-BITS", "@Int(bits = 12) on a()", "bits = 12");
    }

    @Test
    void bytesWithoutLength() {
        JavaFileObject src = members("    @Bytes byte[] a();");
        assertOneError(compile(src), src, "OXP-STRUCT-LENGTH", "a() gives no length", "@Bytes byte[] a();");
    }

    @Test
    void textWithTwoLengths() {
        JavaFileObject src = members("    @Text(size = 4, zeroTerminated = true) String a();");
        assertOneError(compile(src), src, "OXP-STRUCT-LENGTH", "a() gives several lengths", "String a();");
    }

    @Test
    void restBeforeAnotherField() {
        JavaFileObject src = members("    @Bytes(rest = true) byte[] a();", "    @Int(bits = 8) int b();");
        assertOneError(compile(src), src, "OXP-STRUCT-REST", "a() takes the rest of the bytes, but b() follows it", "byte[] a();");
    }

    @Test
    void aCountNamingALaterField() {
        JavaFileObject src = members("    @Array(count = \"n\") @Int(bits = 8) List<Integer> a();", "    @Int(bits = 8) int n();");
        assertOneError(compile(src), src, "OXP-STRUCT-REF", "@Array count = \"n\" on a() names no integer field", "List<Integer> a();");
    }

    @Test
    void aCountThatIsOptional() {
        JavaFileObject src = members(
                "    @Int(bits = 8) int flags();",
                "    @PresentIf(field = \"flags\", anyBits = 1) @Int(bits = 8) Integer n();",
                "    @Bytes(count = \"n\") byte[] a();");
        assertOneError(compile(src), src, "OXP-STRUCT-REF-OPTIONAL", "a() depends on n()", "byte[] a();");
    }

    @Test
    void aConditionWithTwoTests() {
        JavaFileObject src = members(
                "    @Int(bits = 8) int flags();",
                "    @PresentIf(field = \"flags\", anyBits = 1, atLeast = 2) @Int(bits = 8) Integer a();");
        assertOneError(compile(src), src, "OXP-STRUCT-CONDITION", "@PresentIf on a() has several tests", "@PresentIf");
    }

    @Test
    void anOptionalPrimitive() {
        JavaFileObject src = members(
                "    @Int(bits = 8) int flags();",
                "    @PresentIf(field = \"flags\", anyBits = 1) @Int(bits = 8) int a();");
        assertOneError(compile(src), src, "OXP-STRUCT-OPTIONAL", "returns the primitive int, which cannot be absent; return Integer",
                "int a();");
    }

    @Test
    void anExpectedValueTooWide() {
        JavaFileObject src = members("    @Int(bits = 8) @Expect(\"0x100\") int a();");
        assertOneError(compile(src), src, "OXP-STRUCT-VALUE", "does not fit in 8 unsigned bits", "0x100");
    }

    @Test
    void aConstantOfTheWrongLength() {
        JavaFileObject src = members("    @Bytes(size = 2) @Const(\"000102\") byte[] a();");
        assertOneError(compile(src), src, "OXP-STRUCT-VALUE", "3 bytes, but the field is 2 bytes", "000102");
    }

    private static final String INNER = String.join("\n",
            "@Structure",
            "interface Inner {",
            "    @Param int flags();",
            "    @Int(bits = 8) int a();",
            "}");

    @Test
    void tooFewArguments() {
        JavaFileObject src = structure(INNER, "@Structure", "interface S {", "    @Int(bits = 8) int f();", "    Inner inner();", "}");
        assertOneError(compile(src), src, "OXP-STRUCT-ARGS", "inner() passes 0 argument(s) to Inner, which has 1", "Inner inner();");
    }

    @Test
    void anArgumentNamingNoField() {
        JavaFileObject src = structure(INNER, "@Structure", "interface S {", "    @Int(bits = 8) int f();",
                "    @Args(\"g\") Inner inner();", "}");
        assertOneError(compile(src), src, "OXP-STRUCT-ARG", "@Args value \"g\" on inner() names no integer field", "Inner inner();");
    }

    @Test
    void aStructureThatNestsItself() {
        JavaFileObject src = members("    @Int(bits = 8) int a();", "    @PresentIf(bytesRemain = true) S next();");
        assertOneError(compile(src), src, "OXP-STRUCT-CYCLE", "structure S contains itself (next() holds S)", "S next();");
    }

    @Test
    void decodedIntoARecordWithOtherComponents() {
        JavaFileObject src = structure("record Value(int a, long b) {}", "@Structure(as = Value.class)", "interface S {",
                "    @Int(bits = 8) int a();", "    @Int(bits = 8) int b();", "}");
        assertOneError(compile(src), src, "OXP-STRUCT-AS", "its component b (long) is no field of that name and type",
                "@Structure(as");
    }

    @Test
    void decodedIntoAnExistingRecord() {
        Compilation c = compile(structure("record Value(int a, String b) {}",
                "@Structure(as = Value.class, hexCodec = true)", "interface S {",
                "    @Int(bits = 8) int a();", "    @Int(bits = 8) @Const(\"7\") int version();",
                "    @Text(zeroTerminated = true) String b();", "}"));
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("test.SStructure");
        assertThat(c).generatedSourceFile("test.SCodec");
        assertThat(c).generatedSourceFile("test.SHexCodec");
    }
}
