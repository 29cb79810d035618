package dev.oxprops.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder walk of {@code oxprops scan}: depth first, each folder in name order, only the files formats claim. */
class FileWalkTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    @Test
    void foldersAreWalkedDepthFirstInNameOrderAndEmptyOnesReported() throws IOException {
        file("b/z.msg");
        file("b/a/winmail.dat");
        file("a.eml");
        file("b/notes.txt");
        file("c/x.PST");
        file("c/y.json");
        Files.createDirectories(dir.resolve("d/e"));
        file("d/e/readme.md");
        Path single = file("other/named.bin");
        FileWalk walk = new FileWalk(List.of(dir, single, dir.resolve("d"), dir.resolve("missing.msg")));
        List<String> seen = new ArrayList<>();
        while (walk.hasNext()) {
            FileWalk.Entry e = walk.next();
            assertNull(e.problem(), e::toString);
            seen.add(dir.relativize(e.file()).toString().replace('\\', '/'));
        }
        // a named file is given whatever its name (and even when it does not exist: the scan reports it)
        assertEquals(List.of("a.eml", "b/a/winmail.dat", "b/z.msg", "c/x.PST", "c/y.json", "other/named.bin",
                "missing.msg"), seen);
        assertEquals(List.of(dir.resolve("d").toString()), walk.emptyFolders());
    }
}
