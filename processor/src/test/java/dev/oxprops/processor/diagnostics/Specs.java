package dev.oxprops.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.oxprops.processor.OxPropsProcessor;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Builds small spec sources and compiles them with the processor. Every source is one file in package
 * {@code test} that starts with the same prelude: three property sets (PSETID_Test, PSETID_Other,
 * PS_INTERNET_HEADERS, whose string names compare case-insensitively, and PS_PUBLIC_STRINGS, whose names
 * do not) and wildcard imports of the annotations.
 */
final class Specs {
    static final String PRELUDE = String.join("\n",
            "package test;",
            "",
            "import dev.oxprops.annotations.*;",
            "import java.util.List;",
            "",
            "@PropertySet(name = \"PSETID_Test\", guid = \"00062040-0000-0000-C000-000000000046\")",
            "interface TestSet {}",
            "",
            "@PropertySet(name = \"PSETID_Other\", guid = \"00062008-0000-0000-C000-000000000046\")",
            "interface OtherSet {}",
            "",
            "@PropertySet(name = \"PS_INTERNET_HEADERS\", guid = \"00020386-0000-0000-C000-000000000046\")",
            "interface Headers {}",
            "",
            "@PropertySet(name = \"PS_PUBLIC_STRINGS\", guid = \"00020329-0000-0000-C000-000000000046\")",
            "interface PublicStrings {}",
            "");

    private Specs() {}

    /** The file {@code test/<name>.java}: the prelude, then {@code lines}. */
    static JavaFileObject source(String name, String... lines) {
        return JavaFileObjects.forSourceString("test." + name, PRELUDE + "\n" + String.join("\n", lines) + "\n");
    }

    /** A spec interface {@code test.Foo} with {@code @Spec(id = "MS-TEST")} and the given members. */
    static JavaFileObject spec(String... members) {
        String[] lines = new String[members.length + 3];
        lines[0] = "@Spec(id = \"MS-TEST\")";
        lines[1] = "public interface Foo {";
        System.arraycopy(members, 0, lines, 2, members.length);
        lines[lines.length - 1] = "}";
        return source("Foo", lines);
    }

    static Compilation compile(JavaFileObject... files) {
        return Compiler.javac().withProcessors(new OxPropsProcessor()).compile(files);
    }

    /**
     * The one error of {@code c} carries {@code tag} and {@code text} and sits in {@code src} on the line
     * containing {@code line}.
     */
    static void assertOneError(Compilation c, JavaFileObject src, String tag, String text, String line) {
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[" + tag + "] ").inFile(src).onLineContaining(line);
        assertThat(c).hadErrorContaining(text).inFile(src).onLineContaining(line);
        assertWithMessage("errors: %s", messages(c.errors())).that(c.errors()).hasSize(1);
        assertThat(c).hadErrorCount(1);
    }

    /** Compiles, succeeds, and reports the warning with {@code tag} and {@code text} on {@code line}. */
    static void assertWarning(Compilation c, JavaFileObject src, String tag, String text, String line) {
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[" + tag + "] ").inFile(src).onLineContaining(line);
        assertThat(c).hadWarningContaining(text).inFile(src).onLineContaining(line);
    }

    /** Compiles cleanly: no error, no oxprops warning. */
    static void assertClean(Compilation c) {
        assertWithMessage("diagnostics: %s", messages(c.diagnostics())).that(c.status()).isEqualTo(Compilation.Status.SUCCESS);
        assertWithMessage("oxprops warnings").that(messages(c.warnings()).stream().filter(m -> m.contains("[OXP-"))
                .collect(Collectors.toList())).isEmpty();
    }

    static List<String> messages(List<Diagnostic<? extends JavaFileObject>> ds) {
        return ds.stream().map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null))
                .collect(Collectors.toList());
    }
}
