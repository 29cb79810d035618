package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.Hex;
import java.util.UUID;

/**
 * An Address Book EntryID ([MS-OXCDATA] 2.2.5.1): Flags (4 bytes), ProviderUID (16 bytes, always
 * {@code DCA740C8C042101AB4B908002B2FE182}), Version (4 bytes little-endian, always 1), Type (4 bytes
 * little-endian) and X500DN (a zero-terminated single-byte string), with nothing after it.
 * Strings are read as ISO-8859-1, which maps every byte to one character.
 *
 * @param flags the Flags field, read little-endian
 * @param type what the entry is: {@link #LOCAL_MAIL_USER}, {@link #DISTRIBUTION_LIST}, ...
 * @param x500Dn the X500 DN of the address book object
 */
public record AddressBookEntryId(int flags, int type, String x500Dn) {
    /** The ProviderUID of every Address Book EntryID, {@code DCA740C8C042101AB4B908002B2FE182} as bytes. */
    public static final UUID PROVIDER_UID = Guids.fromBytes(Hex.parseBytes("DCA740C8C042101AB4B908002B2FE182"), 0);
    /** The only Version there is. */
    public static final int VERSION = 1;
    /** A local mail user. */
    public static final int LOCAL_MAIL_USER = 0x00000000;
    /** A distribution list. */
    public static final int DISTRIBUTION_LIST = 0x00000001;
    /** A bulletin board or public folder. */
    public static final int BULLETIN_BOARD_OR_PUBLIC_FOLDER = 0x00000002;
    /** An automated mailbox. */
    public static final int AUTOMATED_MAILBOX = 0x00000003;
    /** An organizational mailbox. */
    public static final int ORGANIZATIONAL_MAILBOX = 0x00000004;
    /** A private distribution list. */
    public static final int PRIVATE_DISTRIBUTION_LIST = 0x00000005;
    /** A remote mail user. */
    public static final int REMOTE_MAIL_USER = 0x00000006;
    /** A container. */
    public static final int CONTAINER = 0x00000100;
    /** A template. */
    public static final int TEMPLATE = 0x00000101;
    /** A one-off user. */
    public static final int ONE_OFF_USER = 0x00000102;
    /** A search. */
    public static final int SEARCH = 0x00000200;

    private static final String WHAT = "address book entry ID";

    /**
     * Checks the parts.
     *
     * @throws MalformedEntryIdException when the DN is null or cannot be written as a zero-terminated
     *     single-byte string
     */
    public AddressBookEntryId {
        EntryIds.checkSingleByte(WHAT, "X500DN", x500Dn);
    }

    /** A long-term entry ID (Flags 0) of the given type. */
    public static AddressBookEntryId of(int type, String x500Dn) {
        return new AddressBookEntryId(0, type, x500Dn);
    }

    /** The long-term entry ID of a local mail user. */
    public static AddressBookEntryId user(String x500Dn) {
        return of(LOCAL_MAIL_USER, x500Dn);
    }

    /**
     * Reads an Address Book EntryID.
     *
     * @throws MalformedEntryIdException naming the field that is truncated or invalid, or saying how many
     *     bytes follow the X500DN
     */
    public static AddressBookEntryId parse(byte[] bytes) {
        EntryIdReader r = new EntryIdReader(WHAT, bytes);
        int flags = r.u32le("Flags");
        r.guid("ProviderUID", PROVIDER_UID);
        int at = r.position();
        int version = r.u32le("Version");
        if (version != VERSION) {
            throw r.invalid("Version", at, String.format("must be 0x00000001, is 0x%08X", version));
        }
        int type = r.u32le("Type");
        String dn = r.cString("X500DN");
        if (r.remaining() > 0) {
            throw r.invalid(null, r.position(), r.remaining() + " bytes after the X500DN, which ends the entry ID");
        }
        return new AddressBookEntryId(flags, type, dn);
    }

    /** Reads an Address Book EntryID from its hexadecimal string (either case; surrounding whitespace ignored). */
    public static AddressBookEntryId parseHex(CharSequence hex) {
        return parse(EntryIds.hexBytes(WHAT, hex));
    }

    /** The bytes. */
    public byte[] toBytes() {
        return new EntryIdWriter(29 + x500Dn.length()).u32le(flags).guid(PROVIDER_UID).u32le(VERSION).u32le(type)
                .cString(x500Dn).toBytes();
    }

    /** The bytes as uppercase hexadecimal. */
    public String toHex() {
        return Hex.ofBytes(toBytes());
    }

    /** What the type means: "local mail user", "distribution list", ...; "unknown" for other values. */
    public String typeName() {
        switch (type) {
            case LOCAL_MAIL_USER:
                return "local mail user";
            case DISTRIBUTION_LIST:
                return "distribution list";
            case BULLETIN_BOARD_OR_PUBLIC_FOLDER:
                return "bulletin board or public folder";
            case AUTOMATED_MAILBOX:
                return "automated mailbox";
            case ORGANIZATIONAL_MAILBOX:
                return "organizational mailbox";
            case PRIVATE_DISTRIBUTION_LIST:
                return "private distribution list";
            case REMOTE_MAIL_USER:
                return "remote mail user";
            case CONTAINER:
                return "container";
            case TEMPLATE:
                return "template";
            case ONE_OFF_USER:
                return "one-off user";
            case SEARCH:
                return "search";
            default:
                return "unknown";
        }
    }

    @Override
    public String toString() {
        return String.format("AddressBookEntryId[flags=0x%08X, type=0x%08X (%s), x500Dn=%s]", flags, type, typeName(),
                EntryIds.printable(x500Dn));
    }
}
