package dev.oxprops.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.oxprops.processor.model.SpecDef;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The text of an [OXP-INTERNAL] error: the exception first, then where it happened, on one line; also for
 * an exception without a stack trace (as the JVM throws them once it omits traces of hot exceptions).
 */
class InternalErrorReportTest {
    private static final JavaFileObject BROKEN = JavaFileObjects.forSourceString("test.Broken", String.join("\n",
            "package test;",
            "",
            "import dev.oxprops.annotations.*;",
            "",
            "@Spec(id = \"MS-BROKEN\")",
            "public interface Broken {",
            "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
            "    String subject();",
            "}"));

    /** A processor whose generation step throws {@code failure}. */
    private static OxPropsProcessor failingWith(RuntimeException failure) {
        return new OxPropsProcessor() {
            @Override
            Pipeline pipeline() {
                return new Pipeline() {
                    @Override
                    void generate(SpecDef spec) {
                        throw failure;
                    }
                };
            }
        };
    }

    private static void assertNoCrash(Compilation c) {
        for (Diagnostic<?> d : c.diagnostics()) {
            assertFalse(d.getMessage(null).contains("An annotation processor threw an uncaught exception"), d.getMessage(null));
        }
    }

    @Test
    void theReportStartsWithTheExceptionAndGoesOnWithWhereItHappened() {
        Compilation c = Compiler.javac().withProcessors(failingWith(new IllegalStateException("injected"))).compile(BROKEN);
        assertNoCrash(c);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("please report it with this message: java.lang.IllegalStateException: injected | at ")
                .inFile(BROKEN).onLineContaining("public interface Broken");
    }

    @Test
    void anExceptionWithoutStackTraceIsReportedToo() {
        IllegalStateException traceless = new IllegalStateException("no trace");
        traceless.setStackTrace(new StackTraceElement[0]);
        Compilation c = Compiler.javac().withProcessors(failingWith(traceless)).compile(BROKEN);
        assertNoCrash(c);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[OXP-INTERNAL] internal error in the oxprops processor while processing test.Broken; "
                + "please report it with this message: java.lang.IllegalStateException: no trace")
                .inFile(BROKEN).onLineContaining("public interface Broken");
    }
}
