package dev.oxprops.runtime.entryid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.Hex;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AddressBookEntryIdTest {
    private static final String USER12 = RealEntryIds.ORG_DN + "user12";

    @Test
    void readsEveryFieldOfTheSpecExample() {
        byte[] bytes = Hex.parseBytes(RealEntryIds.SPEC_INITIATOR_USER12);
        assertEquals(125, bytes.length);
        AddressBookEntryId id = AddressBookEntryId.parse(bytes);
        assertEquals(0, id.flags());
        assertEquals(AddressBookEntryId.LOCAL_MAIL_USER, id.type());
        assertEquals("local mail user", id.typeName());
        assertEquals(USER12, id.x500Dn());
    }

    @Test
    void reencodesTheSpecExampleByteForByte() {
        byte[] bytes = Hex.parseBytes(RealEntryIds.SPEC_INITIATOR_USER12);
        assertArrayEquals(bytes, AddressBookEntryId.parse(bytes).toBytes());
        assertEquals(RealEntryIds.SPEC_INITIATOR_USER12, AddressBookEntryId.parse(bytes).toHex());
    }

    @Test
    void buildsFromPartsTheSameBytesAsTheSpec() {
        AddressBookEntryId built = AddressBookEntryId.user(USER12);
        assertArrayEquals(Hex.parseBytes(RealEntryIds.SPEC_INITIATOR_USER12), built.toBytes());
        assertEquals(AddressBookEntryId.parseHex(RealEntryIds.SPEC_INITIATOR_USER12), built);
        assertEquals(built.hashCode(), AddressBookEntryId.parseHex(RealEntryIds.SPEC_INITIATOR_USER12).hashCode());
        assertNotEquals(built, AddressBookEntryId.of(AddressBookEntryId.DISTRIBUTION_LIST, USER12));
    }

    @Test
    void typeIsWrittenLittleEndian() {
        byte[] b = AddressBookEntryId.of(AddressBookEntryId.ONE_OFF_USER, "/o=x").toBytes();
        assertArrayEquals(Hex.parseBytes("0100000002010000"), Arrays.copyOfRange(b, 20, 28));
        assertEquals(AddressBookEntryId.ONE_OFF_USER, AddressBookEntryId.parse(b).type());
        assertEquals("one-off user", AddressBookEntryId.parse(b).typeName());
    }

    @Test
    void emptyDnIsOneZeroByte() {
        AddressBookEntryId id = AddressBookEntryId.user("");
        assertEquals(29, id.toBytes().length);
        assertEquals(id, AddressBookEntryId.parse(id.toBytes()));
    }

    @Test
    void truncatedInputNamesTheField() {
        byte[] full = Hex.parseBytes(RealEntryIds.SPEC_INITIATOR_USER12);
        int[] lengths = {0, 2, 4, 19, 20, 23, 24, 27, 28, 60, 124};
        String[] fields = {"Flags", "Flags", "ProviderUID", "ProviderUID", "Version", "Version", "Type", "Type", "X500DN",
                "X500DN", "X500DN"};
        for (int i = 0; i < lengths.length; i++) {
            byte[] b = Arrays.copyOf(full, lengths[i]);
            MalformedEntryIdException e = assertThrows(MalformedEntryIdException.class, () -> AddressBookEntryId.parse(b));
            assertEquals(fields[i], e.field(), "length " + lengths[i] + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void rejectsCorruptFields() {
        byte[] wrongProvider = Hex.parseBytes(RealEntryIds.SPEC_INITIATOR_USER12);
        wrongProvider[4] = 0;
        MalformedEntryIdException e = assertThrows(MalformedEntryIdException.class,
                () -> AddressBookEntryId.parse(wrongProvider));
        assertEquals("ProviderUID", e.field());
        assertTrue(e.getMessage().contains("00A740C8C042101AB4B908002B2FE182"), e.getMessage());

        byte[] wrongVersion = Hex.parseBytes(RealEntryIds.SPEC_INITIATOR_USER12);
        wrongVersion[20] = 2;
        e = assertThrows(MalformedEntryIdException.class, () -> AddressBookEntryId.parse(wrongVersion));
        assertEquals("Version", e.field());
        assertEquals(20, e.offset());

        byte[] extra = Arrays.copyOf(Hex.parseBytes(RealEntryIds.SPEC_INITIATOR_USER12), 127);
        e = assertThrows(MalformedEntryIdException.class, () -> AddressBookEntryId.parse(extra));
        assertEquals(125, e.offset());
        assertTrue(e.getMessage().contains("2 bytes after the X500DN"), e.getMessage());
    }

    @Test
    void rejectsBadDn() {
        assertEquals("X500DN", assertThrows(MalformedEntryIdException.class, () -> AddressBookEntryId.user(null)).field());
        assertEquals("X500DN", assertThrows(MalformedEntryIdException.class, () -> AddressBookEntryId.user("/o=\0")).field());
        assertEquals("X500DN", assertThrows(MalformedEntryIdException.class,
                () -> AddressBookEntryId.user("/o=\u0100")).field());
    }

    @Test
    void toStringShowsTheParts() {
        String s = AddressBookEntryId.user(USER12).toString();
        assertTrue(s.contains("cn=user12\""), s);
        assertTrue(s.contains("local mail user"), s);
    }
}
