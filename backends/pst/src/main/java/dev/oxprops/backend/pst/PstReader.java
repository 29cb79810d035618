package dev.oxprops.backend.pst;

import com.pff.PSTException;
import com.pff.PSTFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens Outlook PST files ([MS-PST]) for reading over java-libpst 0.9.3, which reads the file through a
 * {@link java.io.RandomAccessFile}: items are read one at a time as the folders are walked, never the whole file.
 * Instances are immutable settings holders and may be shared.
 */
public final class PstReader {
    /** The default limit on an attachment's data kept in its bag: 64 MiB. */
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 64L << 20;

    private final boolean readPasswordProtected;
    private final long maxAttachmentBytes;

    public PstReader() {
        this(false, DEFAULT_MAX_ATTACHMENT_BYTES);
    }

    private PstReader(boolean readPasswordProtected, long maxAttachmentBytes) {
        this.readPasswordProtected = readPasswordProtected;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /**
     * Whether the items of a password-protected PST are read (default: no, {@link PstFile#forEachItem} throws
     * {@link PstPasswordProtectedException}).
     */
    public PstReader readPasswordProtected(boolean read) {
        return new PstReader(read, maxAttachmentBytes);
    }

    /** An attachment whose data is larger than {@code bytes} is read without its data, with a problem saying so. */
    public PstReader maxAttachmentBytes(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("maxAttachmentBytes must not be negative, got " + bytes);
        }
        return new PstReader(readPasswordProtected, bytes);
    }

    boolean readsPasswordProtected() {
        return readPasswordProtected;
    }

    long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    /**
     * Opens a PST file; the caller closes it.
     *
     * @throws PstFormatException when the file is not a PST java-libpst reads (signature, version, encryption)
     */
    public PstFile open(Path path) {
        Objects.requireNonNull(path, "path");
        if (!Files.isRegularFile(path)) {
            throw new PstFormatException("not a file: " + path);
        }
        try {
            return new PstFile(new PSTFile(path.toFile()), path, this);
        } catch (PSTException | IOException | RuntimeException e) {
            throw new PstFormatException("cannot open " + path.getFileName() + " as a PST: " + e.getMessage(), e);
        }
    }
}
