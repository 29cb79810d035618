package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @WellFormed} where it cannot be checked: each mistake is one error on the annotation. */
class WellFormedDiagnosticsTest {
    @Test
    void aBinaryPropertyWithoutCodec() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidBlob\", set = TestSet.class, lid = 0x8510, type = MapiType.PtypBinary, section = \"2\")",
                "    @WellFormed",
                "    byte[] blob();");
        assertOneError(compile(src), src, "OXP-WELLFORMED-CODEC", "@WellFormed on PidLidBlob, which has no @Codec", "@WellFormed");
    }

    @Test
    void aCodecThatIsNoStructureCodec() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidBlob\", set = TestSet.class, lid = 0x8510, type = MapiType.PtypBinary, section = \"2\")",
                "    @Codec(Foo.Raw.class)",
                "    @WellFormed(level = Level.SHOULD)",
                "    String blob();",
                "    final class Raw implements dev.oxprops.runtime.codec.ValueCodec<String, byte[]> {",
                "        public static final Raw INSTANCE = new Raw();",
                "        public byte[] encode(String v) { return v.getBytes(java.nio.charset.StandardCharsets.UTF_8); }",
                "        public String decode(byte[] v) { return new String(v, java.nio.charset.StandardCharsets.UTF_8); }",
                "    }");
        assertOneError(compile(src), src, "OXP-WELLFORMED-CODEC",
                "has the codec test.Foo.Raw, which is not a StructureCodec", "@WellFormed(level = Level.SHOULD)");
    }

    @Test
    void aPropertyThatIsNotBinary() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidTitle\", set = TestSet.class, lid = 0x8502, type = MapiType.PtypString, section = \"2\")",
                "    @WellFormed",
                "    String title();");
        assertOneError(compile(src), src, "OXP-RULE-TYPE", "@WellFormed does not apply to PidLidTitle", "@WellFormed");
    }
}
