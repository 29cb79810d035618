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
 *
 * <p>A file can also be <b>lent</b> to a parser ({@link #readFile(Path, long, String, Lent)}): its bytes are read into
 * a buffer of the calling thread that is used again for the thread's next file, so a bulk read does not allocate,
 * zero and bring into the cache a new array per file, and a file costs one read call. The buffer belongs to one call
 * at a time (a read nested in a parser gets its own); a thread keeps at most one, of at most {@link #KEPT} bytes.
 */
public final class BoundedInput {
    /** The largest limit: the largest array a JVM allocates. */
    public static final long MAX_LIMIT = Integer.MAX_VALUE - 8;
    /** The largest buffer a thread keeps for its next lent read (1 MiB); larger files get an array of their own. */
    public static final int KEPT = 1 << 20;
    /** The smallest buffer kept: files up to it share one size, so the buffer is seldom replaced. */
    private static final int SMALLEST_KEPT = 64 << 10;
    /** Each thread's spare buffer; null while it is lent (then a nested read allocates its own). */
    private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();

    /**
     * What a parser does with a whole input lent to it: the bytes are {@code data[0, length)}, and {@code data} is
     * used again once the call returns, so nothing the call returns or keeps may refer to it (copy what is kept).
     */
    @FunctionalInterface
    public interface Lent<T> {
        T apply(byte[] data, int length) throws IOException;
    }

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
        return readFile(path, limit, limitName, Arrays::copyOf); // read into the thread's buffer, then copied out
    }

    /**
     * Reads all bytes of the file {@code path} into a buffer lent to {@code parse} and returns what it returns; the
     * same limits as {@link #readFile(Path, long, String)}.
     *
     * @throws ReadLimitException when the file holds more than {@code limit} bytes (its subject: the path)
     */
    public static <T> T readFile(Path path, long limit, String limitName, Lent<T> parse) throws IOException {
        checkLimit(limit);
        try (SeekableByteChannel in = Files.newByteChannel(path)) {
            return read(in, path.toString(), limit, limitName, parse);
        }
    }

    /**
     * Reads an open file (from its position, normally its start, to its end; not closed) into a buffer lent to {@code parse}
     * and returns what it returns: refused by its size before anything is read when it holds more than {@code limit}
     * bytes, and bounded while reading should it grow meanwhile. A file that does not grow is read by one read call
     * (asking for one byte more than its size).
     *
     * @param subject what is read, for the exception: the path
     * @throws ReadLimitException when the file holds more than {@code limit} bytes
     */
    public static <T> T read(SeekableByteChannel in, String subject, long limit, String limitName, Lent<T> parse)
            throws IOException {
        checkLimit(limit);
        long size = in.size(); // its position is expected at 0 (asking it costs a system call); if not, less is read
        if (size > limit) {
            throw new ReadLimitException(subject, size, limit, limitName);
        }
        byte[] buffer = borrow((int) size + 1);
        try {
            ByteBuffer b = ByteBuffer.wrap(buffer, 0, (int) size + 1);
            while (b.position() < size && in.read(b) >= 0) {
                // a regular file gives its size at once, and no more unless it grew
            }
            if (b.position() <= size) {
                return parse.apply(buffer, b.position());
            }
            byte[] all = rest(in, Arrays.copyOf(buffer, b.position()), subject, limit, limitName);
            return parse.apply(all, all.length);
        } finally {
            giveBack(buffer);
        }
    }

    /** {@code start} and the rest of {@code in}, which grew while it was read, within the limit. */
    private static byte[] rest(SeekableByteChannel in, byte[] start, String subject, long limit, String limitName)
            throws IOException {
        byte[] more = Channels.newInputStream(in).readNBytes((int) Math.max(0, limit - start.length) + 1);
        if (start.length + (long) more.length > limit) {
            throw new ReadLimitException(subject, limit, "more than " + limit + " bytes, over the " + limitName
                    + " of " + limit + " bytes");
        }
        byte[] all = Arrays.copyOf(start, start.length + more.length);
        System.arraycopy(more, 0, all, start.length, more.length);
        return all;
    }

    /** A buffer of at least {@code length} bytes owned by the caller until {@link #giveBack}: the thread's spare one. */
    private static byte[] borrow(int length) {
        byte[] spare = SPARE.get();
        if (spare != null && spare.length >= length) {
            SPARE.set(null);
            return spare;
        }
        if (length > KEPT) {
            return new byte[length];
        }
        return new byte[Math.max(SMALLEST_KEPT, Math.min(KEPT, Integer.highestOneBit(length - 1) << 1))];
    }

    /** Keeps {@code buffer} as the thread's spare one, unless it is too large or a larger one is kept already. */
    private static void giveBack(byte[] buffer) {
        byte[] spare = SPARE.get();
        if (buffer.length <= KEPT && (spare == null || spare.length < buffer.length)) {
            SPARE.set(buffer);
        }
    }

    private static void checkLimit(long limit) {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a limit lies in 0.." + MAX_LIMIT + ", got " + limit);
        }
    }
}
