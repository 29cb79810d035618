package dev.oxprops.backend.msg;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.ReadLimitException;
import dev.oxprops.runtime.ReadProblem;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Reads one message storage (the root, or an attachment's embedded message {@code __substg1.0_3701000D},
 * [MS-OXMSG] 2.2.2.1) with its recipients and attachments; embedded messages are read recursively down
 * to the reader's depth limit. The named-property mapping is the file's, shared by every level.
 */
final class MessageReader {
    /** The PtypObject tag of an attachment's embedded message: PidTagAttachDataObject. */
    static final int ATTACH_DATA_OBJECT = 0x3701000D;

    private final StreamBudget streams;
    private final Problems problems;
    private final NamedPropertyMap named;
    private final ObjectReader objects;
    private final int maxDepth;

    MessageReader(StreamBudget streams, Problems problems, NamedPropertyMap named, int maxDepth) {
        this.streams = streams;
        this.problems = problems;
        this.named = named;
        this.objects = new ObjectReader(named, problems);
        this.maxDepth = maxDepth;
    }

    /** The message of {@code dir}, or null (with a problem) for an embedded message without property stream. */
    MsgMessage message(CompoundFile.Storage dir, int headerSize, String where, int depth) {
        int firstProblem = depth == 0 ? 0 : problems.size();
        byte[] props = streams.read(dir, MsgTags.PROPERTIES, where + ": property stream " + MsgTags.PROPERTIES);
        if (props == null) {
            if (depth == 0) {
                throw new MsgFormatException("the top-level property stream cannot be read");
            }
            problems.add(ReadProblem.Kind.MISSING, where, "no readable property stream; the embedded message is"
                    + " not read");
            return null;
        }
        Charset ansi = MessageCharset.of(props, headerSize, problems);
        ValueDecoder values = new ValueDecoder(streams, problems, new Strings(ansi, problems));
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        objects.read(dir, props, headerSize, bag, where, values);
        TreeMap<String, CompoundFile.Storage> recipStorages = storages(dir, MsgTags.RECIP_PREFIX);
        TreeMap<String, CompoundFile.Storage> attachStorages = storages(dir, MsgTags.ATTACH_PREFIX);
        List<PropertyBag> recipients = new ArrayList<>();
        for (CompoundFile.Storage r : recipStorages.values()) {
            PropertyBag rb = child(r, prefix(where, depth) + "recipient " + r.getName(), values, depth, null);
            if (rb != null) {
                recipients.add(rb);
            }
        }
        List<MsgAttachment> attachments = new ArrayList<>();
        for (CompoundFile.Storage a : attachStorages.values()) {
            MsgMessage[] embedded = new MsgMessage[1];
            PropertyBag ab = child(a, prefix(where, depth) + "attachment " + a.getName(), values, depth, embedded);
            if (ab != null) {
                attachments.add(new MsgAttachment(ab, embedded[0]));
            }
        }
        checkCounts(props, headerSize, where, recipStorages.size(), attachStorages.size());
        return new MsgMessage(bag, recipients, attachments, named, problems.since(firstProblem));
    }

    private static String prefix(String where, int depth) {
        return depth == 0 ? "" : where + ": ";
    }

    private static TreeMap<String, CompoundFile.Storage> storages(CompoundFile.Storage dir, String prefix) {
        TreeMap<String, CompoundFile.Storage> found = new TreeMap<>();
        for (CompoundFile.Node e : dir) {
            if (e instanceof CompoundFile.Storage && e.getName().startsWith(prefix)) {
                found.put(e.getName().toUpperCase(Locale.ROOT), (CompoundFile.Storage) e);
            }
        }
        return found;
    }

    /** A recipient or attachment (then {@code embedded} gets its embedded message, if any); null if skipped. */
    private PropertyBag child(CompoundFile.Storage dir, String where, ValueDecoder values, int depth, MsgMessage[] embedded) {
        try {
            byte[] props = streams.read(dir, MsgTags.PROPERTIES, where + ": property stream " + MsgTags.PROPERTIES);
            if (props == null) {
                problems.add(ReadProblem.Kind.MISSING, where, "no readable property stream; skipped");
                return null;
            }
            InMemoryPropertyBag bag = new InMemoryPropertyBag();
            List<Integer> objectTags = objects.read(dir, props, MsgTags.OBJECT_HEADER, bag, where, values);
            for (int tag : objectTags) {
                String name = MsgTags.substgName(tag >>> 16, tag & 0xFFFF);
                if (embedded != null && tag == ATTACH_DATA_OBJECT) {
                    embedded[0] = embedded((CompoundFile.Storage) dir.getEntry(name), where + ": embedded message", depth);
                } else {
                    problems.add(ReadProblem.Kind.NOT_READ, where + ": storage " + name, "a custom storage"
                            + " (PtypObject) that is not an embedded message; not read");
                }
            }
            return bag;
        } catch (OxPropsException e) {
            throw e;
        } catch (RuntimeException e) {
            problems.add(ReadProblem.Kind.MALFORMED_STRUCTURE, where, "cannot be read (" + MsgReader.describe(e)
                    + "); skipped");
            return null;
        }
    }

    private MsgMessage embedded(CompoundFile.Storage dir, String where, int depth) {
        if (depth + 1 > maxDepth) {
            throw new ReadLimitException(where, maxDepth, "messages embedded " + (depth + 1) + " deep, over the"
                    + " reader's limit of " + maxDepth + " (MsgReader.maxEmbeddingDepth)");
        }
        return message(dir, MsgTags.EMBEDDED_HEADER, where, depth + 1);
    }

    private void checkCounts(byte[] props, int headerSize, String where, int recipients, int attachments) {
        if (headerSize == MsgTags.OBJECT_HEADER || props.length < headerSize) {
            return;
        }
        long r = LittleEndian.u32(props, 16);
        long a = LittleEndian.u32(props, 20);
        if (r != recipients) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, where, "the property stream header counts " + r
                    + " recipients, the file holds " + recipients + " recipient storages");
        }
        if (a != attachments) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, where, "the property stream header counts " + a
                    + " attachments, the file holds " + attachments + " attachment storages");
        }
    }
}
