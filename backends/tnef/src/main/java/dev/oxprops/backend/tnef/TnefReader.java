package dev.oxprops.backend.tnef;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.Codepages;
import dev.oxprops.runtime.BoundedInput;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadLimitException;
import dev.oxprops.runtime.ReadProblem;
import dev.oxprops.runtime.ReadProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a TNEF stream ([MS-OXTNEF], "winmail.dat") into a {@link TnefMessage}: the legacy attributes mapped to their
 * MAPI properties, attMsgProps, attRecipTable and each attachment's attributes and attAttachment, with named
 * properties (GUID and LID, or GUID and string name), multi-valued and Unicode properties. Built on the spec, not on
 * POI's HMEF (which reads no names of named properties, no recipient table, and writes nothing; see the module's
 * documentation).
 *
 * <p>Bad input never loses the whole message for one bad attribute: a bad checksum is reported and the value kept; a
 * length or count claiming more bytes than are present is reported and the read stops there, keeping what came
 * before. Only a stream shorter than its header or with another signature raises {@link TnefFormatException}; one
 * over {@link #maxStreamSize(long)} raises {@link ReadLimitException}. Every size read from the stream is checked
 * against the bytes present before anything is allocated for it, so memory stays bounded by the stream's size.
 * Instances are immutable and may be shared.
 */
public final class TnefReader {
    /** The default limit on a stream's size: 256 MiB. */
    public static final long DEFAULT_MAX_STREAM_SIZE = 256L << 20;
    /** The default limit on embedded messages inside embedded messages. */
    public static final int DEFAULT_MAX_DEPTH = 8;

    private static final String STREAM_SIZE_LIMIT = "reader's stream size limit (TnefReader.maxStreamSize)";

    private final long maxStreamSize;
    private final int maxDepth;

    public TnefReader() {
        this(DEFAULT_MAX_STREAM_SIZE, DEFAULT_MAX_DEPTH);
    }

    private TnefReader(long maxStreamSize, int maxDepth) {
        this.maxStreamSize = maxStreamSize;
        this.maxDepth = maxDepth;
    }

    /** A reader refusing streams larger than {@code bytes}. */
    public TnefReader maxStreamSize(long bytes) {
        if (bytes <= 0 || bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxStreamSize must lie in 1.." + (Integer.MAX_VALUE - 8) + ", got " + bytes);
        }
        return new TnefReader(bytes, maxDepth);
    }

    /** A reader that reads embedded messages at most {@code depth} levels deep. */
    public TnefReader maxDepth(int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("maxDepth must not be negative, got " + depth);
        }
        return new TnefReader(maxStreamSize, depth);
    }

    /** Reads a file with the default limits. */
    public static TnefMessage readFile(Path path) {
        return new TnefReader().read(path);
    }

    public TnefMessage read(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            return read(BoundedInput.readFile(path, maxStreamSize, STREAM_SIZE_LIMIT));
        } catch (IOException e) {
            throw new TnefFormatException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a stream (not closed), refusing more than {@link #maxStreamSize(long)} bytes. */
    public TnefMessage read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return read(BoundedInput.readAll(in, "the stream", maxStreamSize, STREAM_SIZE_LIMIT));
        } catch (IOException e) {
            throw new TnefFormatException("cannot read the stream: " + e.getMessage(), e);
        }
    }

    /** Reads a stream held in memory. */
    public TnefMessage read(byte[] data) {
        return read(data, 0);
    }

    TnefMessage read(byte[] data, int depth) {
        Objects.requireNonNull(data, "data");
        if (data.length > maxStreamSize) {
            throw new ReadLimitException("the stream", data.length, maxStreamSize, STREAM_SIZE_LIMIT);
        }
        if (depth > maxDepth) {
            throw new TnefFormatException("an embedded message nested " + depth + " deep, over the limit of " + maxDepth);
        }
        if (data.length < 6) {
            throw new TnefFormatException("not a TNEF stream: " + data.length + " bytes, shorter than the 6-byte header");
        }
        Bytes.Cursor c = new Bytes.Cursor(data, 0, data.length);
        int signature = c.i32();
        if (signature != TnefIds.SIGNATURE) {
            throw new TnefFormatException(String.format("not a TNEF stream: signature 0x%08X, not 0x%08X", signature,
                    TnefIds.SIGNATURE));
        }
        return new Parse(this, c.u16(), depth).run(c);
    }

    /** One read of one stream. */
    private static final class Parse {
        private final TnefReader reader;
        private final int key;
        private final int depth;
        private final List<ReadProblem> problems = new ArrayList<>();
        private final InMemoryPropertyBag message = new InMemoryPropertyBag();
        private final Set<PropertyId> messageFromProps = new HashSet<>();
        private final List<TnefAttribute> messageOther = new ArrayList<>();
        private final List<PropertyBag> recipients = new ArrayList<>();
        private final List<TnefAttachment> attachments = new ArrayList<>();
        private InMemoryPropertyBag attachment;
        private Set<PropertyId> attachmentFromProps;
        private List<TnefAttribute> attachmentOther;
        private Charset ansi = Codepages.defaultCharset();
        private int codepage;

        Parse(TnefReader reader, int key, int depth) {
            this.reader = reader;
            this.key = key;
            this.depth = depth;
        }

        TnefMessage run(Bytes.Cursor c) {
            while (c.remaining() > 0) {
                if (!next(c)) {
                    break;
                }
            }
            closeAttachment();
            return new TnefMessage(message, recipients, attachments, messageOther, problems, key, codepage);
        }

        /** Reads one attribute; false when the rest of the stream cannot be read. */
        private boolean next(Bytes.Cursor c) {
            int start = c.pos;
            int level = c.data[c.pos] & 0xFF;
            if (level != TnefIds.LEVEL_MESSAGE && level != TnefIds.LEVEL_ATTACHMENT) {
                problems.add(ReadProblem.of(Kind.MALFORMED_STRUCTURE, "(after the last attribute)",
                        c.remaining() + " bytes from offset " + start + " do not start an attribute (level " + level
                                + "); they are not read"));
                return false;
            }
            if (c.remaining() < 11) {
                problems.add(ReadProblem.of(Kind.SIZE_MISMATCH, "(after the last attribute)",
                        c.remaining() + " bytes from offset " + start + " are too few for an attribute"));
                return false;
            }
            c.pos++;
            int id = c.i32();
            long length = c.u32();
            String name = TnefIds.name(id);
            if (length > c.remaining() - 2L) {
                problems.add(ReadProblem.of(Kind.SIZE_MISMATCH, name, "claims " + length
                        + " bytes, " + Math.max(0, c.remaining() - 2) + " are left; the stream is not read further"));
                return false;
            }
            int from = c.pos;
            int to = from + (int) length;
            c.pos = to;
            int stored = c.u16();
            int computed = Bytes.checksum(c.data, from, to);
            if (stored != computed) {
                problems.add(ReadProblem.of(Kind.MALFORMED_STRUCTURE, name,
                        String.format("checksum 0x%04X, the bytes sum to 0x%04X; the value is kept", stored, computed)));
            }
            attribute(level, id, c.data, from, to, name);
            return true;
        }

        private void attribute(int level, int id, byte[] b, int from, int to, String name) {
            int canonical = TnefIds.canonical(id);
            if (level == TnefIds.LEVEL_MESSAGE) {
                message(id, canonical, b, from, to, name);
            } else {
                attachment(id, canonical, b, from, to, name);
            }
        }

        private void message(int id, int canonical, byte[] b, int from, int to, String name) {
            switch (canonical) {
                case TnefIds.TNEF_VERSION:
                    return;
                case TnefIds.OEM_CODEPAGE:
                    codepage(b, from, to, name);
                    return;
                case TnefIds.MSG_PROPS:
                    TnefProperties.read(new Bytes.Cursor(b, from, to), message, messageFromProps, context(name));
                    return;
                case TnefIds.RECIP_TABLE:
                    recipients(new Bytes.Cursor(b, from, to), name);
                    return;
                default:
                    legacy(TnefLegacy.MESSAGE.get(canonical), TnefIds.LEVEL_MESSAGE, id, b, from, to, name, message,
                            messageFromProps, messageOther);
            }
        }

        private void attachment(int id, int canonical, byte[] b, int from, int to, String name) {
            if (canonical == TnefIds.ATTACH_REND_DATA) {
                closeAttachment();
                openAttachment();
                rendData(b, from, to, name);
                return;
            }
            if (attachment == null) {
                problems.add(ReadProblem.of(Kind.MALFORMED_STRUCTURE, name,
                        "an attachment attribute before any attAttachRendData; an attachment is started for it"));
                openAttachment();
            }
            if (canonical == TnefIds.ATTACHMENT) {
                TnefProperties.read(new Bytes.Cursor(b, from, to), attachment, attachmentFromProps, context(name));
                return;
            }
            legacy(TnefLegacy.ATTACHMENT.get(canonical), TnefIds.LEVEL_ATTACHMENT, id, b, from, to, name, attachment,
                    attachmentFromProps, attachmentOther);
        }

        private TnefProperties.ReadContext context(String name) {
            return new TnefProperties.ReadContext(name, ansi, problems);
        }

        private void legacy(TnefLegacy.Mapping mapping, int level, int id, byte[] b, int from, int to, String name,
                PropertyBag bag, Set<PropertyId> fromProps, List<TnefAttribute> other) {
            try {
                if (TnefLegacy.map(mapping, b, from, to, ansi, bag, fromProps)) {
                    return;
                }
            } catch (RuntimeException e) {
                problems.add(ReadProblem.of(Kind.MALFORMED_VALUE, name,
                        e.getMessage() + "; the attribute is kept unmapped"));
            }
            other.add(new TnefAttribute(level, id, java.util.Arrays.copyOfRange(b, from, to)));
        }

        private void codepage(byte[] b, int from, int to, String name) {
            if (to - from < 4) {
                problems.add(ReadProblem.of(Kind.MALFORMED_VALUE, name, (to - from)
                        + " bytes, no code page; windows-1252 is used"));
                return;
            }
            codepage = new Bytes.Cursor(b, from, to).i32();
            Charset cs = Codepages.charset(codepage);
            if (cs == null) {
                problems.add(ReadProblem.of(Kind.MALFORMED_VALUE, name, "code page " + codepage
                        + " has no Java charset; windows-1252 is used"));
            } else {
                ansi = cs;
            }
        }

        private void recipients(Bytes.Cursor c, String name) {
            long rows;
            try {
                rows = c.u32();
            } catch (Bytes.Short e) {
                problems.add(ReadProblem.of(Kind.SIZE_MISMATCH, name, e.getMessage()));
                return;
            }
            // a row takes at least its 4-byte property count
            if (rows > c.remaining() / 4) {
                problems.add(ReadProblem.of(Kind.SIZE_MISMATCH, name, "claims " + rows + " rows in "
                        + c.remaining() + " bytes; reading as many as are there"));
            }
            for (long r = 0; r < rows && c.remaining() > 0; r++) {
                InMemoryPropertyBag row = new InMemoryPropertyBag();
                boolean whole = TnefProperties.read(c, row, new HashSet<>(), context(name + " row " + r));
                recipients.add(row);
                if (!whole) {
                    return;
                }
            }
        }

        private void rendData(byte[] b, int from, int to, String name) {
            Bytes.Cursor c = new Bytes.Cursor(b, from, to);
            try {
                int type = c.u16();
                int position = c.i32();
                PropertyId method = PropertyId.tag(0x3705);
                if (!attachmentFromProps.contains(method)) {
                    attachment.put(method, MapiType.PtypInteger32,
                            type == TnefLegacy.ATYP_OLE ? TnefLegacy.ATTACH_OLE : TnefLegacy.ATTACH_BY_VALUE);
                }
                attachment.put(PropertyId.tag(0x370B), MapiType.PtypInteger32, position);
            } catch (Bytes.Short e) {
                problems.add(ReadProblem.of(Kind.MALFORMED_VALUE, name, e.getMessage()));
            }
        }

        private void openAttachment() {
            attachment = new InMemoryPropertyBag();
            attachmentFromProps = new HashSet<>();
            attachmentOther = new ArrayList<>();
        }

        private void closeAttachment() {
            if (attachment != null) {
                attachments.add(new TnefAttachment(attachment, attachmentOther, reader, depth));
                attachment = null;
            }
        }
    }
}
