package dev.oxprops.backend.msg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.FixedSizeValues;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.ReadProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decodes the value of one property of one object: fixed-size values from the property stream entry,
 * variable-size values from their {@code __substg1.0_} streams ([MS-OXMSG] 2.1.2-2.1.4), each declared size
 * checked against the data, every disagreement a problem naming the property.
 */
final class ValueDecoder {
    private final StreamBudget streams;
    private final Problems problems;
    private final Strings strings;

    ValueDecoder(StreamBudget streams, Problems problems, Strings strings) {
        this.streams = streams;
        this.problems = problems;
        this.strings = strings;
    }

    /** The value of one entry (or of a stream without entry when {@code props} is null); null if left out. */
    Object value(CompoundFile.Storage dir, byte[] props, int off, int id, MapiType type, PropertyLabel label,
            Set<String> consumed) {
        switch (type) {
            case PtypUnspecified:
            case PtypNull:
                problems.add(ReadProblem.Kind.NOT_READ, label, "has type " + type + ", which carries no value; skipped");
                return null;
            case PtypObject:
                problems.add(ReadProblem.Kind.NOT_READ, label, "is an embedded object (PtypObject) that is not an"
                        + " attachment's message; not read");
                return null;
            default:
                break;
        }
        if (!type.isMultiple() && MapiValues.fixedSize(type) > 0 && type != MapiType.PtypGuid) {
            Object v = FixedSizeValues.read(type, props, off + 8);
            return type == MapiType.PtypTime ? time(v, LittleEndian.i64(props, off + 8), label) : v;
        }
        String name = MsgTags.substgName(id, type.code());
        consumed.add(name.toUpperCase(Locale.ROOT));
        long declared = props == null ? -1 : LittleEndian.u32(props, off + 8);
        if (!type.isMultiple()) {
            return single(dir, name, type, declared, label);
        }
        return MapiValues.fixedSize(type.elementType()) > 0 ? fixedList(dir, name, type.elementType(), label)
                : variableList(dir, name, type.elementType(), label, consumed);
    }

    private Object time(Object instant, long raw, PropertyLabel label) {
        if (FileTimes.readable(raw)) {
            return instant;
        }
        problems.add(ReadProblem.Kind.MALFORMED_VALUE, label, String.format("PtypTime 0x%016X has its high bit set:"
                + " outside the range of a FILETIME; skipped", raw));
        return null;
    }

    private byte[] required(CompoundFile.Storage dir, String name, PropertyLabel label, String what) {
        byte[] data = streams.read(dir, name, label);
        if (data == null && !dir.hasEntry(name)) {
            problems.add(ReadProblem.Kind.MISSING, label, "its " + what + " stream " + name + " is missing; skipped");
        }
        return data;
    }

    private Object single(CompoundFile.Storage dir, String name, MapiType type, long declared, PropertyLabel label) {
        byte[] data = required(dir, name, label, "value");
        if (data == null) {
            return null;
        }
        switch (type) {
            case PtypString:
                checkDeclared(declared, data.length, 2, name, label);
                return strings.utf16(data, label);
            case PtypString8:
                checkDeclared(declared, data.length, strings.ansiTerminator(), name, label);
                return strings.ansi(data, label);
            case PtypGuid:
                if (data.length != 16) {
                    problems.add(ReadProblem.Kind.SIZE_MISMATCH, label, "a PtypGuid stream must be 16 bytes, " + name
                            + " is " + data.length + (data.length > 16 ? "; first 16 bytes used" : "; skipped"));
                    if (data.length < 16) {
                        return null;
                    }
                }
                return Guids.fromBytes(data, 0);
            default:
                checkDeclared(declared, data.length, 0, name, label);
                return data;
        }
    }

    /**
     * A string's entry declares the stream's size plus its terminator ([MS-OXMSG] 2.4.2.2); some writers
     * leave the terminator out of the count or put it in the stream, which is accepted too.
     */
    private void checkDeclared(long declared, int length, int terminator, String name, PropertyLabel label) {
        if (declared < 0 || declared == length + terminator || declared == length
                || terminator > 0 && declared == length + 1) {
            return;
        }
        problems.add(ReadProblem.Kind.SIZE_MISMATCH, label, "the property stream declares " + declared
                + " bytes, stream " + name + " holds " + length + (terminator > 0 ? " (+" + terminator
                + " for the terminator)" : "") + "; the stream is used");
    }

    private List<Object> fixedList(CompoundFile.Storage dir, String name, MapiType element, PropertyLabel label) {
        byte[] data = required(dir, name, label, "value");
        if (data == null) {
            return null;
        }
        int fixed = MapiValues.fixedSize(element);
        if (data.length % fixed != 0) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, label, "stream " + name + " is " + data.length
                    + " bytes, not a multiple of " + fixed + "; last " + data.length % fixed + " bytes ignored");
        }
        List<Object> list = new ArrayList<>(data.length / fixed);
        for (int p = 0; p + fixed <= data.length; p += fixed) {
            Object v = FixedSizeValues.read(element, data, p);
            if (element == MapiType.PtypTime && time(v, LittleEndian.i64(data, p), label) == null) {
                return null;
            }
            list.add(v);
        }
        return list;
    }

    private List<Object> variableList(CompoundFile.Storage dir, String name, MapiType element, PropertyLabel label,
            Set<String> consumed) {
        byte[] lengths = required(dir, name, label, "length");
        if (lengths == null) {
            return null;
        }
        int entrySize = element == MapiType.PtypBinary || element == MapiType.PtypServerId ? 8 : 4;
        if (lengths.length % entrySize != 0) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, label, "length stream " + name + " is " + lengths.length
                    + " bytes, not a multiple of " + entrySize + "; last " + lengths.length % entrySize
                    + " bytes ignored");
        }
        int count = lengths.length / entrySize;
        List<Object> list = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            String valueName = MsgTags.valueStreamName(name, i);
            consumed.add(valueName.toUpperCase(Locale.ROOT));
            byte[] data = streams.read(dir, valueName, label);
            if (data == null) {
                problems.add(ReadProblem.Kind.MISSING, label, "value " + i + " of " + count + " (stream " + valueName
                        + ") is missing or unreadable; the whole property skipped");
                return null;
            }
            long len = LittleEndian.u32(lengths, i * entrySize);
            if (len != data.length) {
                problems.add(ReadProblem.Kind.SIZE_MISMATCH, label, "value " + i + " declares " + len + " bytes,"
                        + " stream " + valueName + " holds " + data.length + "; the stream is used");
            }
            list.add(element == MapiType.PtypString ? strings.utf16(data, label)
                    : element == MapiType.PtypString8 ? strings.ansi(data, label) : data);
        }
        return list;
    }
}
