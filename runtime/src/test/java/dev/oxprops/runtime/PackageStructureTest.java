package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages, read from its main sources: no package cycles, every package exported by the module
 * descriptor, and the public packages never depend on the support packages (which are for generated code only).
 */
class PackageStructureTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "dev.oxprops.runtime";
    private static final String SUPPORT = ROOT + ".support";
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.oxprops\\.runtime(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern EXPORT = Pattern.compile("exports\\s+([\\w.]+)\\s*;");

    @Test
    void noPackageCycles() throws IOException {
        Map<String, Set<String>> graph = dependencies(SOURCES);
        assertTrue(graph.size() >= 6, graph.toString());
        assertEquals(List.of(), cycles(graph), "package cycles in the runtime; dependencies: " + graph);
    }

    @Test
    void publicPackagesDoNotDependOnSupport() throws IOException {
        List<String> wrong = new ArrayList<>();
        dependencies(SOURCES).forEach((from, to) -> {
            if (!isSupport(from)) {
                to.stream().filter(PackageStructureTest::isSupport).forEach(t -> wrong.add(from + " -> " + t));
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void moduleDescriptorExportsEveryPackage() throws IOException {
        String descriptor = Files.readString(SOURCES.resolve("module-info.java"), StandardCharsets.UTF_8);
        Set<String> exported = new TreeSet<>();
        Matcher m = EXPORT.matcher(COMMENT.matcher(descriptor).replaceAll(""));
        while (m.find()) {
            exported.add(m.group(1));
        }
        assertEquals(dependencies(SOURCES).keySet(), exported);
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", Set.of("b"));
        graph.put("b", Set.of("c"));
        graph.put("c", Set.of("a"));
        graph.put("d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c", "a")), cycles(graph));
        graph.put("c", Set.of());
        assertEquals(List.of(), cycles(graph));
    }

    private static boolean isSupport(String pkg) {
        return pkg.equals(SUPPORT) || pkg.startsWith(SUPPORT + ".");
    }

    /** Each package of the sources and the other runtime packages its code names (imports or qualified names). */
    static Map<String, Set<String>> dependencies(Path sources) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")).toList();
        }
        for (Path file : files) {
            String pkg = sources.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
            Set<String> to = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
            String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
            Matcher m = REFERENCE.matcher(code);
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    to.add(m.group(1));
                }
            }
        }
        return graph;
    }

    /** The cycles of {@code graph}, each as the path that closes it (found by depth-first search). */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        List<List<String>> found = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : graph.keySet()) {
            visit(start, graph, new ArrayList<>(), done, found);
        }
        return found;
    }

    private static void visit(String node, Map<String, Set<String>> graph, List<String> path, Set<String> done,
            List<List<String>> found) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            found.add(cycle);
            return;
        }
        if (done.contains(node)) {
            return;
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            visit(next, graph, path, done, found);
        }
        path.remove(path.size() - 1);
        done.add(node);
    }
}
