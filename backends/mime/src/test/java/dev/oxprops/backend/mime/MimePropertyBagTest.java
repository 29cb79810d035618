package dev.oxprops.backend.mime;

import dev.oxprops.runtime.PropertyNotCarriedException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.PropertyId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MimePropertyBagTest {
    private static final UUID PSETID_SHARING = UUID.fromString("00062040-0000-0000-c000-000000000046");
    private static final UUID PS_PUBLIC_STRINGS = UUID.fromString("00020329-0000-0000-c000-000000000046");

    static PropertyId header(String name) {
        return PropertyId.name(PropertyId.PS_INTERNET_HEADERS, name);
    }

    static MimePropertyBag parse(String eml) throws IOException {
        return MimePropertyBag.parse(new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
    }

    static MimePropertyBag reparse(MimePropertyBag bag) throws IOException {
        return MimePropertyBag.parse(new ByteArrayInputStream(bag.toBytes()));
    }

    @Test
    void canCarryOnlyInternetHeaderStringsAndMappedTags() {
        MimePropertyBag bag = MimePropertyBag.create();
        assertTrue(bag.canCarry(header("X-Sharing-Flavor"), MapiType.PtypString));
        assertTrue(bag.canCarry(header("x-sharing-flavor"), MapiType.PtypString8));
        assertFalse(bag.canCarry(header("X-Sharing-Flavor"), MapiType.PtypInteger32));
        assertFalse(bag.canCarry(header("X-Sharing-Flavor"), MapiType.PtypMultipleString));
        assertFalse(bag.canCarry(PropertyId.lid(PSETID_SHARING, 0x8A18), MapiType.PtypInteger32));
        assertFalse(bag.canCarry(PropertyId.lid(PropertyId.PS_INTERNET_HEADERS, 0x8A18), MapiType.PtypString));
        assertFalse(bag.canCarry(PropertyId.name(PS_PUBLIC_STRINGS, "X-Sharing-Flavor"), MapiType.PtypString));
        assertTrue(bag.canCarry(PropertyId.tag(0x0037), MapiType.PtypString));
        assertTrue(bag.canCarry(PropertyId.tag(0x1035), MapiType.PtypString));
        assertFalse(bag.canCarry(PropertyId.tag(0x001A), MapiType.PtypString));
        assertFalse(bag.canCarry(header("X Bad"), MapiType.PtypString));
        assertFalse(bag.canCarry(header("X-Bad:"), MapiType.PtypString));
        assertFalse(bag.canCarry(header(""), MapiType.PtypString));
        assertFalse(bag.canCarry(header("X-Gr\u00FC\u00DF"), MapiType.PtypString));
        assertFalse(bag.canCarry(null, MapiType.PtypString));
    }

    @Test
    void putOfWhatCannotBeCarriedThrowsNamingTheProperty() {
        MimePropertyBag bag = MimePropertyBag.create();
        int sizeBefore = bag.size();
        PropertyId lid = PropertyId.lid(PSETID_SHARING, 0x8A18);
        PropertyNotCarriedException e = assertThrows(PropertyNotCarriedException.class,
                () -> bag.put(lid, MapiType.PtypInteger32, 0x310));
        assertEquals(lid, e.property());
        assertEquals(MapiType.PtypInteger32, e.type());
        assertTrue(e.getMessage().contains(lid.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("LID"), e.getMessage());

        PropertyNotCarriedException typed = assertThrows(PropertyNotCarriedException.class,
                () -> bag.put(header("X-Sharing-Flavor"), MapiType.PtypInteger32, 0x310));
        assertTrue(typed.getMessage().contains("X-Sharing-Flavor"), typed.getMessage());
        assertThrows(PropertyNotCarriedException.class,
                () -> bag.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Sharing"));
        assertThrows(PropertyNotCarriedException.class,
                () -> bag.put(PropertyId.name(PS_PUBLIC_STRINGS, "Keywords"), MapiType.PtypString, "x"));
        PropertyNotCarriedException badName = assertThrows(PropertyNotCarriedException.class,
                () -> bag.put(header("X-Injected: evil\r\nBcc"), MapiType.PtypString, "x"));
        assertTrue(badName.getMessage().contains("not a valid header field name"), badName.getMessage());
        assertEquals(sizeBefore, bag.size(), "nothing was written by the refused puts");
        assertNull(bag.get(header("X-Sharing-Flavor")));
        assertNull(bag.get(PropertyId.tag(0x001A)));
    }

    @Test
    void nonStringValueIsRefusedWithTypedException() {
        MimePropertyBag bag = MimePropertyBag.create();
        MalformedValueException e = assertThrows(MalformedValueException.class,
                () -> bag.put(header("X-Sharing-Flavor"), MapiType.PtypString, 0x310));
        assertTrue(e.getMessage().contains("X-Sharing-Flavor"), e.getMessage());
        assertNull(bag.get(header("X-Sharing-Flavor")));
    }

    @Test
    void everyStringRoundTripsThroughWriteAndParse() throws IOException {
        List<String> values = List.of("310", "", "Jane\u00B4s her share calendar", "\u65E5\u672C\u8A9E\u306E\u30AB\u30EC\u30F3\u30C0\u30FC",
                "emoji \uD83D\uDCC5 calendar", "  leading and trailing  ", "=?iso-8859-1?Q?looks_encoded?=",
                "tab\there", "line one\r\nBcc: injected@example.com", "two  spaces", "A".repeat(1200),
                "x".repeat(44) + "\u00E9" + "y".repeat(100));
        MimePropertyBag bag = MimePropertyBag.create();
        for (int i = 0; i < values.size(); i++) {
            bag.put(header("X-Test-" + i), MapiType.PtypString, values.get(i));
        }
        byte[] eml = bag.toBytes();
        String text = new String(eml, StandardCharsets.ISO_8859_1);
        for (String line : text.split("\r\n")) {
            assertTrue(line.length() <= 998, "line too long: " + line.length());
        }
        for (byte b : eml) {
            assertTrue(b >= 0, "non-ASCII byte written raw");
        }
        assertFalse(text.contains("\r\nBcc:"), "a value must not inject a header");
        MimePropertyBag again = MimePropertyBag.parse(new ByteArrayInputStream(eml));
        for (int i = 0; i < values.size(); i++) {
            assertEquals(values.get(i), again.get(header("x-test-" + i)), "value " + i);
        }
        assertNull(again.get(header("Bcc")));
        assertEquals(List.of(), again.problems());
    }

    @Test
    void taggedPropertiesMapToTheirHeadersBothWays() throws IOException {
        MimePropertyBag bag = MimePropertyBag.create();
        bag.put(PropertyId.tag(0x0037), MapiType.PtypString, "Gr\u00FC\u00DFe: shared calendar");
        bag.put(PropertyId.tag(0x1035), MapiType.PtypString, "<abc.123@example.com>");
        bag.put(header("in-reply-to"), MapiType.PtypString, "<parent@example.com>");
        assertEquals("Gr\u00FC\u00DFe: shared calendar", bag.get(header("SUBJECT")));
        assertEquals("<parent@example.com>", bag.get(PropertyId.tag(0x1042)));

        MimePropertyBag again = reparse(bag);
        assertEquals("Gr\u00FC\u00DFe: shared calendar", again.get(PropertyId.tag(0x0037)));
        assertEquals("<abc.123@example.com>", again.get(PropertyId.tag(0x1035)), "Message-ID is kept, not regenerated");
        List<PropertyId> ids = new ArrayList<>();
        again.forEach((id, type, value) -> ids.add(id));
        assertTrue(ids.contains(PropertyId.tag(0x0037)));
        assertFalse(ids.contains(header("Subject")), "a mapped header is listed once, under its tag");
    }

    @Test
    void removeDeletesEveryOccurrenceAndReturnsTheOldValue() throws IOException {
        MimePropertyBag bag = parse("X-A: first\r\nx-a: second\r\nX-B: b\r\n\r\n");
        assertEquals("first", bag.remove(header("x-A")));
        assertNull(bag.get(header("X-A")));
        assertEquals("b", bag.get(header("X-B")));
        assertNull(bag.remove(header("X-A")));
        assertNull(bag.remove(PropertyId.lid(PSETID_SHARING, 0x8A18)));
        bag.put(header("X-B"), MapiType.PtypString, null);
        assertFalse(bag.contains(header("X-B")));
    }

    @Test
    void lidPropertiesReadAsAbsent() throws IOException {
        MimePropertyBag bag = Exchange2010HeadersTest.load();
        assertNull(bag.get(PropertyId.lid(PSETID_SHARING, 0x8A18)));
        assertNull(bag.typeOf(PropertyId.lid(PSETID_SHARING, 0x8A18)));
        assertFalse(bag.contains(PropertyId.lid(PSETID_SHARING, 0x8A18)));
        assertNull(bag.get(null));
    }

    @Test
    void wrapSharesTheMessage() throws Exception {
        MimePropertyBag bag = MimePropertyBag.create();
        MimePropertyBag view = MimePropertyBag.wrap(bag.message());
        assertSame(bag.message(), view.message());
        view.put(header("X-Sharing-Flavor"), MapiType.PtypString, "310");
        assertArrayEquals(new String[] {"310"}, bag.message().getHeader("X-Sharing-Flavor"));
    }
}
