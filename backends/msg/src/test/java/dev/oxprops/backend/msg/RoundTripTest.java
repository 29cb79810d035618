package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.PropertyValue;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Bags written by {@link MsgWriter} read back the same, through POI on its own and through {@link MsgReader}. */
class RoundTripTest {
    static final UUID PSETID_COMMON = UUID.fromString("00062008-0000-0000-c000-000000000046");
    static final UUID PSETID_SHARING = UUID.fromString("00062040-0000-0000-c000-000000000046");
    static final UUID PS_PUBLIC_STRINGS = UUID.fromString("00020329-0000-0000-c000-000000000046");
    static final UUID CUSTOM = UUID.fromString("11223344-5566-7788-99aa-bbccddeeff00");

    static InMemoryPropertyBag richMessage() {
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        b.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Sharing");
        b.put(PropertyId.tag(0x0037), MapiType.PtypString, "Ünïcødé 日本語 \uD83D\uDE00 subject");
        b.put(PropertyId.tag(0x1000), MapiType.PtypString, "");
        b.put(PropertyId.tag(0x0E07), MapiType.PtypInteger32, 0x00000409);
        b.put(PropertyId.tag(0x0017), MapiType.PtypInteger32, -1);
        b.put(PropertyId.tag(0x6601), MapiType.PtypInteger16, (short) -2);
        b.put(PropertyId.tag(0x0057), MapiType.PtypBoolean, true);
        b.put(PropertyId.tag(0x0058), MapiType.PtypBoolean, false);
        b.put(PropertyId.tag(0x6602), MapiType.PtypFloating32, 1.5f);
        b.put(PropertyId.tag(0x6603), MapiType.PtypFloating64, -2.25e100);
        b.put(PropertyId.tag(0x6604), MapiType.PtypCurrency, 123_4567L);
        b.put(PropertyId.tag(0x6605), MapiType.PtypFloatingTime, 45000.5);
        b.put(PropertyId.tag(0x6606), MapiType.PtypErrorCode, 0x8004010F);
        b.put(PropertyId.tag(0x6607), MapiType.PtypInteger64, Long.MIN_VALUE + 7);
        b.put(PropertyId.tag(0x0039), MapiType.PtypTime, Instant.parse("2008-03-06T23:43:00.1234567Z"));
        b.put(PropertyId.tag(0x0071), MapiType.PtypBinary, new byte[] {1, 0, 2, (byte) 0xFF});
        b.put(PropertyId.tag(0x6608), MapiType.PtypBinary, new byte[0]);
        b.put(PropertyId.tag(0x6609), MapiType.PtypGuid, CUSTOM);
        b.put(PropertyId.tag(0x660A), MapiType.PtypString8, "plain ANSI café");
        b.put(PropertyId.tag(0x660B), MapiType.PtypString8, "");
        b.put(PropertyId.tag(0x660C), MapiType.PtypMultipleInteger16, List.of((short) 1, (short) -1));
        b.put(PropertyId.tag(0x660D), MapiType.PtypMultipleInteger32, List.of(1, 2, 3));
        b.put(PropertyId.tag(0x660E), MapiType.PtypMultipleFloating32, List.of(0.5f));
        b.put(PropertyId.tag(0x660F), MapiType.PtypMultipleFloating64, List.of(1.0, -0.0));
        b.put(PropertyId.tag(0x6610), MapiType.PtypMultipleCurrency, List.of(5L));
        b.put(PropertyId.tag(0x6611), MapiType.PtypMultipleFloatingTime, List.of(2.0));
        b.put(PropertyId.tag(0x6612), MapiType.PtypMultipleInteger64, List.of(Long.MAX_VALUE, 0L));
        b.put(PropertyId.tag(0x6613), MapiType.PtypMultipleTime,
                List.of(Instant.parse("1601-01-01T00:00:00Z"), Instant.parse("2030-12-31T23:59:59Z")));
        b.put(PropertyId.tag(0x6614), MapiType.PtypMultipleGuid, List.of(PSETID_SHARING, CUSTOM));
        b.put(PropertyId.tag(0x6615), MapiType.PtypMultipleString, List.of("a", "", "日本"));
        b.put(PropertyId.tag(0x6616), MapiType.PtypMultipleString8, List.of("x", "yz"));
        b.put(PropertyId.tag(0x6617), MapiType.PtypMultipleBinary, List.of(new byte[] {9}, new byte[0]));
        b.put(PropertyId.tag(0x6618), MapiType.PtypMultipleString, List.of());
        b.put(PropertyId.lid(PSETID_SHARING, 0x8A18), MapiType.PtypString, "AEF0060000000000C000000000000046");
        b.put(PropertyId.lid(PSETID_SHARING, 0x8A14), MapiType.PtypInteger32, 0x310);
        b.put(PropertyId.lid(PSETID_SHARING, 0x8A19), MapiType.PtypBinary, new byte[46]);
        b.put(PropertyId.lid(PSETID_COMMON, 0x8580), MapiType.PtypMultipleString, List.of("k1", "k2"));
        b.put(PropertyId.lid(CUSTOM, 0x1), MapiType.PtypBoolean, true);
        b.put(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Sharing-Flavor"), MapiType.PtypString, "310");
        b.put(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "x-sharing-capabilities"), MapiType.PtypString, "402B0");
        b.put(PropertyId.name(PS_PUBLIC_STRINGS, "Keywords"), MapiType.PtypMultipleString, List.of("red", "blue"));
        b.put(PropertyId.name(CUSTOM, "Ünïcode name"), MapiType.PtypInteger64, 42L);
        return b;
    }

    static List<PropertyBag> recipients() {
        InMemoryPropertyBag to = new InMemoryPropertyBag();
        to.put(PropertyId.tag(0x0C15), MapiType.PtypInteger32, 1);
        to.put(PropertyId.tag(0x3001), MapiType.PtypString, "Ann Example");
        to.put(PropertyId.tag(0x39FE), MapiType.PtypString, "ann@example.com");
        InMemoryPropertyBag cc = new InMemoryPropertyBag();
        cc.put(PropertyId.tag(0x0C15), MapiType.PtypInteger32, 2);
        cc.put(PropertyId.tag(0x3001), MapiType.PtypString, "Bob Ü");
        cc.put(PropertyId.tag(0x39FE), MapiType.PtypString, "bob@example.com");
        cc.put(PropertyId.lid(PSETID_SHARING, 0x8A1C), MapiType.PtypInteger32, 7);
        return List.of(to, cc);
    }

    @Test
    void poiOnItsOwnSeesEveryPropertyWithItsValue() throws Exception {
        InMemoryPropertyBag message = richMessage();
        byte[] file = new MsgWriter().write(message, recipients());
        MAPIMessage poi = new MAPIMessage(new ByteArrayInputStream(file));
        assertEquals("Ünïcødé 日本語 \uD83D\uDE00 subject", poi.getSubject());
        assertEquals("IPM.Sharing", poi.getMainChunks().getMessageClass().getValue());
        assertEquals(List.of("Ann Example", "Bob Ü"), List.of(poi.getRecipientNamesList()));
        assertEquals(List.of("ann@example.com", "bob@example.com"), List.of(poi.getRecipientEmailAddressList()));

        Map<MAPIProperty, PropertyValue> raw = poi.getMainChunks().getRawProperties();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            assertEquals("{00020D0B-0000-0000-C000-000000000046}", fs.getRoot().getStorageClsid().toString());
            List<String> checked = new ArrayList<>();
            message.forEach((id, type, value) -> {
                int pid = poiId(poi, id);
                PropertyValue pv = find(raw, pid);
                assertNotNull(pv, id + " not in POI's property list (id " + Integer.toHexString(pid) + ")");
                // POI reports the element type of multi-valued properties; the MV flag is checked raw below
                assertEquals(type.code() & ~0x1000, pv.getActualType().getId() & ~0x1000, id + " type");
                assertTrue(hasTag(stream(fs.getRoot(), "__properties_version1.0"), pid << 16 | type.code()),
                        id + " tag in the property stream");
                assertEquals(6, pv.getFlags(), id + " flags");
                assertValue(fs.getRoot(), pid, type, value, pv.getRawValue(), id.toString());
                checked.add(id.toString());
            });
            assertEquals(message.size(), checked.size());
            // recipient storages, read raw
            DirectoryEntry r1 = (DirectoryEntry) fs.getRoot().getEntry("__recip_version1.0_#00000001");
            assertEquals("bob@example.com", utf16(stream(r1, "__substg1.0_39FE001F")));
            assertEquals("SMTP", utf16(stream(r1, "__substg1.0_3002001F")));
            assertEquals("bob@example.com", utf16(stream(r1, "__substg1.0_3003001F")));
            int sharingId = poiId(poi, PropertyId.lid(PSETID_SHARING, 0x8A1C));
            assertTrue(r1.hasEntry("__properties_version1.0"));
            byte[] rp = stream(r1, "__properties_version1.0");
            boolean found = false;
            for (int off = 8; off + 16 <= rp.length; off += 16) {
                ByteBuffer e = ByteBuffer.wrap(rp, off, 16).order(ByteOrder.LITTLE_ENDIAN);
                if (e.getInt() == (sharingId << 16 | 0x0003)) {
                    e.getInt();
                    found = e.getInt() == 7;
                }
            }
            assertTrue(found, "named property on a recipient uses the message's mapping");
            byte[] top = stream(fs.getRoot(), "__properties_version1.0");
            ByteBuffer h = ByteBuffer.wrap(top).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(List.of(2, 0, 2, 0), List.of(h.getInt(8), h.getInt(12), h.getInt(16), h.getInt(20)));
        }
    }

    static boolean hasTag(byte[] props, int tag) {
        ByteBuffer b = ByteBuffer.wrap(props).order(ByteOrder.LITTLE_ENDIAN);
        for (int off = 32; off + 16 <= props.length; off += 16) {
            if (b.getInt(off) == tag) {
                return true;
            }
        }
        return false;
    }

    /** POI's NameIdChunks finds the id through the hash-bucket streams (CRC-32 for string names). */
    static int poiId(MAPIMessage poi, PropertyId id) {
        if (id instanceof PropertyId.Tag) {
            return ((PropertyId.Tag) id).id();
        }
        long tag;
        if (id instanceof PropertyId.Lid) {
            PropertyId.Lid l = (PropertyId.Lid) id;
            tag = poi.getNameIdChunks().getPropertyTag(new ClassID("{" + l.set().toString().toUpperCase() + "}"), null,
                    l.lid());
        } else {
            PropertyId.Name n = (PropertyId.Name) id;
            tag = poi.getNameIdChunks().getPropertyTag(new ClassID("{" + n.set().toString().toUpperCase() + "}"),
                    n.name(), 0);
        }
        assertTrue(tag != 0, "POI finds no id for " + id);
        return (int) tag;
    }

    static PropertyValue find(Map<MAPIProperty, PropertyValue> raw, int id) {
        for (Map.Entry<MAPIProperty, PropertyValue> e : raw.entrySet()) {
            if (e.getKey().id == id) {
                return e.getValue();
            }
        }
        return null;
    }

    static void assertValue(DirectoryEntry dir, int pid, MapiType type, Object value, byte[] inline, String what) {
        ByteBuffer v = ByteBuffer.wrap(inline).order(ByteOrder.LITTLE_ENDIAN);
        String name = String.format("__substg1.0_%04X%04X", pid, type.code());
        switch (type) {
            case PtypInteger16: assertEquals(value, v.getShort(0), what); return;
            case PtypInteger32: case PtypErrorCode: assertEquals(value, v.getInt(0), what); return;
            case PtypFloating32: assertEquals(value, v.getFloat(0), what); return;
            case PtypFloating64: case PtypFloatingTime: assertEquals(value, v.getDouble(0), what); return;
            case PtypCurrency: case PtypInteger64: assertEquals(value, v.getLong(0), what); return;
            case PtypBoolean: assertEquals(value, inline[0] == 1, what); return;
            case PtypTime:
                Instant t = (Instant) value;
                long ft = (t.getEpochSecond() + 11_644_473_600L) * 10_000_000L + t.getNano() / 100;
                assertEquals(ft, v.getLong(0), what);
                return;
            default:
                break;
        }
        byte[] data = stream(dir, name);
        switch (type) {
            case PtypString:
                assertEquals(value, utf16(data), what);
                assertEquals(data.length + 2, v.getInt(0), what + " size");
                return;
            case PtypString8:
                assertEquals(value, new String(data, Charset.forName("windows-1252")), what);
                assertEquals(data.length + 1, v.getInt(0), what + " size");
                return;
            case PtypBinary:
                assertArrayEquals((byte[]) value, data, what);
                assertEquals(data.length, v.getInt(0), what + " size");
                return;
            case PtypGuid:
                assertEquals(value, guid(data, 0), what);
                return;
            default:
                break;
        }
        List<?> list = (List<?>) value;
        assertEquals(data.length, v.getInt(0), what + " size of the main stream");
        ByteBuffer d = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        List<Object> got = new ArrayList<>();
        switch (type.elementType()) {
            case PtypInteger16: while (d.hasRemaining()) { got.add(d.getShort()); } break;
            case PtypInteger32: while (d.hasRemaining()) { got.add(d.getInt()); } break;
            case PtypFloating32: while (d.hasRemaining()) { got.add(d.getFloat()); } break;
            case PtypFloating64: case PtypFloatingTime: while (d.hasRemaining()) { got.add(d.getDouble()); } break;
            case PtypCurrency: case PtypInteger64: while (d.hasRemaining()) { got.add(d.getLong()); } break;
            case PtypTime:
                while (d.hasRemaining()) {
                    long ft = d.getLong();
                    got.add(Instant.ofEpochSecond(ft / 10_000_000L - 11_644_473_600L, ft % 10_000_000L * 100));
                }
                break;
            case PtypGuid: for (int i = 0; i < data.length; i += 16) { got.add(guid(data, i)); } break;
            default:
                int entry = type == MapiType.PtypMultipleBinary ? 8 : 4;
                assertEquals(list.size() * entry, data.length, what + " length stream");
                for (int i = 0; i < list.size(); i++) {
                    byte[] e = stream(dir, String.format("%s-%08X", name, i));
                    assertEquals(e.length, d.getInt(i * entry), what + " length of value " + i);
                    if (type == MapiType.PtypMultipleBinary) {
                        assertArrayEquals((byte[]) list.get(i), e, what);
                        got.add(list.get(i));
                    } else {
                        String s = type == MapiType.PtypMultipleString ? utf16(e)
                                : new String(e, Charset.forName("windows-1252"));
                        assertTrue(s.endsWith("\0"), what + " value streams of multi-valued strings end in a null");
                        got.add(s.substring(0, s.length() - 1));
                    }
                }
        }
        assertEquals(list, got, what);
    }

    static UUID guid(byte[] b, int off) {
        ByteBuffer le = ByteBuffer.wrap(b, off, 8).order(ByteOrder.LITTLE_ENDIAN);
        long msb = (le.getInt() & 0xFFFFFFFFL) << 32 | (le.getShort() & 0xFFFFL) << 16 | (le.getShort() & 0xFFFFL);
        long lsb = ByteBuffer.wrap(b, off + 8, 8).getLong();
        return new UUID(msb, lsb);
    }

    static String utf16(byte[] b) {
        return new String(b, StandardCharsets.UTF_16LE);
    }

    static byte[] stream(DirectoryEntry dir, String name) {
        try (InputStream in = new DocumentInputStream((DocumentEntry) dir.getEntry(name))) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new AssertionError("no stream " + name, e);
        }
    }

    @Test
    void ourReaderGivesBackTheSameBags() {
        InMemoryPropertyBag message = richMessage();
        List<PropertyBag> recipients = recipients();
        MsgMessage back = new MsgReader().read(new MsgWriter().write(message, recipients));
        assertEquals(List.of(), back.problems());
        InMemoryPropertyBag expected = InMemoryPropertyBag.copyOf(message);
        expected.put(PropertyId.tag(0x340D), MapiType.PtypInteger32, 0x00040000); // added STORE_UNICODE_OK
        assertSameBag(expected, back);
        assertEquals(2, back.recipients().size());
        for (int i = 0; i < 2; i++) {
            InMemoryPropertyBag r = InMemoryPropertyBag.copyOf(recipients.get(i));
            r.put(PropertyId.tag(0x3000), MapiType.PtypInteger32, i);
            r.put(PropertyId.tag(0x3002), MapiType.PtypString, "SMTP");
            r.put(PropertyId.tag(0x3003), MapiType.PtypString, r.get(PropertyId.tag(0x39FE)));
            assertSameBag(r, back.recipients().get(i));
        }
    }

    @Test
    void rewritingAReadMessageKeepsItsIdsAndValues() {
        MsgMessage first = new MsgReader().read(new MsgWriter().write(richMessage(), recipients()));
        NamedPropertyMap map = first.namedProperties();
        MsgMessage second = new MsgReader().read(new MsgWriter().namedProperties(map).write(first, first.recipients()));
        assertSameBag(first, second);
        for (PropertyId name : map.names()) {
            assertEquals(map.find(name), second.namedProperties().find(name), name.toString());
        }
    }

    @Test
    void preassignedIdsAreKeptAndGapsFilled() throws Exception {
        NamedPropertyMap map = new NamedPropertyMap();
        map.preassign(PropertyId.lid(PSETID_SHARING, 0x8A14), 0x8003);
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        b.put(PropertyId.lid(PSETID_SHARING, 0x8A14), MapiType.PtypInteger32, 5);
        b.put(PropertyId.lid(PSETID_SHARING, 0x8A18), MapiType.PtypString, "x");
        byte[] file = new MsgWriter().namedProperties(map).write(b, List.of());
        MAPIMessage poi = new MAPIMessage(new ByteArrayInputStream(file));
        assertEquals(0x8003, poiId(poi, PropertyId.lid(PSETID_SHARING, 0x8A14)));
        assertEquals(0x8000, poiId(poi, PropertyId.lid(PSETID_SHARING, 0x8A18)), "new names take the lowest free id");
        assertEquals(-1, map.find(PropertyId.lid(PSETID_SHARING, 0x8A18)), "the caller's map is not modified");
        MsgMessage back = new MsgReader().read(file);
        assertEquals(5, back.get(PropertyId.lid(PSETID_SHARING, 0x8A14)));
        assertEquals("x", back.get(PropertyId.lid(PSETID_SHARING, 0x8A18)));
        assertEquals(4, back.namedProperties().size(), "0x8001 and 0x8002 hold placeholders");
        assertTrue(back.namedProperties().nameOf(0x8001) instanceof PropertyId.Name);
    }

    @Test
    void string8UsesTheMessageCodePage() {
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        b.put(PropertyId.tag(0x3FFD), MapiType.PtypInteger32, 932);
        b.put(PropertyId.tag(0x0037), MapiType.PtypString8, "日本語");
        byte[] file = new MsgWriter().write(b, List.of());
        MsgMessage back = new MsgReader().read(file);
        assertEquals("日本語", back.get(PropertyId.tag(0x0037)));
        assertEquals(MapiType.PtypString8, back.typeOf(PropertyId.tag(0x0037)));
    }

    static void assertSameBag(PropertyBag expected, PropertyBag actual) {
        List<String> want = new ArrayList<>();
        List<String> got = new ArrayList<>();
        expected.forEach((id, type, value) -> want.add(id + " " + type + " " + render(value)));
        expected.forEach((id, type, value) -> got.add(id + " " + actual.typeOf(id) + " " + render(actual.get(id))));
        assertEquals(want, got);
        assertEquals(expected.size(), actual.size());
    }

    static String render(Object value) {
        if (value instanceof byte[]) {
            return java.util.Arrays.toString((byte[]) value);
        }
        if (value instanceof List) {
            List<String> out = new ArrayList<>();
            ((List<?>) value).forEach(o -> out.add(render(o)));
            return out.toString();
        }
        return Objects.toString(value);
    }
}
