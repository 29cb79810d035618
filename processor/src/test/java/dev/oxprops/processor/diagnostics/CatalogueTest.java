package dev.oxprops.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.processor.diag.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The catalogue: tags unique and well formed, documented in docs/diagnostics.md, and each exercised by a test. */
class CatalogueTest {
    private static final Pattern TAG = Pattern.compile("OXP-[A-Z]+(-[A-Z]+)*");

    private static Path module() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir == null ? "." : basedir);
    }

    @Test
    void tagsAreUniqueAndSearchable() {
        Set<String> seen = new HashSet<>();
        for (Message m : Message.values()) {
            assertTrue(TAG.matcher(m.tag()).matches(), m.tag());
            assertTrue(seen.add(m.tag()), "tag used twice: " + m.tag());
            assertTrue(m.format("x", "x", "x", "x", "x", "x", "x", "x", "x", "x").startsWith("[" + m.tag() + "] "), m.name());
        }
    }

    @Test
    void everyErrorSaysHowToFixIt() {
        for (Message m : Message.values()) {
            String text = m.format("x", "x", "x", "x", "x", "x", "x", "x", "x", "x");
            assertTrue(text.contains(";"), m.name() + " should say what is wrong; then how to fix it: " + text);
            assertTrue(m.kind() == Diagnostic.Kind.ERROR || m.kind() == Diagnostic.Kind.WARNING, m.name());
        }
    }

    @Test
    void everyMessageIsDocumentedWithItsKind() throws IOException {
        List<String> doc = Files.readAllLines(module().resolve("../docs/diagnostics.md"));
        List<String> missing = new ArrayList<>();
        for (Message m : Message.values()) {
            String row = "| `[" + m.tag() + "]` | " + m.kind() + " |";
            if (doc.stream().noneMatch(l -> l.startsWith(row))) {
                missing.add(row);
            }
        }
        assertEquals(List.of(), missing, "rows missing from docs/diagnostics.md");
        long rows = doc.stream().filter(l -> l.startsWith("| `[OXP-")).count();
        assertEquals(Message.values().length, rows, "docs/diagnostics.md documents a tag the enum does not have");
    }

    @Test
    void everyMessageIsExercisedByATest() throws IOException {
        String tests;
        try (Stream<Path> files = Files.walk(module().resolve("src/test/java"))) {
            tests = files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("CatalogueTest.java"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
        List<String> untested = new ArrayList<>();
        for (Message m : Message.values()) {
            if (!tests.contains("\"" + m.tag() + "\"") && !tests.contains("[" + m.tag() + "]")) {
                untested.add(m.name() + " " + m.tag());
            }
        }
        assertEquals(List.of(), untested, "messages no test asserts");
    }
}
