package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.oxprops.processor.OxPropsProcessor;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Users who build with {@code -Werror}: generated code gives no lint warning but "processing" (no processor claimed
 * the oxprops annotations, nor {@code @Generated} on the generated classes). The documented flag is
 * {@code -Xlint:all,-processing} (docs/diagnostics.md says why oxprops does not claim them).
 */
class LintTest {
    @Test
    void theToySpecsCompileWithAllLintWarningsButProcessingAsErrors() {
        Compilation c = Compiler.javac().withProcessors(new OxPropsProcessor()).withOptions("-Xlint:all,-processing", "-Werror")
                .compile(CompiledSpecs.toySources());
        assertEquals(Compilation.Status.SUCCESS, c.status(), text(c.diagnostics()));
    }

    @Test
    void theOnlyOtherWarningIsThatNoProcessorClaimedTheAnnotations() {
        Compilation c = Compiler.javac().withProcessors(new OxPropsProcessor()).withOptions("-Xlint:all")
                .compile(CompiledSpecs.toySources());
        List<String> warnings = c.warnings().stream().map(d -> d.getMessage(null)).collect(Collectors.toList());
        assertFalse(warnings.isEmpty(), "javac names the unclaimed annotations (else -Xlint:all -Werror would do)");
        for (String w : warnings) {
            assertEquals(true, w.startsWith("No processor claimed any of these annotations"), w);
        }
    }

    private static String text(List<Diagnostic<? extends JavaFileObject>> ds) {
        return ds.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
