package dev.oxprops.processor.functional;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/** The only whole-file comparisons: the keys and validator of a tiny spec, as a careful reader would review them. */
class GoldenTest {
    private static final Compilation TINY = CompiledSpecs.compileClean(CompiledSpecs.resources("tiny/Tiny.java")).compilation();

    @Test
    void keysOfATinySpec() {
        assertThat(TINY).generatedSourceFile("tiny.TinyKeys")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("functional/golden/TinyKeys.java"));
    }

    @Test
    void validatorOfATinySpec() {
        assertThat(TINY).generatedSourceFile("tiny.TinyValidator")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("functional/golden/TinyValidator.java"));
    }
}
