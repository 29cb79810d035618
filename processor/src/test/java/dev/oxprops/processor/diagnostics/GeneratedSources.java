package dev.oxprops.processor.diagnostics;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.tools.JavaFileObject;

/** Reads generated sources of a compilation. */
final class GeneratedSources {
    private GeneratedSources() {}

    /** The text of the generated source of {@code qualifiedName}; fails when there is none. */
    static String text(Compilation c, String qualifiedName) {
        Optional<JavaFileObject> f = c.generatedSourceFile(qualifiedName);
        if (f.isEmpty()) {
            throw new AssertionError("no generated source " + qualifiedName + "; diagnostics: " + Specs.messages(c.diagnostics()));
        }
        try {
            return f.get().getCharContent(false).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
