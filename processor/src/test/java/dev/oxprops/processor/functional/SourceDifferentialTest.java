package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.oxprops.processor.RecordingProcessor;
import dev.oxprops.processor.source.JavaFile;
import dev.oxprops.processor.source.Poet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor's own source writer against the library it replaced: every file generated for the test specs, the
 * repository's real specs (property-specs: MS-OXSHARE, MS-OXOCAL, MS-OXOTASK, the catalogue, the structures) and
 * random specs is rendered both by {@code dev.oxprops.processor.source} and, from the same model, by JavaPoet 0.22; the
 * texts must be equal to the byte.
 */
class SourceDifferentialTest {
    /** Compiles {@code sources} with the processor and compares each generated file's two renderings. */
    private static int sameText(List<JavaFileObject> sources) {
        RecordingProcessor p = new RecordingProcessor();
        Compiler.javac().withProcessors(p).withOptions("-proc:only").compile(sources);
        for (JavaFile f : p.files) {
            String ours = f.toString();
            String theirs = Poet.render(f);
            if (!ours.equals(theirs)) {
                assertEquals(theirs, ours, f.packageName() + "." + f.typeSpec().name());
            }
        }
        return p.files.size();
    }

    @Test
    void testSpecs() {
        int n = sameText(CompiledSpecs.toySources());
        n += sameText(CompiledSpecs.resources("tiny/Tiny.java"));
        n += sameText(resourcesUnder("rules"));
        n += sameText(resourcesUnder("structures"));
        n += sameText(resourcesUnder("wellformed"));
        assertTrue(n >= 20, n + " files");
    }

    @Test
    void propertySpecs() throws IOException {
        Path root = Path.of("../property-specs/src/main/java");
        List<JavaFileObject> sources = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".java")).collect(Collectors.toList())) {
                sources.add(JavaFileObjects.forResource(p.toUri().toURL()));
            }
        }
        assertTrue(sameText(sources) >= 15);
    }

    @Test
    void randomSpecs() {
        Random r = new Random(20261130);
        int n = 0;
        for (int i = 0; i < 60; i++) {
            RandomSpec spec = RandomSpec.generate(r);
            List<JavaFileObject> files = new ArrayList<>();
            files.add(JavaFileObjects.forSourceString("test." + spec.specName, spec.source));
            if (spec.shadows != null) {
                files.add(JavaFileObjects.forSourceString("test.Shadows", spec.shadows));
            }
            n += sameText(files);
        }
        assertTrue(n >= 250, n + " files");
    }

    private static List<JavaFileObject> resourcesUnder(String dir) {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/functional", dir))) {
            return CompiledSpecs.resources(s.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(p -> dir + "/" + p.getFileName()).toArray(String[]::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
