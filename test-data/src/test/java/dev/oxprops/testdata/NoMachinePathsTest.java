package dev.oxprops.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No file of the repository names a path of one particular machine: a home directory, a temporary folder, the
 * workspace the build runs in, or the data folder beside the checkout; a clone elsewhere would not find it.
 * The files checked are git's tracked files, or every file outside {@code target/} when there is no git.
 */
class NoMachinePathsTest {
    /** Absolute paths that exist on one machine only (written so that this file does not match itself). */
    static final Pattern MACHINE_PATH = Pattern.compile(
            "(?<![\\w.~/-])/(?:home|Users|root|tmp|var/tmp|var/folders|private/tmp|work|mnt|workspace)/[\\w.~-]"
                    + "|(?<![\\w])[A-Za-z]:\\\\(?:Users|Temp|Windows)\\\\"
                    + "|\\.\\./+shared\\b");
    private static final Set<String> BINARY = Set.of("msg", "eml", "tnef", "pst", "jar", "png", "jpg", "gif", "ico",
            "class", "bin", "dat", "ost");

    @Test
    void noTrackedFileNamesAPathOfThisOrAnyMachine() throws IOException {
        Path root = repositoryRoot();
        List<String> workspace = workspaceNames(root);
        List<String> found = new ArrayList<>();
        for (Path file : files(root)) {
            String text = text(file);
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String hit = hit(lines[i], workspace);
                if (hit != null) {
                    found.add(root.relativize(file) + ":" + (i + 1) + ": " + hit);
                }
            }
        }
        assertEquals(List.of(), found, "absolute paths of a machine in tracked files (use a resource of "
                + "oxprops-test-data, a @TempDir or a path relative to the module instead)");
    }

    @Test
    void thePatternFindsWhatItShould() {
        List<String> workspace = List.of("/srv/build/oxprops");
        for (String bad : List.of("Path.of(\"/" + "work/shared/data/real\")", "see /" + "home/alice/x.msg",
                "wrote /" + "tmp/clitour/request.msg", "Path.of(\"..\" + \"/..".concat("/shared/data\")"),
                "C:" + "\\" + "Users" + "\\" + "bob" + "\\" + "a.msg", "/" + "Users/carol/oxprops", "at /srv/build/oxprops/pom.xml",
                "/" + "root/.m2/repository")) {
            assertTrue(hit(bad, workspace) != null, bad);
        }
        for (String good : List.of("sample-app/target/oxprops", "https://example.com/home/index.html",
                "src/main/resources/dev/oxprops/testdata/real/", "a shared folder", "docs/" + "work/x", "~/.m2/repository",
                "/dev/oxprops/testdata/real/SOURCES.txt", "http://www.apache.org/licenses/")) {
            assertEquals(null, hit(good, workspace), good);
        }
    }

    static String hit(String line, List<String> workspace) {
        Matcher m = MACHINE_PATH.matcher(line);
        if (m.find()) {
            return line.strip();
        }
        for (String w : workspace) {
            if (line.contains(w)) {
                return line.strip();
            }
        }
        return null;
    }

    /** The folder the build runs in and its parent (when it is not a top-level folder), as absolute paths. */
    static List<String> workspaceNames(Path root) {
        List<String> out = new ArrayList<>();
        Path abs = root.toAbsolutePath().normalize();
        for (Path p = abs; p != null && p.getNameCount() >= 2; p = p.getParent()) {
            out.add(p.toString());
            if (out.size() == 2) {
                break;
            }
        }
        return out;
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("test-data").resolve("pom.xml")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("not run inside the oxprops repository: " + dir);
    }

    /** git's tracked files, or, without git, every file outside build output and version-control folders. */
    static List<Path> files(Path root) throws IOException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out;
            try (InputStream in = git.getInputStream()) {
                out = in.readAllBytes();
            }
            if (git.waitFor() == 0 && out.length > 0) {
                return Stream.of(new String(out, StandardCharsets.UTF_8).split("\0")).filter(s -> !s.isEmpty())
                        .map(root::resolve).filter(Files::isRegularFile).collect(Collectors.toList());
            }
        } catch (IOException e) {
            // no git on this machine: walk the tree
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                Path rel = root.relativize(p);
                for (Path part : rel) {
                    String n = part.toString();
                    if (n.equals("target") || n.startsWith(".git") || n.equals(".idea") || n.equals("node_modules")) {
                        return false;
                    }
                }
                return true;
            }).collect(Collectors.toList());
        }
    }

    /** The file as text, or null for a binary file. */
    static String text(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && BINARY.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        byte[] b = Files.readAllBytes(file);
        for (int i = 0; i < Math.min(b.length, 8000); i++) {
            if (b[i] == 0) {
                return null;
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
