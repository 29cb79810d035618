package dev.oxprops.sample;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The files named on a command line, folders walked as the walk goes (never listed whole in advance): a file
 * named is given as it is; a folder gives, depth first, the files in it whose names a message format claims
 * ({@link MessageFiles.Format#byExtension}), each folder's entries in name order, so that the order is the same on
 * every run and every file system. Memory holds one listing per folder on the current path (the largest
 * folder's names, not the number of files). Symbolic links to folders are not followed.
 */
final class FileWalk implements Iterator<FileWalk.Entry> {
    /** A file to scan, or a folder that cannot be walked ({@code problem} says why, in words). */
    record Entry(Path file, String problem) {}

    private final Iterator<Path> arguments;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private final List<String> emptyFolders = new ArrayList<>();
    private Path folder;
    private boolean folderHadFiles;
    private Entry next;

    FileWalk(List<Path> arguments) {
        this.arguments = arguments.iterator();
    }

    /** The folders named that held no file of those names (known once the walk has passed them). */
    List<String> emptyFolders() {
        return List.copyOf(emptyFolders);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry e = next;
        next = null;
        return e;
    }

    private Entry advance() {
        while (true) {
            while (!stack.isEmpty()) {
                Iterator<Path> top = stack.peek();
                if (!top.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path p = top.next();
                BasicFileAttributes a = attributes(p); // one lstat a name
                if (a == null) {
                    continue;
                }
                if (a.isDirectory()) {
                    Entry failed = push(p);
                    if (failed != null) {
                        return failed;
                    }
                } else if (MessageFiles.Format.byExtension(p) != null
                        && (a.isRegularFile() || (a.isSymbolicLink() && Files.isRegularFile(p)))) {
                    folderHadFiles = true;
                    return new Entry(p, null);
                }
            }
            if (folder != null && !folderHadFiles) {
                emptyFolders.add(folder.toString());
            }
            folder = null;
            if (!arguments.hasNext()) {
                return null;
            }
            Path p = arguments.next();
            if (!Files.isDirectory(p)) {
                return new Entry(p, null);
            }
            folder = p;
            folderHadFiles = false;
            Entry failed = push(p);
            if (failed != null) {
                folderHadFiles = true; // reported as a problem, not as empty
                return failed;
            }
        }
    }

    /** The entry's own attributes (a link's, not its target's), or null when they cannot be read (it is skipped). */
    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Lists a folder, sorted by name, onto the stack; a folder that cannot be listed is an entry with a problem. */
    private Entry push(Path dir) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path c : s) {
                children.add(c);
            }
        } catch (IOException | RuntimeException e) {
            return new Entry(dir, "cannot walk the folder: " + Problems.describe(e));
        }
        children.sort(null);
        stack.push(children.iterator());
        return null;
    }
}
