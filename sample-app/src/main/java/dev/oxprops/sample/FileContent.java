package dev.oxprops.sample;

import dev.oxprops.backend.msg.MsgReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A message file's content for {@link MessageFiles#read(FileContent)}: read into memory with <b>one open</b> of the
 * file (its size known from the open file, the array allocated once), then recognised and parsed from there, instead
 * of opening the file once to recognise it and again for each reader. A file larger than {@link #IN_MEMORY} (the
 * readers' own limit, {@link MsgReader#DEFAULT_MAX_FILE_SIZE}) is not read here: it is recognised by its first
 * bytes and each reader opens it as before (and refuses it by its limit).
 */
final class FileContent {
    /** The largest file read into memory here: the .msg and TNEF readers' limit (256 MiB); larger ones are streamed. */
    static final long IN_MEMORY = MsgReader.DEFAULT_MAX_FILE_SIZE;

    private final Path file;
    private final byte[] bytes;
    private final MessageFiles.Format format;

    private FileContent(Path file, byte[] bytes, MessageFiles.Format format) {
        this.file = file;
        this.bytes = bytes;
        this.format = format;
    }

    /**
     * Reads {@code file} (at most {@link #IN_MEMORY} bytes) and recognises its format.
     *
     * @throws MessageFiles.NotAMessageException when the content is of no message format
     * @throws IOException when the file cannot be read
     */
    static FileContent of(Path file) throws IOException {
        return of(file, readAll(file, IN_MEMORY));
    }

    /** The content of {@code file} read already ({@code data}), or, when null, to be streamed from the file. */
    static FileContent of(Path file, byte[] data) throws IOException {
        return new FileContent(file, data, data != null ? MessageFiles.detect(data) : MessageFiles.detect(file));
    }

    Path file() {
        return file;
    }

    /** The whole content, or null when the file is larger than {@link #IN_MEMORY} (then {@link #open()} it). */
    byte[] bytes() {
        return bytes;
    }

    MessageFiles.Format format() {
        return format;
    }

    /** The content as a stream: from memory, or the file opened again when it was too large to hold. */
    InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    /** The file's bytes, read through one open channel; null when it holds more than {@code limit} bytes. */
    static byte[] readAll(Path file, long limit) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return readAll(in, limit);
        }
    }

    /** The bytes of an open file (positional reads from its start; not closed); null when more than {@code limit}. */
    static byte[] readAll(FileChannel in, long limit) throws IOException {
        long size = in.size();
        if (size > limit) {
            return null;
        }
        byte[] data = new byte[(int) size];
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, buffer.position()) < 0) {
                return Arrays.copyOf(data, buffer.position()); // it shrank meanwhile
            }
        }
        if (in.read(ByteBuffer.allocate(1), size) > 0) {
            return null; // it grew meanwhile: streamed, as a large file
        }
        return data;
    }
}
