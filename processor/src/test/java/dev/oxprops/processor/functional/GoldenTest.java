package dev.oxprops.processor.functional;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole-file comparisons. The tiny spec's keys and validator are compared as syntax trees; every class generated
 * for the toy spec (which uses every annotation) is compared as text, Javadoc and layout included, because that is
 * what users read in their IDE and review in a diff. After an intended change of the generated code, rewrite the
 * toy files with {@code mvn -pl processor test -Dtest=GoldenTest -Doxprops.golden.update=true} and review the diff.
 */
class GoldenTest {
    private static final Path TOY_GOLDEN = Path.of("src/test/resources/functional/golden/toy");

    /** Compiled inside each test method, so that mutation testing credits these tests (see {@link Toys}). */
    private static Compilation tiny() {
        return CompiledSpecs.compileClean(CompiledSpecs.resources("tiny/Tiny.java")).compilation();
    }

    private static Compilation toy() {
        return CompiledSpecs.compileClean(CompiledSpecs.toySources()).compilation();
    }

    @Test
    void keysOfATinySpec() {
        assertThat(tiny()).generatedSourceFile("tiny.TinyKeys")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("functional/golden/TinyKeys.java"));
    }

    @Test
    void validatorOfATinySpec() {
        assertThat(tiny()).generatedSourceFile("tiny.TinyValidator")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("functional/golden/TinyValidator.java"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ToyKeys", "ToyAccessor", "ToyValidator", "ToyReceived", "ToyModel"})
    void toyClassesAsText(String simpleName) throws IOException {
        String generated = text(toy(), "toy." + simpleName);
        if (Boolean.getBoolean("oxprops.golden.update")) {
            Files.createDirectories(TOY_GOLDEN);
            Files.writeString(TOY_GOLDEN.resolve(simpleName + ".java.txt"), generated, StandardCharsets.UTF_8);
            return;
        }
        String golden;
        try (InputStream in = GoldenTest.class.getResourceAsStream("/functional/golden/toy/" + simpleName + ".java.txt")) {
            assertTrue(in != null, "no golden file for " + simpleName + ": run with -Doxprops.golden.update=true");
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] want = golden.split("\n", -1);
        String[] got = generated.split("\n", -1);
        for (int i = 0; i < Math.min(want.length, got.length); i++) {
            assertEquals(want[i], got[i], simpleName + " line " + (i + 1)
                    + " (rewrite the golden files with -Doxprops.golden.update=true if the change is intended)");
        }
        assertEquals(want.length, got.length, simpleName + ": number of lines");
    }

    /** The generated class's text; the header comment names the spec, so nothing here depends on the machine. */
    private static String text(Compilation c, String className) throws IOException {
        JavaFileObject file = c.generatedSourceFile(className).orElseThrow(() -> new AssertionError("not generated: " + className));
        return file.getCharContent(false).toString();
    }
}
