package dev.oxprops.runtime.entryid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the entry IDs say about their parts: type names, equality, the text of their checks. */
class EntryIdPartsTest {
    private static final UUID G = UUID.fromString("00062040-0000-0000-c000-000000000046");

    @Test
    void everyAddressBookTypeHasItsName() {
        int[] types = {AddressBookEntryId.LOCAL_MAIL_USER, AddressBookEntryId.DISTRIBUTION_LIST,
            AddressBookEntryId.BULLETIN_BOARD_OR_PUBLIC_FOLDER, AddressBookEntryId.AUTOMATED_MAILBOX,
            AddressBookEntryId.ORGANIZATIONAL_MAILBOX, AddressBookEntryId.PRIVATE_DISTRIBUTION_LIST,
            AddressBookEntryId.REMOTE_MAIL_USER, AddressBookEntryId.CONTAINER, AddressBookEntryId.TEMPLATE,
            AddressBookEntryId.ONE_OFF_USER, AddressBookEntryId.SEARCH, 0x7};
        String[] names = {"local mail user", "distribution list", "bulletin board or public folder",
            "automated mailbox", "organizational mailbox", "private distribution list", "remote mail user", "container",
            "template", "one-off user", "search", "unknown"};
        for (int i = 0; i < types.length; i++) {
            assertEquals(names[i], AddressBookEntryId.of(types[i], "/o=x").typeName());
        }
    }

    @Test
    void everyFolderTypeHasItsName() {
        int[] types = {FolderEntryId.PRIVATE_FOLDER, FolderEntryId.PUBLIC_FOLDER, FolderEntryId.MAPPED_PUBLIC_FOLDER,
            FolderEntryId.PUBLIC_FOLDER_BY_NAME};
        String[] names = {"private folder", "public folder", "mapped public folder", "public folder by name"};
        for (int i = 0; i < types.length; i++) {
            FolderEntryId id = FolderEntryId.of(G, types[i], G, 1);
            assertEquals(names[i], id.folderTypeName());
            assertTrue(id.toString().contains("(" + names[i] + ")"), id.toString());
        }
    }

    @Test
    void theGlobalCounterTakesAll48Bits() {
        FolderEntryId max = FolderEntryId.of(G, FolderEntryId.PRIVATE_FOLDER, G, FolderEntryId.MAX_GLOBAL_COUNTER);
        assertEquals(max, FolderEntryId.parse(max.toBytes()));
        assertThrows(MalformedEntryIdException.class,
                () -> FolderEntryId.of(G, FolderEntryId.PRIVATE_FOLDER, G, FolderEntryId.MAX_GLOBAL_COUNTER + 1));
    }

    @Test
    void storeEntryIdsAreEqualByEveryPart() {
        StoreEntryId a = StoreEntryId.mailbox("server", "/o=x/cn=a");
        assertEquals(a, StoreEntryId.parse(a.toBytes()));
        assertEquals(a.hashCode(), StoreEntryId.parse(a.toBytes()).hashCode());
        assertEquals(a, a);
        assertNotEquals(a, "not an entry ID");
        StoreEntryId[] others = {StoreEntryId.mailbox("server", "/o=x/cn=b"), StoreEntryId.mailbox("other", "/o=x/cn=a"),
            StoreEntryId.publicFolders("server"),
            new StoreEntryId(1, "emsmdb.dll", 0, StoreEntryId.MAILBOX_PROVIDER, StoreEntryId.MAILBOX_TYPE, "server",
                    "/o=x/cn=a", new byte[0]),
            new StoreEntryId(0, "EMSMDB.DLL", 0, StoreEntryId.MAILBOX_PROVIDER, StoreEntryId.MAILBOX_TYPE, "server",
                    "/o=x/cn=a", new byte[0]),
            new StoreEntryId(0, "emsmdb.dll", 2, StoreEntryId.MAILBOX_PROVIDER, StoreEntryId.MAILBOX_TYPE, "server",
                    "/o=x/cn=a", new byte[0]),
            new StoreEntryId(0, "emsmdb.dll", 0, StoreEntryId.MAILBOX_PROVIDER, 7, "server", "/o=x/cn=a", new byte[0]),
            new StoreEntryId(0, "emsmdb.dll", 0, StoreEntryId.MAILBOX_PROVIDER, StoreEntryId.MAILBOX_TYPE, "server",
                    "/o=x/cn=a", new byte[] {1})};
        for (StoreEntryId other : others) {
            assertNotEquals(a, other, other::toString);
            assertNotEquals(a.hashCode(), other.hashCode(), other::toString);
        }
    }

    @Test
    void theWrappedProviderSaysWhichStore() {
        StoreEntryId mailbox = StoreEntryId.mailbox("server", "/o=x/cn=a");
        StoreEntryId pub = StoreEntryId.publicFolders("server");
        StoreEntryId neither = new StoreEntryId(0, "emsmdb.dll", 0, G, 7, "server", null, new byte[0]);
        assertTrue(mailbox.isMailboxStore());
        assertFalse(mailbox.isPublicStore());
        assertTrue(pub.isPublicStore());
        assertFalse(pub.isMailboxStore());
        assertFalse(neither.isMailboxStore());
        assertFalse(neither.isPublicStore());
        assertTrue(mailbox.toString().contains(" (mailbox)"), mailbox.toString());
        assertTrue(pub.toString().contains(" (public folders)"), pub.toString());
        assertTrue(neither.toString().contains("wrappedProviderUid=4020060000000000C000000000000046,"), neither.toString());
        assertTrue(neither.toString().contains("mailboxDn=null"), neither.toString());
    }

    @Test
    void aDllNameFillingItsFieldOrPaddedWithOtherBytesIsRefused() {
        byte[] good = StoreEntryId.mailbox("server", "/o=x").toBytes();
        // DLLFileName is the 14 bytes from offset 22
        byte[] full = good.clone();
        Arrays.fill(full, 22, 36, (byte) 'x');
        MalformedEntryIdException e = assertThrows(MalformedEntryIdException.class, () -> StoreEntryId.parse(full));
        assertTrue(e.getMessage().contains("is \"xxxxxxxxxxxxxx\""), e.getMessage());
        byte[] padded = good.clone();
        padded[33] = (byte) 0x80;
        e = assertThrows(MalformedEntryIdException.class, () -> StoreEntryId.parse(padded));
        assertTrue(e.getMessage().contains("byte 11 is 0x80"), e.getMessage());
    }

    @Test
    void textIsShownPrintableAndCheckedAsSingleBytes() {
        assertEquals("\"a ~\"", EntryIds.printable("a ~"));
        assertEquals("\"\\x1F\\x7F\\x22\\x5C\"", EntryIds.printable("\u001f\u007f\"\\"));
        assertEquals("null", EntryIds.printable(null));
        assertEquals("\u00ff", EntryIds.checkSingleByte("S", "F", "\u00ff"));
        assertThrows(MalformedEntryIdException.class, () -> EntryIds.checkSingleByte("S", "F", "\u0100"));
        assertThrows(MalformedEntryIdException.class, () -> EntryIds.checkSingleByte("S", "F", "a\0"));
        assertEquals("x", EntryIds.nonNull("S", "F", "x"));
    }
}
