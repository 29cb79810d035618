package dev.oxprops.sample;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** What went wrong, in words for the person at the terminal: no Java class names, no stack traces. */
final class Problems {
    private Problems() {}

    /** A sentence for {@code e}: the file-system problems by their meaning, anything else by its message. */
    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + ((NoSuchFileException) e).getFile();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + ((AccessDeniedException) e).getFile();
        }
        if (e instanceof FileAlreadyExistsException) {
            return ((FileAlreadyExistsException) e).getFile() + " is in the way: it exists and is not a folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder: " + ((NotDirectoryException) e).getFile();
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder is in the way: " + ((DirectoryNotEmptyException) e).getFile();
        }
        if (e instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) e;
            String reason = f.getReason();
            return (reason == null ? "cannot use the file" : reason) + ": " + f.getFile();
        }
        if (e instanceof EOFException) {
            return "the file ends early (truncated)";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            Throwable c = e.getCause();
            return c != null && c != e ? describe(c) : "an unexpected problem (" + plain(e) + ")";
        }
        return m;
    }

    /** "index out of bounds" for IndexOutOfBoundsException: a class name turned into words. */
    private static String plain(Throwable e) {
        String n = e.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
        return n.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
