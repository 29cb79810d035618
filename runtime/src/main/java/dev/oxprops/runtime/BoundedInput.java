package dev.oxprops.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.util.Arrays;
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
        try (SeekableByteChannel in = Files.newByteChannel(path)) {
            long size = in.size();
            if (size > limit) {
                throw new ReadLimitException(path.toString(), size, limit, limitName);
            }
            // one array of the size the open file has, filled by one read (no buffer grown and copied)
            byte[] data = new byte[(int) size];
            ByteBuffer buffer = ByteBuffer.wrap(data);
            while (buffer.hasRemaining()) {
                if (in.read(buffer) < 0) {
                    return Arrays.copyOf(data, buffer.position()); // it shrank meanwhile
                }
            }
            byte[] more = Channels.newInputStream(in).readNBytes((int) (limit - size) + 1);
            if (more.length > limit - size) {
                throw new ReadLimitException(path.toString(), limit, "more than " + limit + " bytes, over the "
                        + limitName + " of " + limit + " bytes");
            }
            if (more.length == 0) {
                return data;
            }
            byte[] all = Arrays.copyOf(data, data.length + more.length); // it grew meanwhile, within the limit
            System.arraycopy(more, 0, all, data.length, more.length);
            return all;
        }
    }

    private static void checkLimit(long limit) {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a limit lies in 0.." + MAX_LIMIT + ", got " + limit);
        }
    }
}
