package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Which codec classes the generated code can get an instance of: a public static final INSTANCE, or a
 * public no-argument constructor of a concrete class; and codecs that are no class at all.
 */
class CodecInstanceDiagnosticsTest {
    private static final String CODEC_BODY =
            "    public String encode(java.time.LocalDate d) { return d.toString(); }\n"
            + "    public java.time.LocalDate decode(String s) { return java.time.LocalDate.parse(s); }";

    /** A spec whose one property uses {@code @Codec(<codec>)}, after the given declarations. */
    private static JavaFileObject withCodec(String codec, String... declarations) {
        String[] lines = new String[declarations.length + 7];
        System.arraycopy(declarations, 0, lines, 0, declarations.length);
        int i = declarations.length;
        lines[i++] = "";
        lines[i++] = "@Spec(id = \"MS-TEST\")";
        lines[i++] = "public interface Foo {";
        lines[i++] = "    @Property(canonical = \"PidLidWhen\", set = TestSet.class, lid = 0x8003, type = MapiType.PtypString, section = \"1\")";
        lines[i++] = "    @Codec(" + codec + ")";
        lines[i++] = "    java.time.LocalDate when();";
        lines[i] = "}";
        return source("Foo", lines);
    }

    @Test
    void aPublicNoArgumentConstructorIsEnough() {
        assertClean(compile(withCodec("DayCodec.class",
                "final class DayCodec implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                "    public DayCodec() {}",
                CODEC_BODY,
                "}")));
    }

    @Test
    void aConstructorThatTakesAnArgumentIsNoUsableInstance() {
        JavaFileObject src = withCodec("DayCodec.class",
                "final class DayCodec implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                "    public DayCodec(int ignored) {}",
                CODEC_BODY,
                "}");
        assertOneError(compile(src), src, "OXP-CODEC-INSTANCE", "codec test.DayCodec has no usable instance", "@Codec(DayCodec.class)");
    }

    @Test
    void aPackagePrivateConstructorIsNoUsableInstance() {
        JavaFileObject src = withCodec("DayCodec.class",
                "final class DayCodec implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                "    DayCodec() {}",
                CODEC_BODY,
                "}");
        assertOneError(compile(src), src, "OXP-CODEC-INSTANCE", "codec test.DayCodec has no usable instance", "@Codec(DayCodec.class)");
    }

    @Test
    void anAbstractClassCannotBeInstantiated() {
        JavaFileObject src = withCodec("DayCodec.class",
                "abstract class DayCodec implements dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                "    public DayCodec() {}",
                CODEC_BODY,
                "}");
        assertOneError(compile(src), src, "OXP-CODEC-INSTANCE", "codec test.DayCodec has no usable instance", "@Codec(DayCodec.class)");
    }

    @Test
    void anInterfaceWithAnInstanceFieldIsUsable() {
        assertClean(compile(withCodec("DayCodec.class",
                "interface DayCodec extends dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {",
                "    DayCodec INSTANCE = new DayCodec() {",
                CODEC_BODY,
                "    };",
                "}")));
    }

    @Test
    void anInterfaceWithoutAnInstanceFieldIsNot() {
        JavaFileObject src = withCodec("DayCodec.class",
                "interface DayCodec extends dev.oxprops.runtime.codec.ValueCodec<java.time.LocalDate, String> {}");
        assertOneError(compile(src), src, "OXP-CODEC-INSTANCE", "codec test.DayCodec has no usable instance", "@Codec(DayCodec.class)");
    }

    @Test
    void aPrimitiveClassIsNoCodec() {
        JavaFileObject src = withCodec("int.class");
        assertOneError(compile(src), src, "OXP-CODEC-TYPE", "int does not implement dev.oxprops.runtime.codec.ValueCodec",
                "@Codec(int.class)");
    }

    @Test
    void aRawValueCodecSaysNothingAboutItsTypes() {
        JavaFileObject src = withCodec("RawCodec.class",
                "@SuppressWarnings(\"rawtypes\")",
                "final class RawCodec implements dev.oxprops.runtime.codec.ValueCodec {",
                "    public static final RawCodec INSTANCE = new RawCodec();",
                "    public Object encode(Object d) { return d.toString(); }",
                "    public Object decode(Object s) { return java.time.LocalDate.parse((String) s); }",
                "}");
        assertOneError(compile(src), src, "OXP-CODEC-TYPE", "test.RawCodec does not implement dev.oxprops.runtime.codec.ValueCodec",
                "@Codec(RawCodec.class)");
    }
}
