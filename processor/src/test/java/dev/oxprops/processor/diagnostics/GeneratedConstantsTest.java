package dev.oxprops.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.oxprops.processor.AnyAnnotationsProcessor;
import dev.oxprops.processor.OxPropsProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A constant from a class another processor generates in the same build ({@code tag = GenConsts.TAG}): javac has
 * no value for it in the first round, so the spec is deferred like a missing type (it was read as tag 0xFFFFFFFF).
 */
class GeneratedConstantsTest {
    /** Writes {@code test.GenConsts} with a tag, a LID and a section in the first round. */
    static final class ConstantsGenerator extends AnyAnnotationsProcessor {
        private boolean done;

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer w = processingEnv.getFiler().createSourceFile("test.GenConsts").openWriter()) {
                    w.write("package test;\n\npublic final class GenConsts {\n    public static final int TAG = 0x1234;\n"
                            + "    public static final long LID = 0x8123L;\n    public static final String SECTION = \"2.2.1\";\n}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void constantsOfAClassGeneratedInALaterRoundAreDeferredAndResolve() {
        JavaFileObject src = Specs.spec(
                "    @Property(canonical = \"PidTagA\", tag = GenConsts.TAG, type = MapiType.PtypInteger32, section = GenConsts.SECTION)",
                "    int a();",
                "    @Property(canonical = \"PidLidB\", set = TestSet.class, lid = GenConsts.LID, type = MapiType.PtypInteger32,",
                "            section = \"1\")",
                "    int b();");
        Compilation c = Compiler.javac().withProcessors(new OxPropsProcessor(), new ConstantsGenerator()).compile(src);
        Specs.assertClean(c);
        String keys = GeneratedSources.text(c, "test.FooKeys");
        assertTrue(keys.contains("new PropertyId.Tag(0x1234)"), keys);
        assertTrue(keys.contains("0x8123L"), keys);
        assertTrue(keys.contains("\"2.2.1\""), keys);
    }
}
