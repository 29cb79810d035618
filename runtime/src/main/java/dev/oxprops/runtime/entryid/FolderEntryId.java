package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.Hex;
import java.util.UUID;

/**
 * A Folder EntryID ([MS-OXCDATA] 2.2.4.1), 46 bytes: Flags (4 bytes), Provider UID (16 bytes, the
 * mailbox GUID of a private store or the public folders' provider UID), Folder Type (2 bytes
 * little-endian), Database GUID (16 bytes), Global Counter (6 bytes, big-endian) and Pad (2 zero
 * bytes). The Database GUID and Global Counter together are the folder's Folder ID
 * ([MS-OXCDATA] 2.2.1.1).
 *
 * <p>GUIDs are held as {@link UUID}s and laid out in bytes as {@link dev.oxprops.runtime.Guids}
 * does, so every 16 bytes read back unchanged.
 *
 * @param flags the Flags field, read little-endian (0 for a long-term entry ID)
 * @param providerUid the Provider UID
 * @param folderType one of {@link #PRIVATE_FOLDER}, {@link #PUBLIC_FOLDER}, {@link #MAPPED_PUBLIC_FOLDER},
 *     {@link #PUBLIC_FOLDER_BY_NAME}
 * @param databaseGuid the Database GUID (the replica GUID of the Folder ID)
 * @param globalCounter the 48-bit Global Counter, 0 to 0xFFFFFFFFFFFF
 */
public record FolderEntryId(int flags, UUID providerUid, int folderType, UUID databaseGuid, long globalCounter) {
    /** The length of every Folder EntryID. */
    public static final int LENGTH = 46;
    /** eitLTPrivateFolder: a folder in a private mailbox. */
    public static final int PRIVATE_FOLDER = 0x0001;
    /** eitLTPublicFolder: a public folder. */
    public static final int PUBLIC_FOLDER = 0x0003;
    /** eitLTWackyFolder: a public folder mapped into a private store. */
    public static final int MAPPED_PUBLIC_FOLDER = 0x0005;
    /** eitLTPublicFolderByName: a public folder addressed by name. */
    public static final int PUBLIC_FOLDER_BY_NAME = 0x000C;
    /** The largest Global Counter (48 bits). */
    public static final long MAX_GLOBAL_COUNTER = 0xFFFF_FFFF_FFFFL;

    private static final String WHAT = "folder entry ID";

    /**
     * Checks the parts.
     *
     * @throws MalformedEntryIdException when a GUID is null, the folder type is not a folder type, or the
     *     counter does not fit in 48 bits
     */
    public FolderEntryId {
        EntryIds.nonNull(WHAT, "ProviderUID", providerUid);
        EntryIds.nonNull(WHAT, "DatabaseGuid", databaseGuid);
        if (typeName(folderType) == null) {
            throw new MalformedEntryIdException(WHAT, "FolderType", -1, String.format(
                    "0x%04X is not a folder type (0x0001 private, 0x0003 public, 0x0005 mapped public, "
                            + "0x000C public by name)", folderType));
        }
        if (globalCounter < 0 || globalCounter > MAX_GLOBAL_COUNTER) {
            throw new MalformedEntryIdException(WHAT, "GlobalCounter", -1,
                    "0x" + Long.toHexString(globalCounter).toUpperCase(java.util.Locale.ROOT) + " does not fit in 48 bits");
        }
    }

    /** A long-term entry ID (Flags 0) from its parts. */
    public static FolderEntryId of(UUID providerUid, int folderType, UUID databaseGuid, long globalCounter) {
        return new FolderEntryId(0, providerUid, folderType, databaseGuid, globalCounter);
    }

    /** The long-term entry ID of a folder in a private mailbox whose mailbox GUID is {@code mailboxGuid}. */
    public static FolderEntryId privateFolder(UUID mailboxGuid, UUID databaseGuid, long globalCounter) {
        return of(mailboxGuid, PRIVATE_FOLDER, databaseGuid, globalCounter);
    }

    /**
     * Reads the 46 bytes of a Folder EntryID.
     *
     * @throws MalformedEntryIdException naming the field that is truncated or invalid, or saying the value is
     *     longer than 46 bytes
     */
    public static FolderEntryId parse(byte[] bytes) {
        EntryIdReader r = new EntryIdReader(WHAT, bytes);
        int flags = r.u32le("Flags");
        UUID provider = r.guid("ProviderUID");
        int typeAt = r.position();
        int type = r.u16le("FolderType");
        UUID database = r.guid("DatabaseGuid");
        long counter = r.u48be("GlobalCounter");
        int padAt = r.position();
        int pad = r.u16le("Pad");
        if (r.remaining() > 0) {
            throw r.invalid(null, LENGTH, r.remaining() + " bytes after the Pad field: a folder entry ID is "
                    + LENGTH + " bytes, this value is " + bytes.length);
        }
        if (pad != 0) {
            throw r.invalid("Pad", padAt, String.format("must be zero, is 0x%04X", pad));
        }
        if (typeName(type) == null) {
            throw r.invalid("FolderType", typeAt, String.format("0x%04X is not a folder type", type));
        }
        return new FolderEntryId(flags, provider, type, database, counter);
    }

    /** Reads a Folder EntryID from its hexadecimal string (either case; surrounding whitespace ignored). */
    public static FolderEntryId parseHex(CharSequence hex) {
        return parse(EntryIds.hexBytes(WHAT, hex));
    }

    /** The 46 bytes. */
    public byte[] toBytes() {
        return new EntryIdWriter(LENGTH).u32le(flags).guid(providerUid).u16le(folderType).guid(databaseGuid)
                .u48be(globalCounter).u16le(0).toBytes();
    }

    /** The bytes as uppercase hexadecimal, 92 digits. */
    public String toHex() {
        return Hex.ofBytes(toBytes());
    }

    /** The Global Counter as its 6 big-endian bytes. */
    public byte[] globalCounterBytes() {
        return new EntryIdWriter(6).u48be(globalCounter).toBytes();
    }

    /** What the folder type means: "private folder", "public folder", and so on. */
    public String folderTypeName() {
        return typeName(folderType);
    }

    private static String typeName(int type) {
        switch (type) {
            case PRIVATE_FOLDER:
                return "private folder";
            case PUBLIC_FOLDER:
                return "public folder";
            case MAPPED_PUBLIC_FOLDER:
                return "mapped public folder";
            case PUBLIC_FOLDER_BY_NAME:
                return "public folder by name";
            default:
                return null;
        }
    }

    @Override
    public String toString() {
        return String.format("FolderEntryId[flags=0x%08X, providerUid=%s, folderType=0x%04X (%s), databaseGuid=%s, "
                + "globalCounter=0x%012X]", flags, EntryIds.guid(providerUid), folderType, folderTypeName(),
                EntryIds.guid(databaseGuid), globalCounter);
    }
}
