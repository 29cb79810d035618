package dev.oxprops.backend.msg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.FixedSizeValues;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;

/**
 * Encodes the values of one object into its property stream entries and {@code __substg1.0_} streams
 * ([MS-OXMSG] 2.1.2-2.1.4), refusing by name what the file cannot hold exactly
 * ({@link UnrepresentableValueException}): a string ending in U+0000, a PtypTime finer than 100 ns or out of
 * FILETIME's range, a PtypString8 the code page cannot encode. PtypString is written as exact UTF-16 code
 * units (lone surrogates included).
 */
final class ValueEncoder {
    private final Charset ansi;
    private final String where;

    ValueEncoder(Charset ansi, String where) {
        this.ansi = ansi;
        this.where = where;
    }

    /** Refuses a type the writer cannot carry, or a value that is not its type's Java representation. */
    void check(PropertyId id, MapiType type, Object value) {
        switch (type) {
            case PtypUnspecified:
            case PtypNull:
            case PtypObject:
                throw new MsgWriteException(where + ": " + id + " has type " + type + ", which this writer cannot carry");
            default:
                break;
        }
        if (!MapiValues.isValid(type, value)) {
            throw new MsgWriteException(where + ": " + id + " is declared " + type + " but holds "
                    + MapiValues.describeStored(type, value));
        }
    }

    /** Fills the value field of {@code entry} and writes the value's streams into {@code dir}. */
    void write(DirectoryEntry dir, byte[] entry, int pid, PropertyId id, MapiType type, Object value)
            throws IOException {
        if (!type.isMultiple() && MapiValues.fixedSize(type) > 0 && type != MapiType.PtypGuid) {
            FixedSizeValues.write(type, fixed(type, value, id), entry, 8);
            return;
        }
        String name = MsgTags.substgName(pid, type.code());
        if (!type.isMultiple()) {
            byte[] data = type.isString() ? string(type, (String) value, id)
                    : type == MapiType.PtypGuid ? dev.oxprops.runtime.Guids.toBytes((UUID) value) : (byte[]) value;
            int terminator = type == MapiType.PtypString ? 2 : type == MapiType.PtypString8 ? "\0".getBytes(ansi).length : 0;
            LittleEndian.put32(entry, 8, data.length + terminator);
            dir.createDocument(name, new ByteArrayInputStream(data));
            return;
        }
        List<?> list = (List<?>) value;
        MapiType element = type.elementType();
        ByteArrayOutputStream main = new ByteArrayOutputStream();
        int size = MapiValues.fixedSize(element);
        if (size > 0) {
            for (Object o : list) {
                byte[] b = new byte[size];
                FixedSizeValues.write(element, fixed(element, o, id), b, 0);
                main.write(b);
            }
        } else {
            int lengthSize = element.isString() ? 4 : 8;
            for (int i = 0; i < list.size(); i++) {
                Object o = list.get(i);
                byte[] data = element.isString() ? terminated(element, (String) o, id) : (byte[]) o;
                byte[] len = new byte[lengthSize];
                LittleEndian.put32(len, 0, data.length);
                main.write(len);
                dir.createDocument(String.format("%s-%08X", name, i), new ByteArrayInputStream(data));
            }
        }
        LittleEndian.put32(entry, 8, main.size());
        dir.createDocument(name, new ByteArrayInputStream(main.toByteArray()));
    }

    /** A fixed-size value as {@link dev.oxprops.runtime.FixedSizeValues} writes it: PtypTime as its exact FILETIME ticks. */
    /** The value, once checked: a PtypTime must be a FILETIME a .msg reader reads back ({@link FileTimes#ticks}). */
    private Object fixed(MapiType type, Object value, PropertyId id) {
        if (type == MapiType.PtypTime) {
            FileTimes.ticks((Instant) value, id, where);
        }
        return value;
    }

    /** The stream of a string value (without terminator). */
    private byte[] string(MapiType type, String s, PropertyId id) {
        if (!s.isEmpty() && s.charAt(s.length() - 1) == 0) {
            throw new UnrepresentableValueException(where, id, "ends with U+0000, which a .msg reader takes for the"
                    + " string's terminator: the value would come back without it");
        }
        return type == MapiType.PtypString ? Utf16.encode(s) : encode(s, id);
    }

    /** One value of a multi-valued string property: its stream holds the terminator. */
    private byte[] terminated(MapiType element, String s, PropertyId id) {
        byte[] body = string(element, s, id);
        byte[] nul = element == MapiType.PtypString ? new byte[2] : "\0".getBytes(ansi);
        byte[] b = new byte[body.length + nul.length];
        System.arraycopy(body, 0, b, 0, body.length);
        return b;
    }

    private byte[] encode(String s, PropertyId id) {
        try {
            ByteBuffer buf = ansi.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            byte[] b = new byte[buf.remaining()];
            buf.get(b);
            return b;
        } catch (CharacterCodingException e) {
            throw new UnrepresentableValueException(where, id, "is PtypString8 but \"" + s + "\" cannot be encoded in "
                    + ansi.name() + ", the message's code page; store it as PtypString instead");
        }
    }
}
