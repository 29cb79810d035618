package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.processor.OxPropsProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ecj, as in the Eclipse IDE and some builds), through javax.tools with
 * files on disk (ecj reads generated sources back from the file system, which compile-testing's in-memory files do
 * not offer). A valid spec generates code ecj compiles; a malformed one gets the processor's located error.
 */
class EcjTest {
    @TempDir
    Path dir;

    private List<Diagnostic<? extends JavaFileObject>> compile(List<Path> sources) throws IOException, URISyntaxException {
        Path out = Files.createDirectories(dir.resolve("classes"));
        Path gen = Files.createDirectories(dir.resolve("generated"));
        String classPath = location(dev.oxprops.annotations.Spec.class) + java.io.File.pathSeparator
                + location(dev.oxprops.runtime.PropertyBag.class);
        JavaCompiler ecj = new EclipseCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = ecj.getTask(new StringWriter(), files, diagnostics,
                    List.of("-17", "-d", out.toString(), "-s", gen.toString(), "-classpath", classPath, "-encoding", "UTF-8"),
                    null, files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new OxPropsProcessor()));
            task.call();
        }
        return diagnostics.getDiagnostics();
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private Path write(String path, String text) throws IOException {
        Path p = dir.resolve("src").resolve(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private static List<Diagnostic<? extends JavaFileObject>> errors(List<Diagnostic<? extends JavaFileObject>> ds) {
        return ds.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).collect(Collectors.toList());
    }

    private static String text(List<Diagnostic<? extends JavaFileObject>> ds) {
        return ds.stream().map(d -> d.getKind() + " " + d.getLineNumber() + ": " + d.getMessage(null)).collect(Collectors.joining("\n"));
    }

    @Test
    void theToySpecsCompileUnderEcj() throws Exception {
        List<Path> sources = new ArrayList<>();
        for (String name : List.of("ToySets", "ToyBase", "ToyCatalog", "CentsCodec", "Toy", "MyToyView")) {
            try (InputStream in = getClass().getResourceAsStream("/functional/toy/" + name + ".java")) {
                sources.add(write("toy/" + name + ".java", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        List<Diagnostic<? extends JavaFileObject>> ds = compile(sources);
        assertEquals(List.of(), errors(ds), text(ds));
        assertTrue(Files.exists(dir.resolve("generated/toy/ToyKeys.java")));
        assertTrue(Files.exists(dir.resolve("classes/toy/ToyValidator.class")), "ecj compiled the generated validator");
        assertTrue(Files.exists(dir.resolve("classes/toy/MyToyViewAccessor.class")));
    }

    @Test
    void aMalformedSpecIsALocatedErrorUnderEcj() throws Exception {
        Path src = write("test/Foo.java", String.join("\n",
                "package test;",
                "import dev.oxprops.annotations.*;",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidTagA\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")",
                "    String a();",
                "    @Property(canonical = \"PidTagB\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")",
                "    String b();",
                "}"));
        List<Diagnostic<? extends JavaFileObject>> errors = errors(compile(List.of(src)));
        assertEquals(1, errors.size(), text(errors));
        assertTrue(errors.get(0).getMessage(null).contains("[OXP-DUP-TAG] duplicate tag 0x1001"), text(errors));
        assertEquals(7, errors.get(0).getLineNumber(), "on the second declaration: " + text(errors));
        assertTrue(Files.notExists(dir.resolve("generated/test/FooKeys.java")), "nothing generated for a spec with errors");
    }
}
