package dev.oxprops.runtime.entryid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.MalformedValueException;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FolderEntryIdTest {
    private static final UUID MAILBOX = UUID.fromString("f6a4fcb0-213c-42a6-bd4b-8f1bdba04bc6");
    private static final UUID DATABASE = UUID.fromString("ab7b2a61-f649-4b4e-9c52-dbfb5a53aa1c");

    @Test
    void readsEveryFieldOfTheSpecExample() {
        FolderEntryId id = FolderEntryId.parseHex(RealEntryIds.SPEC_REMOTE_UID);
        assertEquals(0, id.flags());
        // Provider UID bytes B0FCA4F6 3C21 A642 BD4B8F1BDBA04BC6 in MS-OXCDATA GUID order
        assertEquals(MAILBOX, id.providerUid());
        assertEquals(FolderEntryId.PRIVATE_FOLDER, id.folderType());
        assertEquals("private folder", id.folderTypeName());
        assertEquals(DATABASE, id.databaseGuid());
        assertEquals(0xF04EEFL, id.globalCounter());
        assertArrayEquals(Hex.parseBytes("000000F04EEF"), id.globalCounterBytes());
    }

    @Test
    void reencodesTheSpecExampleByteForByte() {
        byte[] bytes = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_UID);
        assertEquals(FolderEntryId.LENGTH, bytes.length);
        FolderEntryId id = FolderEntryId.parse(bytes);
        assertArrayEquals(bytes, id.toBytes());
        assertEquals(RealEntryIds.SPEC_REMOTE_UID, id.toHex());
    }

    @Test
    void readsAndReencodesTheExchange2010Header() {
        FolderEntryId id = FolderEntryId.parseHex(RealEntryIds.EX2010_REMOTE_UID);
        assertEquals(0, id.flags());
        assertEquals(UUID.fromString("9db65abc-7043-4f45-b480-a15db2a7e93c"), id.providerUid());
        assertEquals(FolderEntryId.PRIVATE_FOLDER, id.folderType());
        assertEquals(UUID.fromString("069fb2dc-87b0-43bb-9b54-2470e7a5d6e3"), id.databaseGuid());
        assertEquals(0x2DAFEAEAL, id.globalCounter());
        assertEquals(RealEntryIds.EX2010_REMOTE_UID, id.toHex());
    }

    @Test
    void buildsFromPartsTheSameBytesAsTheSpec() {
        FolderEntryId built = FolderEntryId.privateFolder(MAILBOX, DATABASE, 0xF04EEFL);
        assertEquals(RealEntryIds.SPEC_REMOTE_UID, built.toHex());
        assertEquals(FolderEntryId.parseHex(RealEntryIds.SPEC_REMOTE_UID), built);
        assertEquals(built, FolderEntryId.of(MAILBOX, FolderEntryId.PRIVATE_FOLDER, DATABASE, 0xF04EEFL));
    }

    @Test
    void equalityAndHashFollowContent() {
        FolderEntryId a = FolderEntryId.privateFolder(MAILBOX, DATABASE, 1);
        FolderEntryId b = FolderEntryId.parse(a.toBytes());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, FolderEntryId.privateFolder(MAILBOX, DATABASE, 2));
        assertNotEquals(a, FolderEntryId.of(MAILBOX, FolderEntryId.PUBLIC_FOLDER, DATABASE, 1));
    }

    @Test
    void toStringShowsTheParts() {
        String s = FolderEntryId.parseHex(RealEntryIds.SPEC_REMOTE_UID).toString();
        assertTrue(s.contains("{F6A4FCB0-213C-42A6-BD4B-8F1BDBA04BC6}"), s);
        assertTrue(s.contains("0x000000F04EEF"), s);
        assertTrue(s.contains("private folder"), s);
    }

    @Test
    void globalCounterUses48BitsBigEndian() {
        FolderEntryId id = FolderEntryId.privateFolder(MAILBOX, DATABASE, FolderEntryId.MAX_GLOBAL_COUNTER);
        byte[] b = id.toBytes();
        assertArrayEquals(Hex.parseBytes("FFFFFFFFFFFF0000"), Arrays.copyOfRange(b, 38, 46));
        assertEquals(FolderEntryId.MAX_GLOBAL_COUNTER, FolderEntryId.parse(b).globalCounter());
        FolderEntryId one = FolderEntryId.privateFolder(MAILBOX, DATABASE, 0x010203040506L);
        assertArrayEquals(Hex.parseBytes("010203040506"), Arrays.copyOfRange(one.toBytes(), 38, 44));
    }

    @Test
    void keepsNonZeroFlags() {
        byte[] b = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_UID);
        b[0] = (byte) 0x80;
        FolderEntryId id = FolderEntryId.parse(b);
        assertEquals(0x80, id.flags());
        assertArrayEquals(b, id.toBytes());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 4, 19, 20, 21, 22, 37, 38, 43, 44, 45})
    void truncatedInputNamesTheField(int length) {
        byte[] b = Arrays.copyOf(Hex.parseBytes(RealEntryIds.SPEC_REMOTE_UID), length);
        MalformedEntryIdException e = assertThrows(MalformedEntryIdException.class, () -> FolderEntryId.parse(b));
        String expected = length < 4 ? "Flags" : length < 20 ? "ProviderUID" : length < 22 ? "FolderType"
                : length < 38 ? "DatabaseGuid" : length < 44 ? "GlobalCounter" : "Pad";
        assertEquals(expected, e.field());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void rejectsExtraBytes() {
        byte[] b = Arrays.copyOf(Hex.parseBytes(RealEntryIds.SPEC_REMOTE_UID), 47);
        MalformedEntryIdException e = assertThrows(MalformedEntryIdException.class, () -> FolderEntryId.parse(b));
        assertEquals(46, e.offset());
        assertTrue(e.getMessage().contains("1 bytes after"), e.getMessage());
    }

    @Test
    void rejectsNonZeroPad() {
        byte[] b = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_UID);
        b[45] = 1;
        MalformedEntryIdException e = assertThrows(MalformedEntryIdException.class, () -> FolderEntryId.parse(b));
        assertEquals("Pad", e.field());
        assertEquals(44, e.offset());
    }

    @Test
    void rejectsATypeThatIsNoFolderType() {
        byte[] b = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_UID);
        b[20] = 7; // eitLTPrivateMessage
        MalformedEntryIdException e = assertThrows(MalformedEntryIdException.class, () -> FolderEntryId.parse(b));
        assertEquals("FolderType", e.field());
        assertTrue(e.getMessage().contains("0x0007"), e.getMessage());
    }

    @Test
    void acceptsEveryFolderType() {
        for (int type : new int[] {1, 3, 5, 0xC}) {
            FolderEntryId id = FolderEntryId.of(MAILBOX, type, DATABASE, 5);
            assertEquals(id, FolderEntryId.parse(id.toBytes()));
        }
    }

    @Test
    void rejectsBadParts() {
        assertEquals("ProviderUID", assertThrows(MalformedEntryIdException.class,
                () -> FolderEntryId.privateFolder(null, DATABASE, 1)).field());
        assertEquals("DatabaseGuid", assertThrows(MalformedEntryIdException.class,
                () -> FolderEntryId.privateFolder(MAILBOX, null, 1)).field());
        assertEquals("GlobalCounter", assertThrows(MalformedEntryIdException.class,
                () -> FolderEntryId.privateFolder(MAILBOX, DATABASE, 1L << 48)).field());
        assertEquals("GlobalCounter", assertThrows(MalformedEntryIdException.class,
                () -> FolderEntryId.privateFolder(MAILBOX, DATABASE, -1)).field());
        assertEquals("FolderType", assertThrows(MalformedEntryIdException.class,
                () -> FolderEntryId.of(MAILBOX, 0x10001, DATABASE, 1)).field());
    }

    @Test
    void rejectsNullAndBadHex() {
        assertThrows(MalformedEntryIdException.class, () -> FolderEntryId.parse(null));
        assertThrows(MalformedEntryIdException.class, () -> FolderEntryId.parseHex(null));
        assertThrows(MalformedEntryIdException.class, () -> FolderEntryId.parseHex(""));
        assertThrows(MalformedEntryIdException.class, () -> FolderEntryId.parseHex(RealEntryIds.SPEC_REMOTE_UID + "0"));
        MalformedValueException e = assertThrows(MalformedValueException.class,
                () -> FolderEntryId.parseHex(RealEntryIds.SPEC_REMOTE_UID.replace('B', 'G')));
        assertTrue(e.getMessage().contains("folder entry ID"), e.getMessage());
    }
}
