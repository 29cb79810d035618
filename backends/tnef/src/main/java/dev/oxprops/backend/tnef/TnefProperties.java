package dev.oxprops.backend.tnef;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.FileTime;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import dev.oxprops.runtime.ReadProblem.Kind;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The property lists of attMsgProps, attAttachment and each row of attRecipTable ([MS-OXTNEF] 2.1.3.4): a 32-bit
 * count, then per property its tag (type in the low 16 bits, id in the high 16), for an id of 0x8000 or more the name
 * (GUID, kind 0 and a LID, or kind 1 and a UTF-16LE string with its length), then the value. Fixed-size values take
 * 4 or 8 bytes (16-bit values padded to 4), a GUID 16; variable-size values (strings, binary, objects) a value count,
 * then per value its size, its bytes and padding to 4; multi-valued properties a value count, then the values.
 */
final class TnefProperties {
    private static final int MNID_ID = 0;
    private static final int MNID_STRING = 1;

    private TnefProperties() {}

    /**
     * Where the read of a list stopped, for the caller's problem list: a problem's subject is the attribute
     * ("attMsgProps (0x00069003)"), followed inside the list by the property ("attMsgProps (0x00069003) 0x3701").
     */
    static final class ReadContext {
        final String attribute;
        final Charset ansi;
        final List<ReadProblem> problems;

        ReadContext(String attribute, Charset ansi, List<ReadProblem> problems) {
            this.attribute = attribute;
            this.ansi = ansi;
            this.problems = problems;
        }

        void problem(PropertyId property, Kind kind, String detail) {
            problems.add(new ReadProblem(kind, property == null ? attribute : attribute + " " + property, property,
                    detail));
        }
    }

    /**
     * Reads one property list into {@code target}, recording in {@code read} the ids it set. A property that cannot be
     * read ends the list (what follows it cannot be found); the properties before it are kept.
     */
    static boolean read(Bytes.Cursor c, PropertyBag target, Set<PropertyId> read, ReadContext ctx) {
        long count;
        try {
            count = c.u32();
        } catch (Bytes.Short e) {
            ctx.problem(null, Kind.SIZE_MISMATCH, "no property count: " + e.getMessage());
            return false;
        }
        // nothing is allocated per claimed property: a count beyond the bytes present ends where the bytes do
        for (long i = 0; i < count; i++) {
            if (c.remaining() == 0) {
                ctx.problem(null, Kind.SIZE_MISMATCH, "claims " + count + " properties, the bytes end after " + i);
                return false;
            }
            PropertyId id = null;
            try {
                int tag = c.i32();
                int typeCode = tag & 0xFFFF;
                int propId = tag >>> 16;
                id = propId >= NamedPropertyMap.FIRST_ID ? readName(c, ctx, propId) : PropertyId.tag(propId);
                if (id == null) {
                    return false;
                }
                MapiType type = MapiType.forCode(typeCode);
                if (type == null || !readable(type)) {
                    ctx.problem(id, Kind.TYPE_MISMATCH, String.format("type 0x%04X cannot be read from TNEF"
                            + "; the %d properties after it are not read", typeCode, count - i - 1));
                    return false;
                }
                Object value = readValue(c, type, ctx.ansi);
                if (!read.add(id)) {
                    ctx.problem(id, Kind.DUPLICATE, "the property comes again; the later value is kept, the "
                            + "earlier was " + MapiValues.format(target.typeOf(id), target.get(id)));
                }
                target.put(id, type, value);
            } catch (Bytes.Short e) {
                ctx.problem(id, Kind.SIZE_MISMATCH, e.getMessage() + "; the list ends here");
                return false;
            }
        }
        return true;
    }

    private static PropertyId readName(Bytes.Cursor c, ReadContext ctx, int propId) {
        c.need(16, "a property set GUID");
        UUID set = Guids.fromBytes(c.data, c.pos);
        c.pos += 16;
        long kind = c.u32();
        if (kind == MNID_ID) {
            return PropertyId.lid(set, c.u32());
        }
        if (kind == MNID_STRING) {
            long len = c.u32();
            byte[] name = c.take(len, "a property name");
            c.pad(len);
            return PropertyId.name(set, Bytes.unterminated(name, StandardCharsets.UTF_16LE));
        }
        ctx.problem(PropertyId.tag(propId), Kind.MALFORMED_STRUCTURE, "the name of {" + set + "} has kind " + kind
                + " (0 = LID, 1 = string); the rest of the list is not read");
        return null;
    }

    private static boolean readable(MapiType type) {
        switch (type.elementType()) {
            case PtypNull:
            case PtypUnspecified:
            case PtypRestriction:
            case PtypRuleAction:
                return false;
            default:
                return true;
        }
    }

    private static boolean variable(MapiType t) {
        switch (t) {
            case PtypString:
            case PtypString8:
            case PtypBinary:
            case PtypObject:
            case PtypServerId:
                return true;
            default:
                return false;
        }
    }

    private static Object readValue(Bytes.Cursor c, MapiType type, Charset ansi) {
        MapiType element = type.elementType();
        if (!type.isMultiple() && !variable(type)) {
            return readFixed(c, type);
        }
        long n = c.u32();
        // every value takes at least 4 bytes: refuse a count the bytes cannot hold before allocating for it
        c.need(n * 4, n + " values");
        if (!type.isMultiple()) {
            if (n != 1) {
                throw new Bytes.Short("a single-valued property with " + n + " values");
            }
            return readVariable(c, element, ansi);
        }
        List<Object> values = new ArrayList<>((int) n);
        for (long i = 0; i < n; i++) {
            values.add(variable(element) ? readVariable(c, element, ansi) : readFixed(c, element));
        }
        return List.copyOf(values);
    }

    private static Object readVariable(Bytes.Cursor c, MapiType t, Charset ansi) {
        long size = c.u32();
        byte[] b = c.take(size, "a value of " + size + " bytes");
        c.pad(size);
        if (t == MapiType.PtypString) {
            return Bytes.unterminated(b, StandardCharsets.UTF_16LE);
        }
        if (t == MapiType.PtypString8) {
            return Bytes.unterminated(b, ansi);
        }
        return b;
    }

    private static Object readFixed(Bytes.Cursor c, MapiType t) {
        switch (t) {
            case PtypInteger16: {
                short v = (short) c.u16();
                c.skip(2, "padding");
                return v;
            }
            case PtypBoolean: {
                int v = c.u16();
                c.skip(2, "padding");
                return v != 0;
            }
            case PtypInteger32:
            case PtypErrorCode:
                return c.i32();
            case PtypFloating32:
                return Float.intBitsToFloat(c.i32());
            case PtypFloating64:
            case PtypFloatingTime:
                return Double.longBitsToDouble(c.i64());
            case PtypCurrency:
            case PtypInteger64:
                return c.i64();
            case PtypTime:
                return FileTime.toInstant(c.i64());
            case PtypGuid: {
                c.need(16, "a GUID");
                UUID g = Guids.fromBytes(c.data, c.pos);
                c.pos += 16;
                return g;
            }
            default:
                throw new Bytes.Short("type " + t + " has no TNEF form");
        }
    }

    /** Writes {@code bag}'s properties as one list, except those {@code skip} names. */
    static void write(Bytes.Out out, PropertyBag bag, Set<PropertyId> skip, NamedPropertyMap named, Charset ansi) {
        List<PropertyId> ids = new ArrayList<>();
        List<MapiType> types = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        bag.forEach((id, type, value) -> {
            if (!skip.contains(id)) {
                ids.add(id);
                types.add(type);
                values.add(value);
            }
        });
        out.i32(ids.size());
        CharsetEncoder encoder = ansi.newEncoder();
        for (int i = 0; i < ids.size(); i++) {
            writeOne(out, ids.get(i), types.get(i), values.get(i), named, ansi, encoder);
        }
    }

    private static void writeOne(Bytes.Out out, PropertyId id, MapiType type, Object value, NamedPropertyMap named,
            Charset ansi, CharsetEncoder encoder) {
        if (!readable(type)) {
            throw new TnefWriteException(id, type + " cannot be written to TNEF");
        }
        if (!MapiValues.isValid(type, value)) {
            throw new TnefWriteException(id, "holds " + MapiValues.describeStored(type, value) + ", not a " + type);
        }
        int propId = id.isNamed() ? named.idFor(id) : ((PropertyId.Tag) id).id();
        if (!id.isNamed() && propId >= NamedPropertyMap.FIRST_ID) {
            throw new TnefWriteException(id, "a tag of 0x8000 or more is a named property's; TNEF writes it only with"
                    + " its name");
        }
        out.i32(propId << 16 | type.code());
        if (id instanceof PropertyId.Lid) {
            out.bytes(Guids.toBytes(((PropertyId.Lid) id).set()));
            out.i32(MNID_ID).i32((int) ((PropertyId.Lid) id).lid());
        } else if (id instanceof PropertyId.Name) {
            out.bytes(Guids.toBytes(((PropertyId.Name) id).set()));
            byte[] name = Bytes.terminated(((PropertyId.Name) id).name(), StandardCharsets.UTF_16LE);
            out.i32(MNID_STRING).i32(name.length).bytes(name).pad(name.length);
        }
        MapiType element = type.elementType();
        if (!type.isMultiple() && !variable(type)) {
            writeFixed(out, type, value);
            return;
        }
        List<?> list = type.isMultiple() ? (List<?>) value : List.of(value);
        out.i32(list.size());
        for (Object v : list) {
            if (variable(element)) {
                writeVariable(out, id, element, v, ansi, encoder);
            } else {
                writeFixed(out, element, v);
            }
        }
    }

    private static void writeVariable(Bytes.Out out, PropertyId id, MapiType t, Object v, Charset ansi,
            CharsetEncoder encoder) {
        byte[] b;
        if (t == MapiType.PtypString) {
            b = Bytes.terminated((String) v, StandardCharsets.UTF_16LE);
        } else if (t == MapiType.PtypString8) {
            if (!encoder.canEncode((String) v)) {
                throw new TnefWriteException(id, "the PtypString8 value cannot be encoded in " + ansi.name()
                        + " (the stream's code page); store it as PtypString or choose another code page");
            }
            b = Bytes.terminated((String) v, ansi);
        } else {
            b = (byte[]) v;
        }
        out.i32(b.length).bytes(b).pad(b.length);
    }

    private static void writeFixed(Bytes.Out out, MapiType t, Object v) {
        switch (t) {
            case PtypInteger16:
                out.u16((Short) v).u16(0);
                break;
            case PtypBoolean:
                out.u16((Boolean) v ? 1 : 0).u16(0);
                break;
            case PtypInteger32:
            case PtypErrorCode:
                out.i32((Integer) v);
                break;
            case PtypFloating32:
                out.i32(Float.floatToRawIntBits((Float) v));
                break;
            case PtypFloating64:
            case PtypFloatingTime:
                out.i64(Double.doubleToRawLongBits((Double) v));
                break;
            case PtypCurrency:
            case PtypInteger64:
                out.i64((Long) v);
                break;
            case PtypTime:
                out.i64(FileTime.fromInstant((java.time.Instant) v));
                break;
            case PtypGuid:
                out.bytes(Guids.toBytes((UUID) v));
                break;
            default:
                throw new IllegalStateException(t.toString());
        }
    }
}
