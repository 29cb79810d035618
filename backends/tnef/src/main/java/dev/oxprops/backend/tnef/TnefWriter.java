package dev.oxprops.backend.tnef;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.Codepages;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a message as a TNEF stream ([MS-OXTNEF] 2.1.3): the signature and key, attTnefVersion, attOemCodepage,
 * attMessageClass and attSubject (for readers that know only attributes), the message's unmapped legacy attributes,
 * then attMsgProps with every property of the message (so that a reader following 2.1.3, where encapsulated
 * properties win, gets them all back unchanged), attRecipTable, and per attachment attAttachRendData first,
 * attAttachTitle, attAttachData (PidTagAttachDataBinary, left out of attAttachment), its unmapped attributes and
 * attAttachment last. Every attribute carries its checksum.
 *
 * <p>A property that TNEF cannot carry unchanged is refused with {@link TnefWriteException} naming it. Instances
 * are settings holders and not thread-safe.
 */
public final class TnefWriter {
    private static final PropertyId MESSAGE_CLASS = PropertyId.tag(0x001A);
    private static final PropertyId SUBJECT = PropertyId.tag(0x0037);
    private static final PropertyId ATTACH_DATA = PropertyId.tag(0x3701);
    private static final PropertyId ATTACH_FILENAME = PropertyId.tag(0x3704);
    private static final PropertyId ATTACH_METHOD = PropertyId.tag(0x3705);
    private static final PropertyId RENDERING_POSITION = PropertyId.tag(0x370B);
    private static final PropertyId DATE_SENT = PropertyId.tag(0x0039);

    private int codepage = Codepages.DEFAULT;
    private int key = 1;

    /** The code page of attOemCodepage and of every PtypString8 value (default 1252); 65001 (UTF-8) loses nothing. */
    public TnefWriter codepage(int codepage) {
        if (Codepages.charset(codepage) == null) {
            throw new IllegalArgumentException("code page " + codepage + " has no Java charset");
        }
        this.codepage = codepage;
        return this;
    }

    /** The stream's legacy key, a nonzero 16-bit value (default 1). */
    public TnefWriter key(int key) {
        if (key <= 0 || key > 0xFFFF) {
            throw new IllegalArgumentException("the key is a nonzero 16-bit value, got " + key);
        }
        this.key = key;
        return this;
    }

    /** Writes a message of properties alone. */
    public byte[] write(PropertyBag message) {
        return write(TnefMessage.of(message));
    }

    /**
     * Writes a message with its recipients, attachments and kept legacy attributes.
     *
     * @throws TnefWriteException naming the first property TNEF cannot carry unchanged
     */
    public byte[] write(TnefMessage message) {
        Objects.requireNonNull(message, "message");
        Charset ansi = Codepages.charset(codepage);
        NamedPropertyMap named = new NamedPropertyMap();
        Bytes.Out out = new Bytes.Out();
        out.i32(TnefIds.SIGNATURE).u16(key);
        attribute(out, TnefIds.LEVEL_MESSAGE, TnefIds.TNEF_VERSION, new Bytes.Out().i32(0x00010000));
        attribute(out, TnefIds.LEVEL_MESSAGE, TnefIds.OEM_CODEPAGE, new Bytes.Out().i32(codepage).i32(0));
        legacyString(out, TnefIds.LEVEL_MESSAGE, TnefIds.MESSAGE_CLASS, message.get(MESSAGE_CLASS), ansi);
        legacyString(out, TnefIds.LEVEL_MESSAGE, TnefIds.SUBJECT, message.get(SUBJECT), ansi);
        if (message.get(DATE_SENT) instanceof Instant) {
            attribute(out, TnefIds.LEVEL_MESSAGE, TnefIds.DATE_SENT, raw(TnefLegacy.dtr((Instant) message.get(DATE_SENT))));
        }
        for (TnefAttribute a : message.otherAttributes()) {
            attribute(out, TnefIds.LEVEL_MESSAGE, a.id(), raw(a.data()));
        }
        Bytes.Out props = new Bytes.Out();
        TnefProperties.write(props, message, Set.of(), named, ansi);
        attribute(out, TnefIds.LEVEL_MESSAGE, TnefIds.MSG_PROPS, props);
        if (!message.recipients().isEmpty()) {
            Bytes.Out table = new Bytes.Out();
            table.i32(message.recipients().size());
            for (PropertyBag row : message.recipients()) {
                TnefProperties.write(table, row, Set.of(), named, ansi);
            }
            attribute(out, TnefIds.LEVEL_MESSAGE, TnefIds.RECIP_TABLE, table);
        }
        for (TnefAttachment a : message.attachments()) {
            attachment(out, a, named, ansi);
        }
        return out.toByteArray();
    }

    private void attachment(Bytes.Out out, TnefAttachment a, NamedPropertyMap named, Charset ansi) {
        Object method = a.get(ATTACH_METHOD);
        Object position = a.get(RENDERING_POSITION);
        Bytes.Out rend = new Bytes.Out();
        rend.u16(Integer.valueOf(TnefLegacy.ATTACH_OLE).equals(method) ? TnefLegacy.ATYP_OLE : TnefLegacy.ATYP_FILE)
                .i32(position instanceof Integer ? (Integer) position : -1).u16(0).u16(0).i32(0);
        attribute(out, TnefIds.LEVEL_ATTACHMENT, TnefIds.ATTACH_REND_DATA, rend);
        legacyString(out, TnefIds.LEVEL_ATTACHMENT, TnefIds.ATTACH_TITLE, a.get(ATTACH_FILENAME), ansi);
        boolean data = a.get(ATTACH_DATA) instanceof byte[] && a.typeOf(ATTACH_DATA) == MapiType.PtypBinary;
        if (data) {
            attribute(out, TnefIds.LEVEL_ATTACHMENT, TnefIds.ATTACH_DATA, raw((byte[]) a.get(ATTACH_DATA)));
        }
        for (TnefAttribute other : a.otherAttributes()) {
            attribute(out, TnefIds.LEVEL_ATTACHMENT, other.id(), raw(other.data()));
        }
        Bytes.Out props = new Bytes.Out();
        TnefProperties.write(props, a, data ? Set.of(ATTACH_DATA) : Set.of(), named, ansi);
        attribute(out, TnefIds.LEVEL_ATTACHMENT, TnefIds.ATTACHMENT, props);
    }

    /** A legacy string attribute for attribute-only readers; what the code page cannot encode becomes '?'. */
    private static void legacyString(Bytes.Out out, int level, int id, Object value, Charset ansi) {
        if (value instanceof String) {
            attribute(out, level, id, raw(Bytes.terminated((String) value, ansi)));
        }
    }

    private static Bytes.Out raw(byte[] b) {
        Bytes.Out o = new Bytes.Out();
        o.bytes(b);
        return o;
    }

    /** Level, id, length, data, checksum. */
    private static void attribute(Bytes.Out out, int level, int id, Bytes.Out data) {
        byte[] b = data.array();
        int n = data.size();
        out.u8(level).i32(id).i32(n);
        out.write(b, 0, n);
        out.u16(Bytes.checksum(b, 0, n));
    }
}
