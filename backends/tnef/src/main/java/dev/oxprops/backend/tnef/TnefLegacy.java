package dev.oxprops.backend.tnef;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/**
 * The legacy attributes mapped to MAPI properties ([MS-OXTNEF] 2.1.3.3 and the reader's rules of 2.3.3). A property
 * set from attMsgProps or attAttachment is never overwritten by a mapped attribute ("values of encapsulated
 * properties SHOULD be used instead of any conflicting mapped attribute values", 2.1.3).
 */
final class TnefLegacy {
    private TnefLegacy() {}

    /** How an attribute's bytes become a property value. */
    enum Kind { STRING8, DATE, BINARY, HEX_KEY, PRIORITY, SHORT_BOOLEAN, INT32, MESSAGE_CLASS }

    /** One mapping: attribute to property. */
    record Mapping(int property, MapiType type, Kind kind) {}

    static final Map<Integer, Mapping> MESSAGE = Map.ofEntries(
            Map.entry(TnefIds.SUBJECT, new Mapping(0x0037, MapiType.PtypString8, Kind.STRING8)),
            Map.entry(TnefIds.MESSAGE_CLASS, new Mapping(0x001A, MapiType.PtypString8, Kind.MESSAGE_CLASS)),
            Map.entry(TnefIds.ORIGINAL_MESSAGE_CLASS, new Mapping(0x004B, MapiType.PtypString8, Kind.MESSAGE_CLASS)),
            Map.entry(TnefIds.DATE_SENT, new Mapping(0x0039, MapiType.PtypTime, Kind.DATE)),
            Map.entry(TnefIds.DATE_RECD, new Mapping(0x0E06, MapiType.PtypTime, Kind.DATE)),
            Map.entry(TnefIds.DATE_MODIFIED, new Mapping(0x3008, MapiType.PtypTime, Kind.DATE)),
            Map.entry(TnefIds.DATE_START, new Mapping(0x0060, MapiType.PtypTime, Kind.DATE)),
            Map.entry(TnefIds.DATE_END, new Mapping(0x0061, MapiType.PtypTime, Kind.DATE)),
            Map.entry(TnefIds.MESSAGE_ID, new Mapping(0x300B, MapiType.PtypBinary, Kind.HEX_KEY)),
            Map.entry(TnefIds.PARENT_ID, new Mapping(0x0025, MapiType.PtypBinary, Kind.HEX_KEY)),
            Map.entry(TnefIds.CONVERSATION_ID, new Mapping(0x000B, MapiType.PtypBinary, Kind.HEX_KEY)),
            Map.entry(TnefIds.BODY, new Mapping(0x1000, MapiType.PtypString8, Kind.STRING8)),
            Map.entry(TnefIds.PRIORITY, new Mapping(0x0017, MapiType.PtypInteger32, Kind.PRIORITY)),
            Map.entry(TnefIds.AID_OWNER, new Mapping(0x0062, MapiType.PtypInteger32, Kind.INT32)),
            Map.entry(TnefIds.REQUEST_RES, new Mapping(0x0063, MapiType.PtypBoolean, Kind.SHORT_BOOLEAN)));

    static final Map<Integer, Mapping> ATTACHMENT = Map.ofEntries(
            Map.entry(TnefIds.ATTACH_DATA, new Mapping(0x3701, MapiType.PtypBinary, Kind.BINARY)),
            Map.entry(TnefIds.ATTACH_TITLE, new Mapping(0x3704, MapiType.PtypString8, Kind.STRING8)),
            Map.entry(TnefIds.ATTACH_META_FILE, new Mapping(0x3709, MapiType.PtypBinary, Kind.BINARY)),
            Map.entry(TnefIds.ATTACH_CREATE_DATE, new Mapping(0x3007, MapiType.PtypTime, Kind.DATE)),
            Map.entry(TnefIds.ATTACH_MODIFY_DATE, new Mapping(0x3008, MapiType.PtypTime, Kind.DATE)),
            Map.entry(TnefIds.ATTACH_TRANSPORT_FILENAME, new Mapping(0x370C, MapiType.PtypString8, Kind.STRING8)));

    /** Down-level message classes and the MAPI classes they stand for ([MS-OXTNEF] 2.1.3.3.8). */
    private static final Map<String, String> CLASSES = Map.of(
            "IPM.Microsoft Mail.Note", "IPM.Note",
            "IPM.Microsoft Mail.Read Receipt", "Report.IPM.Note.IPNRN",
            "IPM.Microsoft Mail.Non-Delivery", "Report.IPM.Note.NDR",
            "IPM.Microsoft Schedule.MtgRespP", "IPM.Schedule.Meeting.Resp.Pos",
            "IPM.Microsoft Schedule.MtgRespN", "IPM.Schedule.Meeting.Resp.Neg",
            "IPM.Microsoft Schedule.MtgRespA", "IPM.Schedule.Meeting.Resp.Tent",
            "IPM.Microsoft Schedule.MtgReq", "IPM.Schedule.Meeting.Request",
            "IPM.Microsoft Schedule.MtgCncl", "IPM.Schedule.Meeting.Canceled");

    /** attAttachRendData's attachment types: atypFile (1), atypOle (2). */
    static final int ATYP_FILE = 1;
    static final int ATYP_OLE = 2;
    static final int ATTACH_BY_VALUE = 1;
    static final int ATTACH_OLE = 6;

    /**
     * Maps one attribute into {@code bag} unless an encapsulated property already set it.
     *
     * @return false when {@code mapping} is null (the attribute is not mapped); the caller keeps it raw
     * @throws IllegalArgumentException when the bytes do not decode as the legacy type says
     */
    static boolean map(Mapping mapping, byte[] b, int from, int to, Charset ansi, PropertyBag bag, Set<PropertyId> fromProps) {
        if (mapping == null) {
            return false;
        }
        PropertyId id = PropertyId.tag(mapping.property());
        if (fromProps.contains(id)) {
            return true;
        }
        bag.put(id, mapping.type(), decode(mapping.kind(), b, from, to, ansi));
        return true;
    }

    private static Object decode(Kind kind, byte[] b, int from, int to, Charset ansi) {
        byte[] v = java.util.Arrays.copyOfRange(b, from, to);
        switch (kind) {
            case STRING8:
                return Bytes.unterminated(v, ansi);
            case MESSAGE_CLASS: {
                String c = Bytes.unterminated(v, ansi);
                return CLASSES.getOrDefault(c, c);
            }
            case DATE:
                return date(v);
            case BINARY:
                return v;
            case HEX_KEY: {
                String hex = Bytes.unterminated(v, ansi).trim();
                return Hex.parseBytes(hex);
            }
            case PRIORITY: {
                int p = short16(v);
                // prioHigh 1, prioNorm 2, prioLow 3 to PidTagImportance high 2, normal 1, low 0
                if (p < 1 || p > 3) {
                    throw new IllegalArgumentException("priority " + p + " is not 1, 2 or 3");
                }
                return 3 - p;
            }
            case SHORT_BOOLEAN:
                return short16(v) != 0;
            case INT32: {
                Bytes.Cursor c = new Bytes.Cursor(v, 0, v.length);
                try {
                    return c.i32();
                } catch (Bytes.Short e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
            }
            default:
                throw new IllegalStateException(kind.toString());
        }
    }

    private static int short16(byte[] v) {
        if (v.length < 2) {
            throw new IllegalArgumentException(v.length + " bytes, not a 16-bit value");
        }
        return (v[0] & 0xFF) | (v[1] & 0xFF) << 8;
    }

    /** A DTR ([MS-OXTNEF] 2.1.3.3.1): year, month, day, hour, minute, second, day of week, 16 bits each; read as UTC. */
    static Instant date(byte[] v) {
        if (v.length < 12) {
            throw new IllegalArgumentException(v.length + " bytes, not a 14-byte date");
        }
        Bytes.Cursor c = new Bytes.Cursor(v, 0, v.length);
        try {
            return LocalDateTime.of(c.u16(), c.u16(), c.u16(), c.u16(), c.u16(), c.u16()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + e.getMessage(), e);
        }
    }

    /** The DTR of an instant, in UTC (seconds; the day of week 0 = Sunday). */
    static byte[] dtr(Instant t) {
        LocalDateTime d = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        Bytes.Out out = new Bytes.Out();
        out.u16(d.getYear()).u16(d.getMonthValue()).u16(d.getDayOfMonth()).u16(d.getHour()).u16(d.getMinute())
                .u16(d.getSecond()).u16(d.getDayOfWeek().getValue() % 7);
        return out.toByteArray();
    }
}
