package dev.oxprops.backend.msg;

import dev.oxprops.runtime.BoundedInput;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.ReadLimitException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads an Outlook {@code .msg} file ([MS-OXMSG]) into a {@link MsgMessage}: every tagged and named
 * property of the message, of every type a property stream can hold, and its recipients.
 *
 * <p>The reader parses the compound file ({@link CompoundFile}, in place over the file's bytes), the property
 * streams and the {@code __substg1.0_} streams itself, resolves named properties through {@code __nameid_version1.0}, and decodes
 * PtypString8 values with the message's code page (PidTagMessageCodepage, else
 * PidTagInternetCodepage, else windows-1252).
 *
 * <p>Attachments are read with their properties, and an attached message ({@code __substg1.0_3701000D})
 * recursively, down to {@link #maxEmbeddingDepth(int)} levels; see {@link MsgMessage#attachments()}.
 *
 * <p>Bad input never loses the whole message for one bad property: what cannot be read is left out
 * and named in {@link MsgMessage#problems()}. Only a file that is not a compound file, is truncated
 * beyond repair, or has no top-level property stream raises {@link MsgFormatException}.
 *
 * <p>Memory is bounded by the bytes present, not by what the file claims: before a stream is allocated,
 * its declared size is checked against the file's size and against what the streams already read leave
 * of it (a stream that claims more is damage: skipped, with a problem). The configured limits
 * ({@link #maxFileSize(long)}, {@link #maxValueBytes(long)}, {@link #maxEmbeddingDepth(int)}) raise
 * {@link ReadLimitException} naming what tripped them. Instances are immutable settings holders and may be
 * shared.
 *
 * <p>Split by responsibility: {@link StreamBudget} (sizes and limits), {@link NamedMappingReader} (the
 * named-property map), {@link MessageCharset} and {@link Strings} (charsets), {@link ValueDecoder} and
 * {@link dev.oxprops.runtime.FixedSizeValues} (values), {@link ObjectReader} (one property stream), {@link MessageReader}
 * (recipients, attachments, embedded messages).
 */
public final class MsgReader {
    /** The default limit on the file size: 256 MiB. */
    public static final long DEFAULT_MAX_FILE_SIZE = 256L << 20;
    /** The default limit on the bytes of all values kept: 512 MiB. */
    public static final long DEFAULT_MAX_VALUE_BYTES = 512L << 20;

    /** The default limit on how deep attached messages are read: 16. */
    public static final int DEFAULT_MAX_EMBEDDING_DEPTH = 16;

    private static final String FILE_SIZE_LIMIT = "reader's file size limit (MsgReader.maxFileSize)";

    private final long maxFileSize;
    private final long maxValueBytes;
    private final int maxEmbeddingDepth;

    public MsgReader() {
        this(DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_VALUE_BYTES, DEFAULT_MAX_EMBEDDING_DEPTH);
    }

    private MsgReader(long maxFileSize, long maxValueBytes, int maxEmbeddingDepth) {
        this.maxFileSize = maxFileSize;
        this.maxValueBytes = maxValueBytes;
        this.maxEmbeddingDepth = maxEmbeddingDepth;
    }

    /** A reader refusing files larger than {@code bytes} (at most {@code Integer.MAX_VALUE - 8}). */
    public MsgReader maxFileSize(long bytes) {
        if (bytes <= 0 || bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxFileSize must lie in 1.." + (Integer.MAX_VALUE - 8) + ", got " + bytes);
        }
        return new MsgReader(bytes, maxValueBytes, maxEmbeddingDepth);
    }

    /** A reader that keeps at most {@code bytes} of stream data; a stream beyond it is a {@link ReadLimitException}. */
    public MsgReader maxValueBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxValueBytes must be positive, got " + bytes);
        }
        return new MsgReader(maxFileSize, bytes, maxEmbeddingDepth);
    }

    /** A reader that reads attached messages at most {@code depth} levels deep (0: none); deeper is a {@link ReadLimitException}. */
    public MsgReader maxEmbeddingDepth(int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("maxEmbeddingDepth must not be negative, got " + depth);
        }
        return new MsgReader(maxFileSize, maxValueBytes, depth);
    }

    /** Reads a message file with the default limits. */
    public static MsgMessage readFile(Path path) {
        return new MsgReader().read(path);
    }

    public MsgMessage read(File file) {
        return read(file.toPath());
    }

    public MsgMessage read(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            // read into the thread's buffer, used again for its next file (the message holds copies of what it keeps)
            return BoundedInput.readFile(path, maxFileSize, FILE_SIZE_LIMIT, this::read);
        } catch (IOException e) {
            throw new MsgFormatException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a message from a stream (not closed), refusing more than {@link #maxFileSize(long)} bytes. */
    public MsgMessage read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return read(BoundedInput.readAll(in, "the message", maxFileSize, FILE_SIZE_LIMIT));
        } catch (IOException e) {
            throw new MsgFormatException("cannot read the message: " + e.getMessage(), e);
        }
    }

    /** Reads a message held in memory. */
    public MsgMessage read(byte[] data) {
        Objects.requireNonNull(data, "data");
        return read(data, data.length);
    }

    /**
     * Reads a message held in {@code data[0, length)}. The array is not kept: the message holds copies of the bytes
     * it needs, so the array may be used again (for the next file) once this returns.
     */
    public MsgMessage read(byte[] data, int length) {
        Objects.requireNonNull(data, "data");
        Objects.checkFromIndexSize(0, length, data.length);
        if (length > maxFileSize) {
            throw new ReadLimitException("the message", length, maxFileSize, FILE_SIZE_LIMIT);
        }
        if (length < 512) {
            throw new MsgFormatException("not a compound file (CFB): " + length
                    + " bytes, shorter than the 512-byte header");
        }
        CompoundFile cfb;
        try {
            cfb = CompoundFile.of(data, length);
        } catch (IOException | RuntimeException e) {
            throw new MsgFormatException("not a readable compound file (CFB): " + describe(e), e);
        }
        try {
            return message(cfb.root(), length);
        } catch (OxPropsException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new MsgFormatException("the compound file is damaged: " + describe(e), e);
        }
    }

    private MsgMessage message(CompoundFile.Storage root, long fileSize) {
        if (!root.hasEntry(MsgTags.PROPERTIES)) {
            throw new MsgFormatException("not an Outlook message: the compound file has no " + MsgTags.PROPERTIES
                    + " stream");
        }
        Problems problems = new Problems();
        StreamBudget streams = new StreamBudget(fileSize, maxValueBytes, problems);
        NamedPropertyMap named = NamedMappingReader.read(root, streams, problems);
        return new MessageReader(streams, problems, named, maxEmbeddingDepth).message(root, MsgTags.TOP_HEADER,
                "message", 0);
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
