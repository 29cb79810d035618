package dev.oxprops.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real files of this module, made by other software: {@code owner--repo/file} names as listed in
 * {@code SOURCES.txt} (origin, commit, licence, size, sha256, what the file holds), each folder with its project's
 * LICENSE. A test reads one with {@link #path(String)} (a file on disk: the resource itself when the classes are a
 * folder, a copy in a temporary folder when they are a jar), {@link #bytes(String)} or {@link #open(String)}.
 */
public final class RealFiles {
    /** The resource folder of the files. */
    public static final String RESOURCE_ROOT = "/dev/oxprops/testdata/real/";
    /** The list of files, with their origin and licence. */
    public static final String SOURCES = "SOURCES.txt";

    /** An entry's first line: {@code owner--repo/file}, maybe followed by a remark in parentheses. */
    private static final Pattern HEADER = Pattern.compile("([\\w.-]+--[\\w.-]+/[^/\\s][^/]*?)(?:\\s+\\(.*\\))?\\s*");

    private static final RealFiles INSTANCE = new RealFiles(RealFiles.class::getResource);

    private final Function<String, URL> resources;
    private Map<String, Entry> entries;
    private Path extracted;

    /** One entry of {@code SOURCES.txt}: the file's name, its declared size and sha256, and the entry's text. */
    public record Entry(String name, long size, String sha256, String text) {}

    RealFiles(Function<String, URL> resources) {
        this.resources = resources;
    }

    /** Every file {@code SOURCES.txt} lists, as {@code owner--repo/file}, in the order listed. */
    public static List<String> names() {
        return List.copyOf(INSTANCE.entries().keySet());
    }

    /** The listed files whose names end with {@code suffix} (e.g. {@code ".msg"}). */
    public static List<String> names(String suffix) {
        return names().stream().filter(n -> n.endsWith(suffix)).collect(Collectors.toUnmodifiableList());
    }

    /** The {@code SOURCES.txt} entry of a listed file; IllegalArgumentException for a name it does not list. */
    public static Entry entry(String name) {
        Entry e = INSTANCE.entries().get(name);
        if (e == null) {
            throw new IllegalArgumentException("not a real file of oxprops-test-data (see " + SOURCES + "): " + name);
        }
        return e;
    }

    /** A file on disk holding the named file (a listed file, {@code SOURCES.txt} or {@code owner--repo/LICENSE}). */
    public static Path path(String name) {
        return INSTANCE.file(name);
    }

    /** The named file's bytes. */
    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named file, opened; the caller closes it. */
    public static InputStream open(String name) {
        try {
            return INSTANCE.url(name).openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder holding every listed file, each folder's LICENSE and {@code SOURCES.txt}, as in this module. */
    public static Path directory() {
        return INSTANCE.folder();
    }

    synchronized Map<String, Entry> entries() {
        if (entries == null) {
            try (InputStream in = url(SOURCES).openStream()) {
                entries = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    URL url(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a file name of oxprops-test-data: " + name);
        }
        URL url = resources.apply(RESOURCE_ROOT + name);
        if (url == null) {
            throw new IllegalArgumentException("no such file in oxprops-test-data (see " + SOURCES + "): " + name);
        }
        return url;
    }

    synchronized Path file(String name) {
        URL url = url(name);
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(url.toString(), e);
            }
        }
        return extract(name, url);
    }

    synchronized Path folder() {
        URL sources = url(SOURCES);
        if ("file".equals(sources.getProtocol())) {
            return file(SOURCES).getParent();
        }
        List<String> all = new ArrayList<>(entries().keySet());
        all.add(SOURCES);
        all.addAll(entries().keySet().stream().map(n -> n.substring(0, n.indexOf('/')) + "/LICENSE").distinct()
                .collect(Collectors.toList()));
        all.forEach(n -> extract(n, url(n)));
        return extracted;
    }

    /** Copies a resource out of a jar into this JVM's temporary folder (once), removed when the JVM exits. */
    private Path extract(String name, URL url) {
        try {
            if (extracted == null) {
                extracted = Files.createTempDirectory("oxprops-test-data");
                extracted.toFile().deleteOnExit();
            }
            Path target = extracted.resolve(name);
            if (!Files.exists(target)) {
                Path parent = target.getParent();
                if (!Files.isDirectory(parent)) {
                    Files.createDirectories(parent);
                    parent.toFile().deleteOnExit();
                }
                try (InputStream in = url.openStream()) {
                    Files.copy(in, target);
                }
                target.toFile().deleteOnExit();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + name + " out of oxprops-test-data", e);
        }
    }

    /**
     * The entries of a {@code SOURCES.txt}: an entry starts with a line at the left margin naming
     * {@code owner--repo/file} (optionally followed by a remark in parentheses) and holds a line
     * {@code size: N bytes  sha256: HEX}.
     */
    static Map<String, Entry> parse(String text) {
        Map<String, Entry> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : (text + "\n\n").split("\n", -1)) {
            Matcher m = HEADER.matcher(line);
            boolean header = m.matches();
            if (header || (line.isBlank() && name != null)) {
                if (name != null) {
                    add(out, name, body.toString());
                }
                name = header ? m.group(1) : null;
                body.setLength(0);
            }
            if (name != null) {
                body.append(line).append('\n');
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static void add(Map<String, Entry> out, String name, String text) {
        long size = -1;
        String sha256 = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("size:") && l.contains("sha256:")) {
                size = Long.parseLong(l.substring(5, l.indexOf("bytes")).strip());
                sha256 = l.substring(l.indexOf("sha256:") + 7).strip();
            }
        }
        if (sha256 == null) {
            throw new IllegalStateException(SOURCES + ": the entry of " + name + " has no 'size: N bytes  sha256: HEX'");
        }
        if (out.put(name, new Entry(name, size, sha256, text)) != null) {
            throw new IllegalStateException(SOURCES + " lists " + name + " twice");
        }
    }
}
