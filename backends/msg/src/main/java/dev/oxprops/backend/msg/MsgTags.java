package dev.oxprops.backend.msg;

import dev.oxprops.runtime.WellKnownSets;
import java.util.UUID;

/** Tag ids, stream names and GUIDs of MS-OXMSG the reader and writer share. */
final class MsgTags {
    private MsgTags() {}

    static final int PID_TAG_MESSAGE_CLASS = 0x001A;
    static final int PID_TAG_SUBJECT = 0x0037;
    static final int PID_TAG_RECIPIENT_TYPE = 0x0C15;
    static final int PID_TAG_ROWID = 0x3000;
    static final int PID_TAG_DISPLAY_NAME = 0x3001;
    static final int PID_TAG_ADDRESS_TYPE = 0x3002;
    static final int PID_TAG_EMAIL_ADDRESS = 0x3003;
    static final int PID_TAG_STORE_SUPPORT_MASK = 0x340D;
    static final int PID_TAG_SMTP_ADDRESS = 0x39FE;
    static final int PID_TAG_INTERNET_CODEPAGE = 0x3FDE;
    static final int PID_TAG_MESSAGE_CODEPAGE = 0x3FFD;

    /** STORE_UNICODE_OK: string properties of this message are Unicode. */
    static final int STORE_UNICODE_OK = 0x00040000;

    static final String PROPERTIES = "__properties_version1.0";
    static final String NAMEID = "__nameid_version1.0";
    static final String RECIP_PREFIX = "__recip_version1.0_#";
    static final String ATTACH_PREFIX = "__attach_version1.0_#";
    static final String SUBSTG_PREFIX = "__substg1.0_";
    static final String GUID_STREAM = "__substg1.0_00020102";
    static final String ENTRY_STREAM = "__substg1.0_00030102";
    static final String STRING_STREAM = "__substg1.0_00040102";

    /** PS_MAPI, GUID index 1 in the entry stream. */
    static final UUID PS_MAPI = WellKnownSets.guid("PS_MAPI");
    /** PS_PUBLIC_STRINGS, GUID index 2 in the entry stream. */
    static final UUID PS_PUBLIC_STRINGS = WellKnownSets.guid("PS_PUBLIC_STRINGS");

    /** The CLSID of the root storage of a message file. */
    static final UUID MESSAGE_CLSID = UUID.fromString("00020d0b-0000-0000-c000-000000000046");

    /** Property stream header sizes: top-level message, recipient or attachment. */
    static final int TOP_HEADER = 32;
    /** The property stream header of an embedded message ([MS-OXMSG] 2.4.1.2). */
    static final int EMBEDDED_HEADER = 24;
    /** The storage of an attachment's embedded message (PidTagAttachDataObject, PtypObject). */
    static final String EMBEDDED_STORAGE = "__substg1.0_3701000D";
    static final int OBJECT_HEADER = 8;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** {@code __substg1.0_} and the tag in 8 upper-case hex digits (what {@code %04X%04X} gives, without a formatter). */
    static String substgName(int id, int typeCode) {
        char[] c = new char[SUBSTG_PREFIX.length() + 8];
        SUBSTG_PREFIX.getChars(0, SUBSTG_PREFIX.length(), c, 0);
        int tag = (id & 0xFFFF) << 16 | typeCode & 0xFFFF;
        for (int i = c.length - 1, v = tag; i >= SUBSTG_PREFIX.length(); i--, v >>>= 4) {
            c[i] = HEX[v & 0xF];
        }
        return new String(c);
    }

    /** The stream of value {@code index} of a multi-valued property: {@code name}, a hyphen, 8 upper-case hex digits. */
    static String valueStreamName(String name, int index) {
        char[] c = new char[name.length() + 9];
        name.getChars(0, name.length(), c, 0);
        c[name.length()] = '-';
        for (int i = c.length - 1, v = index; i > name.length(); i--, v >>>= 4) {
            c[i] = HEX[v & 0xF];
        }
        return new String(c);
    }
}
