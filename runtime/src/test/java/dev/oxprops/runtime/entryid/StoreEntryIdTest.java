package dev.oxprops.runtime.entryid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.Hex;
import dev.oxprops.testdata.RealFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreEntryIdTest {

    @Test
    void readsEveryFieldOfTheSpecExample() {
        StoreEntryId id = StoreEntryId.parseHex(RealEntryIds.SPEC_REMOTE_STORE_UID);
        assertEquals(0, id.flags());
        assertEquals("EMSMDB.DLL", id.dllFileName());
        assertEquals(0, id.wrappedFlags());
        assertEquals(StoreEntryId.MAILBOX_PROVIDER, id.wrappedProviderUid());
        assertArrayEquals(Hex.parseBytes("1B55FA20AA6611CD9BC800AA002FC45A"), id.wrappedProviderUidBytes());
        assertTrue(id.isMailboxStore());
        assertFalse(id.isPublicStore());
        assertEquals(StoreEntryId.MAILBOX_TYPE, id.wrappedType());
        assertEquals("3659R9-A11", id.serverShortname());
        assertEquals(RealEntryIds.ORG_DN + "user10", id.mailboxDn());
        assertEquals(0, id.trailing().length);
    }

    @Test
    void reencodesTheSpecExampleByteForByte() {
        byte[] bytes = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_STORE_UID);
        assertArrayEquals(bytes, StoreEntryId.parse(bytes).toBytes());
        assertEquals(RealEntryIds.SPEC_REMOTE_STORE_UID, StoreEntryId.parse(bytes).toHex());
    }

    @Test
    void readsAndReencodesTheExchange2010Header() {
        StoreEntryId id = StoreEntryId.parseHex(RealEntryIds.EX2010_REMOTE_STORE_UID);
        assertEquals("EMSMDB.DLL", id.dllFileName());
        assertEquals("EXCHANGE2010", id.serverShortname());
        assertEquals(RealEntryIds.ORG_DN + "Jane Doe4c9", id.mailboxDn());
        assertTrue(id.isMailboxStore());
        assertEquals(RealEntryIds.EX2010_REMOTE_STORE_UID, id.toHex());
    }

    @Test
    void theSharedHeaderFileHoldsTheSameValues() throws IOException {
        List<String> lines = Files.readAllLines(RealFiles.path(
                "javaxt-project--javaxt-exchange/exchange2010_sharing_invitation_headers.txt"), StandardCharsets.ISO_8859_1);
        String store = header(lines, "x-sharing-remote-store-uid");
        String folder = header(lines, "x-sharing-remote-uid");
        assertEquals(RealEntryIds.EX2010_REMOTE_STORE_UID, StoreEntryId.parseHex(store).toHex());
        assertEquals(RealEntryIds.EX2010_REMOTE_UID, FolderEntryId.parseHex(folder).toHex());
    }

    private static String header(List<String> lines, String name) {
        for (String line : lines) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no header " + name);
    }

    @Test
    void buildsAMailboxStoreEntryIdFromParts() {
        StoreEntryId built = StoreEntryId.mailbox("3659R9-A11", RealEntryIds.ORG_DN + "user10");
        assertEquals("emsmdb.dll", built.dllFileName());
        StoreEntryId spec = StoreEntryId.parseHex(RealEntryIds.SPEC_REMOTE_STORE_UID);
        // the spec's example spells the DLL name in capitals; everything else is the same
        assertNotEquals(spec, built);
        byte[] expected = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_STORE_UID);
        byte[] lower = "emsmdb.dll".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(lower, 0, expected, 22, lower.length);
        assertArrayEquals(expected, built.toBytes());
        StoreEntryId asSpec = new StoreEntryId(0, "EMSMDB.DLL", 0, StoreEntryId.MAILBOX_PROVIDER, StoreEntryId.MAILBOX_TYPE,
                "3659R9-A11", RealEntryIds.ORG_DN + "user10", null);
        assertEquals(spec, asSpec);
        assertEquals(spec.hashCode(), asSpec.hashCode());
        assertEquals(RealEntryIds.SPEC_REMOTE_STORE_UID, asSpec.toHex());
    }

    @Test
    void buildsAPublicStoreEntryIdWithoutMailboxDn() {
        StoreEntryId pub = StoreEntryId.publicFolders("SERVER1");
        assertTrue(pub.isPublicStore());
        assertNull(pub.mailboxDn());
        byte[] b = pub.toBytes();
        assertEquals(4 + 16 + 1 + 1 + 14 + 4 + 16 + 4 + 8, b.length);
        assertEquals(0, b[b.length - 1]);
        assertArrayEquals(Hex.parseBytes("1C830210AA6611CD9BC800AA002FC45A06000000"), Arrays.copyOfRange(b, 40, 60));
        StoreEntryId back = StoreEntryId.parse(b);
        assertEquals(pub, back);
        assertNull(back.mailboxDn());
    }

    @Test
    void keepsBytesAfterTheMailboxDn() {
        byte[] extra = Hex.parseBytes("E94632F4200000000300000000");
        byte[] spec = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_STORE_UID);
        byte[] b = Arrays.copyOf(spec, spec.length + extra.length);
        System.arraycopy(extra, 0, b, spec.length, extra.length);
        StoreEntryId id = StoreEntryId.parse(b);
        assertEquals(RealEntryIds.ORG_DN + "user10", id.mailboxDn());
        assertArrayEquals(extra, id.trailing());
        assertArrayEquals(b, id.toBytes());
        assertTrue(id.toString().contains("E94632F4"), id.toString());
    }

    @Test
    void copiesTrailingBytesDefensively() {
        byte[] extra = {1, 2, 3};
        StoreEntryId id = new StoreEntryId(0, "emsmdb.dll", 0, StoreEntryId.MAILBOX_PROVIDER, 0xC, "S", "/o=x", extra);
        extra[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, id.trailing());
        id.trailing()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, id.trailing());
        StoreEntryId same = new StoreEntryId(0, "emsmdb.dll", 0, StoreEntryId.MAILBOX_PROVIDER, 0xC, "S", "/o=x",
                new byte[] {1, 2, 3});
        assertEquals(id, same);
        assertEquals(id.hashCode(), same.hashCode());
    }

    @Test
    void acceptsTheDllNameInAnyCase() {
        byte[] b = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_STORE_UID);
        byte[] mixed = "EmsMdb.Dll".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mixed, 0, b, 22, mixed.length);
        StoreEntryId id = StoreEntryId.parse(b);
        assertEquals("EmsMdb.Dll", id.dllFileName());
        assertArrayEquals(b, id.toBytes());
    }

    @Test
    void truncatedInputNamesTheField() {
        byte[] full = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_STORE_UID);
        int[][] cases = {{0, 0}, {3, 0}, {10, 1}, {20, 2}, {21, 3}, {30, 4}, {37, 5}, {50, 6}, {59, 7}, {60, 8},
                {65, 8}, {72, 9}, {100, 9}, {full.length - 1, 9}};
        String[] fields = {"Flags", "ProviderUID", "Version", "Flag", "DLLFileName", "WrappedFlags",
                "WrappedProvider UID", "WrappedType", "ServerShortname", "MailboxDN"};
        for (int[] c : cases) {
            byte[] b = Arrays.copyOf(full, c[0]);
            MalformedEntryIdException e = assertThrows(MalformedEntryIdException.class, () -> StoreEntryId.parse(b),
                    "length " + c[0]);
            assertEquals(fields[c[1]], e.field(), "length " + c[0] + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void endingRightAfterTheServerNameMeansNoMailboxDn() {
        byte[] full = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_STORE_UID);
        StoreEntryId id = StoreEntryId.parse(Arrays.copyOf(full, 71));
        assertEquals("3659R9-A11", id.serverShortname());
        assertNull(id.mailboxDn());
    }

    @Test
    void rejectsCorruptFields() {
        assertCorrupt(4, (byte) 0x39, "ProviderUID", 4);
        assertCorrupt(20, (byte) 1, "Version", 20);
        assertCorrupt(21, (byte) 1, "Flag", 21);
        assertCorrupt(22, (byte) 'X', "DLLFileName", 22);
        assertCorrupt(34, (byte) 'X', "DLLFileName", 22); // padding must be zero
    }

    private static void assertCorrupt(int index, byte value, String field, int offset) {
        byte[] b = Hex.parseBytes(RealEntryIds.SPEC_REMOTE_STORE_UID);
        b[index] = value;
        MalformedEntryIdException e = assertThrows(MalformedEntryIdException.class, () -> StoreEntryId.parse(b));
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
    }

    @Test
    void aFolderEntryIdIsNoStoreEntryId() {
        MalformedEntryIdException e = assertThrows(MalformedEntryIdException.class,
                () -> StoreEntryId.parseHex(RealEntryIds.SPEC_REMOTE_UID));
        assertEquals("ProviderUID", e.field());
    }

    @Test
    void rejectsBadParts() {
        assertEquals("DLLFileName", assertThrows(MalformedEntryIdException.class, () -> new StoreEntryId(0, "other.dll", 0,
                StoreEntryId.MAILBOX_PROVIDER, 0xC, "S", "/o=x", null)).field());
        assertEquals("DLLFileName", assertThrows(MalformedEntryIdException.class, () -> new StoreEntryId(0, null, 0,
                StoreEntryId.MAILBOX_PROVIDER, 0xC, "S", "/o=x", null)).field());
        assertEquals("ServerShortname", assertThrows(MalformedEntryIdException.class,
                () -> StoreEntryId.mailbox("a\0b", "/o=x")).field());
        assertEquals("ServerShortname", assertThrows(MalformedEntryIdException.class,
                () -> StoreEntryId.mailbox(null, "/o=x")).field());
        assertEquals("MailboxDN", assertThrows(MalformedEntryIdException.class,
                () -> StoreEntryId.mailbox("S", "/o=\u4e2d")).field());
        assertEquals("MailboxDN", assertThrows(MalformedEntryIdException.class,
                () -> StoreEntryId.mailbox("S", null)).field());
        assertEquals("WrappedProvider UID", assertThrows(MalformedEntryIdException.class, () -> new StoreEntryId(0,
                "emsmdb.dll", 0, null, 0xC, "S", "/o=x", null)).field());
        assertEquals("MailboxDN", assertThrows(MalformedEntryIdException.class, () -> new StoreEntryId(0,
                "emsmdb.dll", 0, StoreEntryId.PUBLIC_PROVIDER, 6, "S", null, new byte[] {1})).field());
    }

    @Test
    void keepsEveryByteOfNonAsciiNames() {
        StoreEntryId id = StoreEntryId.mailbox("S\u00e9rv", "/o=Caf\u00e9");
        byte[] b = id.toBytes();
        assertEquals(id, StoreEntryId.parse(b));
        assertEquals("S\u00e9rv", StoreEntryId.parse(b).serverShortname());
    }

}
