package dev.oxprops.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's code is the code of a project that the build compiles and tests (examples/maven-consumer): each block
 * after a {@code <!-- snippet: FILE#TAG -->} line must equal the lines between {@code tag::TAG[]} and
 * {@code end::TAG[]} of FILE (or all of FILE without a tag). After changing the example, copy its lines over.
 */
class ReadmeSnippetsTest {
    /** A marker naming a file (a path with a '/'); markers with a bare name belong to other modules' checks. */
    static final Pattern MARKER = Pattern.compile("<!-- snippet: ([^#\\s]*/[^#\\s]*)(?:#([\\w-]+))? -->");
    static final String CONSUMER = "examples/maven-consumer/";

    @Test
    void theReadmeShowsTheConsumerProjectsCode() throws IOException {
        Path root = NoMachinePathsTest.repositoryRoot();
        Map<String, String> blocks = snippets(Files.readString(root.resolve("README.md")));
        for (String required : List.of(CONSUMER + "pom.xml#version", CONSUMER + "pom.xml#dependencies",
                CONSUMER + "pom.xml#compiler", CONSUMER + "src/main/java/com/example/audit/AuditRecord.java",
                CONSUMER + "src/main/java/com/example/audit/QuickStart.java#imports",
                CONSUMER + "src/main/java/com/example/audit/QuickStart.java#sharing",
                CONSUMER + "src/main/java/com/example/audit/QuickStart.java#audit")) {
            assertTrue(blocks.containsKey(required), "README.md shows no snippet of " + required);
        }
        for (Map.Entry<String, String> e : blocks.entrySet()) {
            String[] fileAndTag = e.getKey().split("#", 2);
            String source = Files.readString(root.resolve(fileAndTag[0]));
            assertEquals(region(source, fileAndTag.length > 1 ? fileAndTag[1] : null), e.getValue(),
                    "README.md's snippet of " + e.getKey() + " differs from the file: python3 tools/readme/sync_snippets.py");
        }
    }

    @Test
    void theConsumerUsesThisBuildsVersion() throws IOException {
        Path root = NoMachinePathsTest.repositoryRoot();
        String parent = Files.readString(root.resolve("pom.xml"));
        Matcher v = Pattern.compile("<artifactId>oxprops-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(parent);
        assertTrue(v.find());
        String consumer = Files.readString(root.resolve(CONSUMER + "pom.xml"));
        assertTrue(consumer.contains("<oxprops.version>" + v.group(1) + "</oxprops.version>"),
                "examples/maven-consumer/pom.xml must use version " + v.group(1));
    }

    @Test
    void regionsAndBlocksAreCutAsDocumented() {
        String source = "a\n  // tag::x[]\n    one\n      two\n  // tag::y[]\n    three\n  // end::y[]\n  // end::x[]\nb\n";
        assertEquals("one\n  two\nthree\n", region(source, "x"));
        assertEquals("three\n", region(source, "y"));
        assertEquals("a\nb\n", region("a\n// tag::z[]\n// end::z[]\nb\n", null));
        assertThrows(IllegalArgumentException.class, () -> region(source, "nope"));
        Map<String, String> s = snippets("text\n<!-- snippet: d/f.java#x -->\n```java\none\n```\n");
        assertEquals(Map.of("d/f.java#x", "one\n"), s);
        assertThrows(IllegalArgumentException.class, () -> snippets("<!-- snippet: d/f.java -->\ntext\n"));
        assertEquals(Map.of(), snippets("<!-- snippet: graph-sdk -->\n```java\nother\n```\n"), "a bare name is not a file");
    }

    /** The code block after each marker, by {@code FILE#TAG}. */
    static Map<String, String> snippets(String markdown) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String key = m.group(1) + (m.group(2) == null ? "" : "#" + m.group(2));
            if (i + 1 >= lines.length || !lines[i + 1].startsWith("```")) {
                throw new IllegalArgumentException("no code block right after the marker of " + key);
            }
            StringBuilder b = new StringBuilder();
            int j = i + 2;
            for (; j < lines.length && !lines[j].startsWith("```"); j++) {
                b.append(lines[j].stripTrailing()).append('\n');
            }
            out.put(key, b.toString());
            i = j;
        }
        return out;
    }

    /** The lines between the tag's markers (all lines without a tag), without marker lines, common indent removed. */
    static String region(String source, String tag) {
        List<String> kept = new ArrayList<>();
        boolean inside = tag == null;
        boolean found = tag == null;
        for (String line : source.split("\n", -1)) {
            if (tag != null && line.contains("tag::" + tag + "[]")) {
                inside = found = true;
                continue;
            }
            if (tag != null && line.contains("end::" + tag + "[]")) {
                inside = false;
                continue;
            }
            if (inside && !line.contains("tag::") && !line.contains("end::")) {
                kept.add(line.stripTrailing());
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no tag::" + tag + "[] in the file");
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        int indent = kept.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder b = new StringBuilder();
        kept.forEach(l -> b.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
        return b.toString();
    }
}
