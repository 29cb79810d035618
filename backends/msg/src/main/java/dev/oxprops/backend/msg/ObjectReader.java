package dev.oxprops.backend.msg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the properties of one object (message, recipient, attachment) from its property stream and its
 * {@code __substg1.0_} streams into a bag. An id in the named range without a mapping is kept as a tag of
 * that id, as it was read ({@link MsgWriter} writes it back unmapped); a stream whose property the
 * property stream lists under another type is a {@link ReadProblem.Kind#TYPE_MISMATCH}.
 */
final class ObjectReader {
    private final NamedPropertyMap named;
    private final Problems problems;
    private final Set<Integer> unmappedReported = new HashSet<>();

    ObjectReader(NamedPropertyMap named, Problems problems) {
        this.named = named;
        this.problems = problems;
    }

    /**
     * Reads {@code props} (entries after {@code headerSize} bytes) and the streams of {@code dir} into
     * {@code bag}; returns the tags of the PtypObject entries whose value is a storage (an embedded message,
     * read by the caller).
     */
    List<Integer> read(CompoundFile.Storage dir, byte[] props, int headerSize, PropertyBag bag, String where,
            ValueDecoder values) {
        List<Integer> objects = new ArrayList<>();
        if (props.length < headerSize) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, where, "property stream is " + props.length
                    + " bytes, shorter than its " + headerSize + "-byte header; no properties read from it");
            return objects;
        }
        int rest = (props.length - headerSize) % 16;
        if (rest != 0) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, where, "property stream has " + rest
                    + " trailing bytes after its last 16-byte entry; ignored");
        }
        Set<String> consumed = new HashSet<>();
        for (int off = headerSize; off + 16 <= props.length; off += 16) {
            int tag = LittleEndian.i32(props, off);
            int id = tag >>> 16;
            PropertyId pid = resolve(id, where);
            PropertyLabel label = new PropertyLabel(where, tag, pid);
            MapiType type = MapiType.forCode(tag & 0xFFFF);
            if (type == null) {
                problems.add(ReadProblem.Kind.TYPE_MISMATCH, label, "has unknown type 0x"
                        + String.format("%04X", tag & 0xFFFF) + "; skipped");
            } else if (bag.contains(pid)) {
                problems.add(ReadProblem.Kind.DUPLICATE, label, "is listed twice; the second entry is skipped");
            } else if (type == MapiType.PtypObject && isStorage(dir, MsgTags.substgName(id, type.code()))) {
                consumed.add(MsgTags.substgName(id, type.code()).toUpperCase(Locale.ROOT));
                objects.add(tag);
            } else {
                int at = off;
                put(bag, pid, type, label, () -> values.value(dir, props, at, id, type, label, consumed));
            }
        }
        readUnlisted(dir, bag, where, consumed, values);
        return objects;
    }

    private static boolean isStorage(CompoundFile.Storage dir, String name) {
        return dir.getEntry(name) instanceof CompoundFile.Storage;
    }

    private void put(PropertyBag bag, PropertyId pid, MapiType type, PropertyLabel label, Supplier<Object> value) {
        try {
            Object v = value.get();
            if (v != null) {
                bag.put(pid, type, v);
            }
        } catch (RuntimeException e) {
            if (e instanceof OxPropsException && !(e instanceof MalformedValueException)) {
                throw e;
            }
            problems.add(ReadProblem.Kind.MALFORMED_VALUE, label, "cannot be read (" + MsgReader.describe(e)
                    + "); skipped");
        }
    }

    /** Streams holding a property the property stream does not list: read, with a problem. */
    private void readUnlisted(CompoundFile.Storage dir, PropertyBag bag, String where, Set<String> consumed,
            ValueDecoder values) {
        List<String> names = new ArrayList<>();
        for (CompoundFile.Node e : dir) {
            String n = e.getName();
            if (e instanceof CompoundFile.Stream && n.length() == 20 && n.startsWith(MsgTags.SUBSTG_PREFIX)
                    && !consumed.contains(n.toUpperCase(Locale.ROOT))) {
                names.add(n);
            }
        }
        names.sort(null);
        for (String n : names) {
            int tag;
            try {
                tag = (int) Long.parseLong(n.substring(12), 16);
            } catch (NumberFormatException e) {
                continue;
            }
            MapiType type = MapiType.forCode(tag & 0xFFFF);
            int id = tag >>> 16;
            if (type == null || !isStreamType(type)) {
                problems.add(ReadProblem.Kind.TYPE_MISMATCH, where + ": stream " + n, "is not listed in the property"
                        + " stream and its type is not a stream type; ignored");
                continue;
            }
            PropertyId pid = resolve(id, where);
            PropertyLabel label = new PropertyLabel(where, tag, pid);
            MapiType listed = bag.typeOf(pid);
            if (listed != null) {
                if (listed != type) {
                    problems.add(ReadProblem.Kind.TYPE_MISMATCH, label, "the property stream lists it as " + listed
                            + ", stream " + n + " holds a " + type + "; the property stream's value kept, the stream"
                            + " ignored");
                }
                continue;
            }
            put(bag, pid, type, label, () -> values.value(dir, null, 0, id, type, label, new HashSet<>()));
            if (bag.contains(pid)) {
                problems.add(ReadProblem.Kind.MISSING, label, "has a stream " + n
                        + " but no entry in the property stream; read anyway");
            }
        }
    }

    PropertyId resolve(int id, String where) {
        if (id >= NamedPropertyMap.FIRST_ID) {
            PropertyId name = named.nameOf(id);
            if (name != null) {
                return name;
            }
            if (unmappedReported.add(id)) {
                problems.add(ReadProblem.Kind.UNMAPPED_NAME, where, String.format("property id 0x%04X lies in the"
                        + " named range but has no mapping in %s; kept as tag 0x%04X (written back unmapped)", id,
                        MsgTags.NAMEID, id));
            }
        }
        return PropertyId.tag(id);
    }

    private static boolean isStreamType(MapiType type) {
        return type.isMultiple() || type.isString() || type == MapiType.PtypBinary || type == MapiType.PtypGuid
                || type == MapiType.PtypServerId || type == MapiType.PtypObject
                || type == MapiType.PtypRestriction || type == MapiType.PtypRuleAction;
    }
}
