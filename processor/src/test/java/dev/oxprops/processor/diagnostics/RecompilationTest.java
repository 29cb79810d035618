package dev.oxprops.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.oxprops.processor.OxPropsProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build compiles a changed spec while the classes generated from it last time are still on
 * the class path: those are no user types, so there is no OXP-SPEC-CLASH and the spec is generated anew.
 */
class RecompilationTest {
    private static final JavaFileObject SPEC = Specs.spec(
            "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
            "    String subject();");

    @Test
    void classesGeneratedByAnEarlierBuildAreNoClash(@TempDir Path previousOutput) throws IOException {
        Compilation first = Specs.compile(SPEC);
        assertThat(first).succeeded();
        for (JavaFileObject f : first.generatedFiles()) {
            if (f.getKind() == JavaFileObject.Kind.CLASS) {
                // a class file's URI is mem:///CLASS_OUTPUT/test/FooKeys.class
                String path = f.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", "");
                Path target = previousOutput.resolve(path);
                Files.createDirectories(target.getParent());
                try (InputStream in = f.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
        assertTrue(Files.exists(previousOutput.resolve("test/FooKeys.class")), "the first build wrote test/FooKeys.class");

        List<File> classpath = new ArrayList<>();
        classpath.add(previousOutput.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        Compilation again = Compiler.javac().withProcessors(new OxPropsProcessor()).withClasspath(classpath).compile(SPEC);
        Specs.assertClean(again);
        assertThat(again).generatedSourceFile("test.FooKeys");
    }

    @Test
    void aStaleGeneratedSourceCompiledAgainIsAnErrorOnTheSpecNotACrash() throws IOException {
        Compilation first = Specs.compile(SPEC);
        assertThat(first).succeeded();
        JavaFileObject staleKeys = first.generatedSourceFile("test.FooKeys").orElseThrow();
        JavaFileObject stale = com.google.testing.compile.JavaFileObjects.forSourceString("test.FooKeys",
                staleKeys.getCharContent(false).toString());

        Compilation again = Specs.compile(SPEC, stale);
        assertThat(again).failed();
        assertThat(again).hadErrorContaining("[OXP-SPEC-STALE] test.FooKeys, which oxprops generated in an earlier build")
                .inFile(SPEC);
        assertThat(again).hadErrorContaining("mvn clean");
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : again.errors()) {
            assertTrue(!d.getMessage(null).contains("OXP-INTERNAL"), d.getMessage(null));
        }
    }

    @Test
    void aUserTypeNamedLikeAGeneratedClassIsAClashEvenIfAnotherToolMarkedItGenerated() {
        JavaFileObject other = com.google.testing.compile.JavaFileObjects.forSourceLines("test.FooKeys",
                "package test;",
                "@javax.annotation.processing.Generated(\"some.other.Tool\")",
                "public class FooKeys {}");
        Compilation c = Specs.compile(SPEC, other);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[OXP-SPEC-CLASH] the generated class test.FooKeys would collide").inFile(SPEC);
    }
}
