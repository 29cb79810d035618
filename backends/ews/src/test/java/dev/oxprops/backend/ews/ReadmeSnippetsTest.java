package dev.oxprops.backend.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Graph and EWS snippets are the code the client tests run: the lines between the markers of
 * {@code ReadmeGraphSnippet} (graph-sdk module) and {@link ReadmeEwsSnippet}, without their indentation, are the
 * java block after the README's {@code <!-- snippet: NAME -->} line. Paths are relative to this module.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("../../README.md");

    @Test
    void theGraphSnippetIsTheTestedCode() throws IOException {
        check("graph-sdk", Path.of("../graph-sdk/src/test/java/dev/oxprops/backend/graphsdk/ReadmeGraphSnippet.java"));
    }

    @Test
    void theEwsSnippetIsTheTestedCode() throws IOException {
        check("ews", Path.of("src/test/java/dev/oxprops/backend/ews/ReadmeEwsSnippet.java"));
    }

    private static void check(String name, Path source) throws IOException {
        List<String> code = between(Files.readAllLines(source, StandardCharsets.UTF_8),
                "// README " + name + " begin", "// README " + name + " end");
        List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
        int marker = readme.indexOf("<!-- snippet: " + name + " -->");
        assertTrue(marker >= 0, "README.md has no <!-- snippet: " + name + " --> line");
        assertEquals("```java", readme.get(marker + 1));
        List<String> shown = new ArrayList<>();
        for (int i = marker + 2; !readme.get(i).equals("```"); i++) {
            shown.add(readme.get(i));
        }
        assertEquals(dedent(code), shown, "README.md's " + name + " snippet differs from " + source);
    }

    private static List<String> between(List<String> lines, String begin, String end) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(begin)) {
                from = i + 1;
            } else if (lines.get(i).trim().equals(end)) {
                to = i;
            }
        }
        assertTrue(from > 0 && to > from, "markers " + begin + " / " + end);
        return lines.subList(from, to);
    }

    private static List<String> dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String l : lines) {
            if (!l.isBlank()) {
                indent = Math.min(indent, l.length() - l.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.isBlank() ? "" : l.substring(indent));
        }
        return out;
    }
}
