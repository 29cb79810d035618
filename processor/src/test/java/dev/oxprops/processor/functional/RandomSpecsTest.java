package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.oxprops.processor.OxPropsProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid specs (see {@link RandomSpec}) always give generated sources that compile: no error at all, from the
 * processor or from javac in what it generated. A fixed seed; the number of tries is {@code jqwik.tries.default}
 * (src/test/resources/junit-platform.properties for CI; {@code -Prandom-specs} runs 1,000).
 */
class RandomSpecsTest {
    @Property(seed = "20261130", edgeCases = EdgeCasesMode.NONE)
    void everyRandomValidSpecCompiles(@ForAll("specs") RandomSpec spec) {
        List<JavaFileObject> files = new ArrayList<>();
        files.add(JavaFileObjects.forSourceString("test." + spec.specName, spec.source));
        if (spec.shadows != null) {
            files.add(JavaFileObjects.forSourceString("test.Shadows", spec.shadows));
        }
        Compilation c = Compiler.javac().withProcessors(new OxPropsProcessor()).withOptions("-Xlint:all,-processing", "-Werror")
                .compile(files);
        List<Diagnostic<? extends JavaFileObject>> bad = c.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR
                        || d.getKind() == Diagnostic.Kind.WARNING && !d.getMessage(null).contains("[OXP-"))
                .collect(Collectors.toList());
        if (c.status() != Compilation.Status.SUCCESS || !bad.isEmpty()) {
            fail(bad.stream().map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
                    + d.getLineNumber() + " " + d.getMessage(null)).collect(Collectors.joining("\n")) + "\n" + spec);
        }
    }

    @Provide
    Arbitrary<RandomSpec> specs() {
        return Arbitraries.randomValue(RandomSpec::generate);
    }
}
