package dev.oxprops.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole input into memory under a reader's size limit, for backends whose format needs the bytes at once
 * ({@code .msg}, TNEF): memory stays bounded by the bytes present and the limit, whatever the input claims, and an
 * input over the limit is a {@link ReadLimitException} naming the limit.
 */
public final class BoundedInput {
    /** The largest limit: the largest array a JVM allocates. */
    public static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

    private BoundedInput() {}

    /**
     * All bytes of {@code in} (not closed).
     *
     * @param subject what is read, for the exception: "the message", "the stream"
     * @param limit the most bytes allowed, 0 to {@link #MAX_LIMIT}
     * @param limitName the limit's name, for the exception: "reader's file size limit (MsgReader.maxFileSize)"
     * @throws ReadLimitException when {@code in} holds more than {@code limit} bytes (at most one byte more is read)
     */
    public static byte[] readAll(InputStream in, String subject, long limit, String limitName) throws IOException {
        checkLimit(limit);
        byte[] bytes = in.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            throw new ReadLimitException(subject, limit, "more than " + limit + " bytes, over the " + limitName + " of "
                    + limit + " bytes");
        }
        return bytes;
    }

    /**
     * All bytes of the file {@code path}: refused by its size before anything is read when the file is larger than
     * {@code limit}, and bounded while reading should it grow meanwhile.
     *
     * @throws ReadLimitException when the file holds more than {@code limit} bytes (its subject: the path)
     */
    public static byte[] readFile(Path path, long limit, String limitName) throws IOException {
        checkLimit(limit);
        long size = Files.size(path);
        if (size > limit) {
            throw new ReadLimitException(path.toString(), size, limit, limitName);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readAll(in, path.toString(), limit, limitName);
        }
    }

    private static void checkLimit(long limit) {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a limit lies in 0.." + MAX_LIMIT + ", got " + limit);
        }
    }
}
