package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A Store Object EntryID ([MS-OXCDATA] 2.2.4.3): Flags (4 bytes), ProviderUID (16 bytes, always
 * {@code 38A1BB1005E5101AA1BB08002B2A56C2}), Version (1 byte, 0), Flag (1 byte, 0), DLLFileName
 * (14 bytes: "emsmdb.dll" padded with zero bytes, any case), WrappedFlags (4 bytes), WrappedProvider
 * UID (16 bytes: {@link #MAILBOX_PROVIDER} or {@link #PUBLIC_PROVIDER}), WrappedType (4 bytes
 * little-endian), ServerShortname (zero-terminated single-byte string) and, for a mailbox store,
 * MailboxDN (zero-terminated single-byte string).
 *
 * <p>Bytes after MailboxDN (newer servers append further fields there) are kept as
 * {@link #trailing()} and written back as they were, so {@code parse(b).toBytes()} gives {@code b}
 * again. Strings are read as ISO-8859-1, which maps every byte to one character.
 *
 * @param flags the Flags field, read little-endian
 * @param dllFileName the DLL name as stored, e.g. "emsmdb.dll" or "EMSMDB.DLL"
 * @param wrappedFlags the WrappedFlags field, read little-endian
 * @param wrappedProviderUid the WrappedProvider UID, held as a GUID in the byte order of {@link Guids}
 * @param wrappedType the WrappedType field ({@link #MAILBOX_TYPE} or {@link #PUBLIC_TYPE})
 * @param serverShortname the server's short name
 * @param mailboxDn the X500 DN of the mailbox, or {@code null} when the value ends after ServerShortname
 * @param trailing bytes after MailboxDN, empty when none
 */
public record StoreEntryId(int flags, String dllFileName, int wrappedFlags, UUID wrappedProviderUid, int wrappedType,
        String serverShortname, String mailboxDn, byte[] trailing) {

    /** The ProviderUID of every Store Object EntryID, {@code 38A1BB1005E5101AA1BB08002B2A56C2} as bytes. */
    public static final UUID PROVIDER_UID = Guids.fromBytes(Hex.parseBytes("38A1BB1005E5101AA1BB08002B2A56C2"), 0);
    /** The WrappedProvider UID of a mailbox store, {@code 1B55FA20AA6611CD9BC800AA002FC45A} as bytes. */
    public static final UUID MAILBOX_PROVIDER = Guids.fromBytes(Hex.parseBytes("1B55FA20AA6611CD9BC800AA002FC45A"), 0);
    /** The WrappedProvider UID of a public folder store, {@code 1C830210AA6611CD9BC800AA002FC45A} as bytes. */
    public static final UUID PUBLIC_PROVIDER = Guids.fromBytes(Hex.parseBytes("1C830210AA6611CD9BC800AA002FC45A"), 0);
    /** The WrappedType of a mailbox store. */
    public static final int MAILBOX_TYPE = 0x0000000C;
    /** The WrappedType of a public folder store. */
    public static final int PUBLIC_TYPE = 0x00000006;
    /** The DLL name every Store Object EntryID carries (compared case-insensitively). */
    public static final String DLL_FILE_NAME = "emsmdb.dll";

    private static final String WHAT = "store entry ID";
    private static final int DLL_FIELD_LENGTH = 14;
    private static final byte[] NO_BYTES = new byte[0];

    /**
     * Checks the parts and copies {@code trailing}.
     *
     * @throws MalformedEntryIdException when a part is null (other than mailboxDn), the DLL name is not
     *     emsmdb.dll, a string cannot be written as zero-terminated single bytes, or there are trailing
     *     bytes without a MailboxDN
     */
    public StoreEntryId {
        EntryIds.checkSingleByte(WHAT, "DLLFileName", dllFileName);
        if (!DLL_FILE_NAME.equalsIgnoreCase(dllFileName)) {
            throw new MalformedEntryIdException(WHAT, "DLLFileName", -1,
                    "must be \"emsmdb.dll\" (any case), is " + EntryIds.printable(dllFileName));
        }
        EntryIds.nonNull(WHAT, "WrappedProvider UID", wrappedProviderUid);
        EntryIds.checkSingleByte(WHAT, "ServerShortname", serverShortname);
        if (mailboxDn != null) {
            EntryIds.checkSingleByte(WHAT, "MailboxDN", mailboxDn);
        }
        trailing = trailing == null ? NO_BYTES : trailing.clone();
        if (mailboxDn == null && trailing.length > 0) {
            throw new MalformedEntryIdException(WHAT, "MailboxDN", -1,
                    "trailing bytes can only follow a MailboxDN; this entry ID has none");
        }
    }

    /** The entry ID of the mailbox store of {@code mailboxDn} on server {@code serverShortname}. */
    public static StoreEntryId mailbox(String serverShortname, String mailboxDn) {
        EntryIds.nonNull(WHAT, "MailboxDN", mailboxDn);
        return new StoreEntryId(0, DLL_FILE_NAME, 0, MAILBOX_PROVIDER, MAILBOX_TYPE, serverShortname, mailboxDn, NO_BYTES);
    }

    /** The entry ID of the public folder store on server {@code serverShortname} (no MailboxDN). */
    public static StoreEntryId publicFolders(String serverShortname) {
        return new StoreEntryId(0, DLL_FILE_NAME, 0, PUBLIC_PROVIDER, PUBLIC_TYPE, serverShortname, null, NO_BYTES);
    }

    /**
     * Reads a Store Object EntryID.
     *
     * @throws MalformedEntryIdException naming the field that is truncated or invalid
     */
    public static StoreEntryId parse(byte[] bytes) {
        EntryIdReader r = new EntryIdReader(WHAT, bytes);
        int flags = r.u32le("Flags");
        r.guid("ProviderUID", PROVIDER_UID);
        int at = r.position();
        int version = r.u8("Version");
        if (version != 0) {
            throw r.invalid("Version", at, String.format("must be 0x00, is 0x%02X", version));
        }
        at = r.position();
        int flag = r.u8("Flag");
        if (flag != 0) {
            throw r.invalid("Flag", at, String.format("must be 0x00, is 0x%02X", flag));
        }
        at = r.position();
        byte[] dll = r.bytes("DLLFileName", DLL_FIELD_LENGTH);
        int end = 0;
        while (end < dll.length && dll[end] != 0) {
            end++;
        }
        String dllName = new String(dll, 0, end, StandardCharsets.ISO_8859_1);
        if (!DLL_FILE_NAME.equalsIgnoreCase(dllName)) {
            throw r.invalid("DLLFileName", at, "must be \"emsmdb.dll\" (any case), is " + EntryIds.printable(dllName));
        }
        for (int i = end; i < dll.length; i++) {
            if (dll[i] != 0) {
                throw r.invalid("DLLFileName", at, "padding after \"" + dllName + "\" must be zero bytes; byte " + i
                        + " is " + String.format("0x%02X", dll[i] & 0xFF));
            }
        }
        int wrappedFlags = r.u32le("WrappedFlags");
        UUID wrappedProvider = r.guid("WrappedProvider UID");
        int wrappedType = r.u32le("WrappedType");
        String server = r.cString("ServerShortname");
        String mailboxDn = null;
        byte[] trailing = NO_BYTES;
        if (r.remaining() > 0) {
            mailboxDn = r.cString("MailboxDN");
            trailing = r.rest();
        }
        return new StoreEntryId(flags, dllName, wrappedFlags, wrappedProvider, wrappedType, server, mailboxDn, trailing);
    }

    /** Reads a Store Object EntryID from its hexadecimal string (either case; surrounding whitespace ignored). */
    public static StoreEntryId parseHex(CharSequence hex) {
        return parse(EntryIds.hexBytes(WHAT, hex));
    }

    /** The bytes. */
    public byte[] toBytes() {
        EntryIdWriter w = new EntryIdWriter(64 + serverShortname.length() + (mailboxDn == null ? 0 : mailboxDn.length())
                + trailing.length);
        w.u32le(flags).guid(PROVIDER_UID).u8(0).u8(0);
        byte[] dll = new byte[DLL_FIELD_LENGTH];
        for (int i = 0; i < dllFileName.length(); i++) {
            dll[i] = (byte) dllFileName.charAt(i);
        }
        w.bytes(dll).u32le(wrappedFlags).guid(wrappedProviderUid).u32le(wrappedType).cString(serverShortname);
        if (mailboxDn != null) {
            w.cString(mailboxDn).bytes(trailing);
        }
        return w.toBytes();
    }

    /** The bytes as uppercase hexadecimal. */
    public String toHex() {
        return Hex.ofBytes(toBytes());
    }

    /** The bytes after MailboxDN (a copy; empty when none). */
    @Override
    public byte[] trailing() {
        return trailing.clone();
    }

    /** Whether the WrappedProvider UID is that of a mailbox store. */
    public boolean isMailboxStore() {
        return MAILBOX_PROVIDER.equals(wrappedProviderUid);
    }

    /** Whether the WrappedProvider UID is that of a public folder store. */
    public boolean isPublicStore() {
        return PUBLIC_PROVIDER.equals(wrappedProviderUid);
    }

    /** The WrappedProvider UID as its 16 bytes. */
    public byte[] wrappedProviderUidBytes() {
        return Guids.toBytes(wrappedProviderUid);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StoreEntryId)) {
            return false;
        }
        StoreEntryId other = (StoreEntryId) o;
        return flags == other.flags && dllFileName.equals(other.dllFileName) && wrappedFlags == other.wrappedFlags
                && wrappedProviderUid.equals(other.wrappedProviderUid) && wrappedType == other.wrappedType
                && serverShortname.equals(other.serverShortname) && Objects.equals(mailboxDn, other.mailboxDn)
                && Arrays.equals(trailing, other.trailing);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(flags, dllFileName, wrappedFlags, wrappedProviderUid, wrappedType, serverShortname, mailboxDn);
        return 31 * h + Arrays.hashCode(trailing);
    }

    @Override
    public String toString() {
        String provider = isMailboxStore() ? " (mailbox)" : isPublicStore() ? " (public folders)" : "";
        return String.format("StoreEntryId[flags=0x%08X, dllFileName=%s, wrappedFlags=0x%08X, wrappedProviderUid=%s%s, "
                + "wrappedType=0x%08X, serverShortname=%s, mailboxDn=%s, trailing=%s]", flags,
                EntryIds.printable(dllFileName), wrappedFlags, Hex.ofBytes(wrappedProviderUidBytes()), provider,
                wrappedType, EntryIds.printable(serverShortname), EntryIds.printable(mailboxDn),
                trailing.length == 0 ? "none" : Hex.ofBytes(trailing));
    }
}
