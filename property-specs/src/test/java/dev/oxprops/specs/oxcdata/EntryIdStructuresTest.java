package dev.oxprops.specs.oxcdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.entryid.StoreEntryId;
import dev.oxprops.runtime.structure.MalformedStructureException;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.testdata.RealFiles;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The entry IDs declared as structures ({@code oxcdata}) and decoded by generated code into the runtime's records are
 * byte-compatible with the runtime's hand-written parsers: the same values from the same bytes, the same bytes back,
 * and the same inputs refused, on MS-OXSHARE's section-4 entry IDs and on every one-byte change and cut of them.
 */
class EntryIdStructuresTest {
    private static final List<String> FOLDERS = List.of(Section4Example.REMOTE_UID_HEX);
    private static final List<String> STORES = List.of(Section4Example.REMOTE_STORE_UID_HEX,
            Section4Example.REMOTE_STORE_UID_HEX.substring(0, Section4Example.REMOTE_STORE_UID_HEX.lastIndexOf("00") + 2));
    private static final List<String> ADDRESS_BOOK = List.of(Section4Example.KENDALL_ENTRY_ID_HEX, Section4Example.RYAN_ENTRY_ID_HEX);

    @Test
    void theSection4EntryIdsDecodeAndEncodeAsTheHandWrittenParsersDo() {
        for (String hex : FOLDERS) {
            byte[] b = Hex.parseBytes(hex);
            assertEquals(FolderEntryId.parse(b), FolderEntryIdBytesCodec.INSTANCE.decode(b));
            assertArrayEquals(b, FolderEntryIdBytesCodec.INSTANCE.encode(FolderEntryId.parse(b)));
            assertEquals(hex, FolderEntryIdBytesHexCodec.INSTANCE.encode(FolderEntryIdBytesHexCodec.INSTANCE.decode(hex.toLowerCase())));
            assertEquals(List.of(), FolderEntryIdBytesStructure.problemsOf(FolderEntryId.parse(b)));
        }
        for (String hex : STORES) {
            byte[] b = Hex.parseBytes(hex);
            assertEquals(StoreEntryId.parse(b), StoreEntryIdBytesCodec.INSTANCE.decode(b));
            assertArrayEquals(b, StoreEntryIdBytesCodec.INSTANCE.encode(StoreEntryId.parse(b)));
            assertEquals(hex, StoreEntryIdBytesHexCodec.INSTANCE.encode(StoreEntryIdBytesHexCodec.INSTANCE.decode(" " + hex + " ")));
        }
        for (String hex : ADDRESS_BOOK) {
            byte[] b = Hex.parseBytes(hex);
            assertEquals(AddressBookEntryId.parse(b), AddressBookEntryIdBytesCodec.INSTANCE.decode(b));
            assertArrayEquals(b, AddressBookEntryIdBytesCodec.INSTANCE.encode(AddressBookEntryId.parse(b)));
        }
        assertNull(FolderEntryIdBytesCodec.INSTANCE.decode(null));
        assertNull(StoreEntryIdBytesHexCodec.INSTANCE.encode(null));
    }

    /** The Exchange 2010 invitation's remote-uid and remote-store-uid headers (oxprops-test-data), through the hex codecs. */
    @Test
    void theRealExchangeHeadersDecodeAsTheHandWrittenParsersDo() throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(RealFiles.path(
                "javaxt-project--javaxt-exchange/exchange2010_sharing_invitation_headers.txt"), java.nio.charset.StandardCharsets.ISO_8859_1);
        String store = header(lines, "x-sharing-remote-store-uid");
        String folder = header(lines, "x-sharing-remote-uid");
        StoreEntryId s = StoreEntryIdBytesHexCodec.INSTANCE.decode(store);
        assertEquals(StoreEntryId.parseHex(store), s);
        assertEquals("EXCHANGE2010", s.serverShortname());
        assertEquals(store.strip(), StoreEntryIdBytesHexCodec.INSTANCE.encode(s));
        FolderEntryId f = FolderEntryIdBytesHexCodec.INSTANCE.decode(folder);
        assertEquals(FolderEntryId.parseHex(folder), f);
        assertEquals(folder.strip(), FolderEntryIdBytesHexCodec.INSTANCE.encode(f));
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
    void constantFieldsAreRefusedNamingTheFieldAndOffset() {
        byte[] b = Hex.parseBytes(Section4Example.KENDALL_ENTRY_ID_HEX);
        b[4] ^= 1;
        MalformedStructureException e = assertThrows(MalformedStructureException.class, () -> AddressBookEntryIdBytesCodec.INSTANCE.decode(b));
        assertEquals("ProviderUid", e.field());
        assertEquals(4, e.offset());
        assertEquals("address book entry ID", e.structure());
        assertThrows(MalformedValueException.class, () -> StoreEntryIdBytesHexCodec.INSTANCE.decode("zz"));
    }

    /** Both decoders accept exactly the same inputs, and agree on what they read. */
    private static <T> void sameVerdict(Function<byte[], T> generated, Function<byte[], T> handWritten,
            Function<T, byte[]> encode, byte[] input) {
        T mine = null;
        T theirs = null;
        try {
            theirs = handWritten.apply(input);
        } catch (MalformedValueException e) {
            theirs = null;
        }
        try {
            mine = generated.apply(input);
        } catch (MalformedValueException e) {
            mine = null;
        }
        assertEquals(theirs, mine, Hex.ofBytes(input));
        if (mine != null) {
            assertArrayEquals(input, encode.apply(mine));
        }
    }

    private static byte[] changed(String hex, int at, int xor, int cut) {
        byte[] b = Hex.parseBytes(hex);
        if (b.length > 0) {
            b[Math.floorMod(at, b.length)] ^= (byte) xor;
        }
        return java.util.Arrays.copyOf(b, Math.max(0, b.length - cut));
    }

    @Property(tries = 300)
    void folderEntryIdsAreByteCompatible(@ForAll @IntRange(max = 200) int at, @ForAll @IntRange(min = 0, max = 255) int xor,
            @ForAll @IntRange(max = 3) int cut) {
        sameVerdict(FolderEntryIdBytesStructure::decode, FolderEntryId::parse, FolderEntryIdBytesStructure::encode,
                changed(FOLDERS.get(0), at, xor, cut));
    }

    @Property(tries = 300)
    void storeEntryIdsAreByteCompatible(@ForAll @IntRange(max = 200) int at, @ForAll @IntRange(min = 0, max = 255) int xor,
            @ForAll @IntRange(max = 3) int cut, @ForAll @IntRange(max = 1) int which) {
        sameVerdict(StoreEntryIdBytesStructure::decode, StoreEntryId::parse, StoreEntryIdBytesStructure::encode,
                changed(STORES.get(which), at, xor, cut));
    }

    @Property(tries = 300)
    void addressBookEntryIdsAreByteCompatible(@ForAll @IntRange(max = 200) int at, @ForAll @IntRange(min = 0, max = 255) int xor,
            @ForAll @IntRange(max = 3) int cut) {
        sameVerdict(AddressBookEntryIdBytesStructure::decode, AddressBookEntryId::parse, AddressBookEntryIdBytesStructure::encode,
                changed(ADDRESS_BOOK.get(0), at, xor, cut));
    }
}
