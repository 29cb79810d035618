package dev.oxprops.testdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SOURCES.txt and the files agree, every folder carries its licence, and files come out of a jar. */
class RealFilesTest {

    @Test
    void everyListedFileHasItsDeclaredSizeAndChecksum() throws Exception {
        List<String> names = RealFiles.names();
        assertTrue(names.size() >= 17, "files listed: " + names);
        for (String name : names) {
            byte[] b = RealFiles.bytes(name);
            RealFiles.Entry e = RealFiles.entry(name);
            assertEquals(e.size(), b.length, name);
            assertEquals(e.sha256(), sha256(b), name);
            assertArrayEquals(b, Files.readAllBytes(RealFiles.path(name)), name);
        }
    }

    @Test
    void everyFileIsListedAndEveryFolderHasItsLicence() throws IOException {
        Path root = RealFiles.directory();
        Set<String> onDisk;
        try (Stream<Path> s = Files.walk(root)) {
            onDisk = s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> folders = new TreeSet<>();
        for (String f : onDisk) {
            if (f.equals(RealFiles.SOURCES)) {
                continue;
            }
            assertTrue(f.indexOf('/') > 0 && f.indexOf('/') == f.lastIndexOf('/'), "not in an owner--repo folder: " + f);
            folders.add(f.substring(0, f.indexOf('/')));
            if (!f.endsWith("/LICENSE")) {
                assertTrue(RealFiles.names().contains(f), f + " has no entry in SOURCES.txt");
            }
        }
        for (String folder : folders) {
            assertTrue(onDisk.contains(folder + "/LICENSE"), folder + " has no LICENSE");
            assertTrue(RealFiles.entry(RealFiles.names().stream().filter(n -> n.startsWith(folder + "/"))
                    .findFirst().orElseThrow()).text().contains("licence:"), folder + ": entries name no licence");
        }
        assertTrue(folders.contains("HiraokaHyperTools--msgreader"), folders.toString());
    }

    @Test
    void anEntryNamesItsOriginAndLicence() {
        RealFiles.Entry e = RealFiles.entry("ctabin--jotlmsg/attachment.msg");
        assertEquals(50176, e.size());
        assertTrue(e.text().contains("repo: github.com/ctabin/jotlmsg"), e.text());
        assertTrue(e.text().contains("licence: BSD-3-Clause"), e.text());
        assertEquals("javaxt-project--javaxt-exchange/exchange2010_sharing_invitation_headers.txt",
                RealFiles.entry("javaxt-project--javaxt-exchange/exchange2010_sharing_invitation_headers.txt").name(),
                "a remark after the name is not part of it");
        assertTrue(RealFiles.names(".msg").contains("HiraokaHyperTools--msgreader/A daily 1.msg"));
    }

    @Test
    void unknownAndEscapingNamesAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RealFiles.path("nope--x/y.msg"));
        assertTrue(e.getMessage().contains("nope--x/y.msg"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RealFiles.entry("nope--x/y.msg"));
        assertThrows(IllegalArgumentException.class, () -> RealFiles.bytes("../real/SOURCES.txt"));
        assertThrows(IllegalArgumentException.class, () -> RealFiles.bytes("/etc/hostname"));
    }

    @Test
    void filesComeOutOfAJarIntoATemporaryFolder(@TempDir Path dir) throws Exception {
        String sources = "header\n\na--b/one file.bin   (DERIVED)\n  licence: MIT\n  size: 3 bytes  sha256: x\n";
        Path jar = dir.resolve("data.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "dev/oxprops/testdata/real/SOURCES.txt", sources.getBytes(StandardCharsets.UTF_8));
            put(out, "dev/oxprops/testdata/real/a--b/one file.bin", new byte[] {1, 2, 3});
            put(out, "dev/oxprops/testdata/real/a--b/LICENSE", "MIT".getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            RealFiles files = new RealFiles(n -> loader.getResource(n.substring(1)));
            assertEquals("jar", files.url("a--b/one file.bin").getProtocol());
            Path p = files.file("a--b/one file.bin");
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(p));
            assertEquals(p, files.file("a--b/one file.bin"), "copied once");
            Path root = files.folder();
            assertEquals(root.resolve("a--b/one file.bin"), p);
            assertEquals("MIT", Files.readString(root.resolve("a--b/LICENSE")));
            assertEquals(sources, Files.readString(root.resolve("SOURCES.txt")));
            assertFalse(p.toString().contains("!"), p.toString());
        }
    }

    @Test
    void aMalformedListIsRefusedByName() {
        IllegalStateException noSize = assertThrows(IllegalStateException.class,
                () -> RealFiles.parse("a--b/c.msg\n  licence: MIT\n"));
        assertTrue(noSize.getMessage().contains("a--b/c.msg"), noSize.getMessage());
        String twice = "a--b/c.msg\n  size: 1 bytes  sha256: 00\n\na--b/c.msg\n  size: 1 bytes  sha256: 00\n";
        assertTrue(assertThrows(IllegalStateException.class, () -> RealFiles.parse(twice)).getMessage()
                .contains("twice"));
        assertEquals(List.of("a--b/c d.msg"),
                List.copyOf(RealFiles.parse("# note\nintro text.\n\na--b/c d.msg  (DERIVED)\n  size: 1 bytes  sha256: 00\n")
                        .keySet()));
    }

    private static void put(JarOutputStream out, String name, byte[] b) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(b);
        out.closeEntry();
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

}
