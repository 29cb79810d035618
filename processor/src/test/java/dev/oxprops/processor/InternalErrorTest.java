package dev.oxprops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.oxprops.processor.model.SpecDef;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An unexpected exception inside the pipeline becomes one [OXP-INTERNAL] error on the spec being processed,
 * never a javac stack trace, and other specs are still processed. Lives in the processor's package for the
 * package-private {@code pipeline()} seam.
 */
class InternalErrorTest {
    /** Fails while generating the spec named {@code Broken}. */
    static final class FailingProcessor extends OxPropsProcessor {
        @Override
        Pipeline pipeline() {
            return new Pipeline() {
                @Override
                void generate(SpecDef spec) throws java.io.IOException {
                    if (spec.type().simpleName().equals("Broken")) {
                        throw new IllegalStateException("injected failure for the test");
                    }
                    super.generate(spec);
                }
            };
        }
    }

    private static JavaFileObject spec(String name) {
        return JavaFileObjects.forSourceString("test." + name, String.join("\n",
                "package test;",
                "",
                "import dev.oxprops.annotations.*;",
                "",
                "@Spec(id = \"MS-" + name.toUpperCase() + "\")",
                "public interface " + name + " {",
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String subject();",
                "}"));
    }

    @Test
    void unexpectedExceptionBecomesOneErrorOnTheSpec() {
        JavaFileObject broken = spec("Broken");
        Compilation c = Compiler.javac().withProcessors(new FailingProcessor()).compile(broken, spec("Fine"));
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[OXP-INTERNAL] internal error in the oxprops processor while processing test.Broken; "
                + "please report it").inFile(broken).onLineContaining("public interface Broken");
        assertThat(c).hadErrorContaining("java.lang.IllegalStateException: injected failure for the test");
        for (Diagnostic<?> d : c.diagnostics()) {
            assertFalse(d.getMessage(null).contains("An annotation processor threw an uncaught exception"), d.getMessage(null));
        }
    }

    @Test
    void unexpectedExceptionInTheParserIsCaughtToo() {
        JavaFileObject broken = spec("Broken");
        OxPropsProcessor failing = new OxPropsProcessor() {
            @Override
            Pipeline pipeline() {
                return new Pipeline() {
                    @Override
                    dev.oxprops.processor.parse.SpecParser parser(dev.oxprops.processor.diag.Reporter reporter) {
                        throw new StackOverflowError("injected");
                    }
                };
            }
        };
        Compilation c = Compiler.javac().withProcessors(failing).compile(broken);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[OXP-INTERNAL]").inFile(broken).onLineContaining("public interface Broken");
        assertEquals(1, c.errors().size());
    }
}
