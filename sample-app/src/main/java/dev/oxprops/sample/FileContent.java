package dev.oxprops.sample;

import dev.oxprops.backend.msg.MsgMessage;
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
 *
 * <p>Content can be <b>lent</b> ({@link #lent}): bytes in a buffer that its owner uses again once the file is
 * inspected (a bulk scan's thread reads every file into one buffer). Only {@link MsgReader} reads lent bytes in
 * place (its message holds copies); every other reader gets a copy of its own ({@link #bytes()}, {@link #open()}).
 */
final class FileContent {
    /** The largest file read into memory here: the .msg and TNEF readers' limit (256 MiB); larger ones are streamed. */
    static final long IN_MEMORY = MsgReader.DEFAULT_MAX_FILE_SIZE;

    private final Path file;
    /** The content is {@code bytes[0, length)}; null when it is streamed from the file. */
    private byte[] bytes;
    private final int length;
    /** Whether {@code bytes} is lent: used again by its owner after the inspection (never handed on). */
    private boolean lent;
    private final MessageFiles.Format format;

    private FileContent(Path file, byte[] bytes, int length, boolean lent, MessageFiles.Format format) {
        this.file = file;
        this.bytes = bytes;
        this.length = length;
        this.lent = lent;
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
        return new FileContent(file, data, data == null ? 0 : data.length, false,
                data != null ? MessageFiles.detect(data, data.length) : MessageFiles.detect(file));
    }

    /**
     * The content of {@code file} held in {@code data[0, length)}, a buffer its owner uses again once the file is
     * inspected: nothing that outlives the inspection may refer to it.
     */
    static FileContent lent(Path file, byte[] data, int length) throws IOException {
        return new FileContent(file, data, length, true, MessageFiles.detect(data, length));
    }

    Path file() {
        return file;
    }

    /**
     * The whole content, an array of its own (a lent buffer is copied once), or null when the file is larger than
     * {@link #IN_MEMORY} (then {@link #open()} it).
     */
    byte[] bytes() {
        if (lent) {
            bytes = Arrays.copyOf(bytes, length);
            lent = false;
        }
        return bytes;
    }

    /** The content read as a .msg: in place from memory (the message holds copies), else from the file. */
    MsgMessage readMsg() {
        return bytes != null ? new MsgReader().read(bytes, length) : MsgReader.readFile(file);
    }

    MessageFiles.Format format() {
        return format;
    }

    /** The content as a stream: from memory, or the file opened again when it was too large to hold. */
    InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes()) : Files.newInputStream(file);
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
