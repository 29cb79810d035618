package dev.oxprops.backend.tnef;

import java.util.Map;

/**
 * The attribute identifiers of [MS-OXTNEF] 2.1.3.3: the low 16 bits name the attribute, the high 16 bits its legacy
 * type (atpString 0x0001, atpDate 0x0003, atpShort 0x0004, atpLong 0x0005, atpByte 0x0006, atpWord 0x0007, atpDword
 * 0x0008). The reader matches attributes by their whole identifier, and by the low 16 bits alone where those name one
 * attribute only (attDateStart 0x00030006 and attOriginalMessageClass 0x00070006 share theirs), so a writer that gave
 * an attribute another legacy type is still read.
 */
final class TnefIds {
    private TnefIds() {}

    static final int SIGNATURE = 0x223E9F78;
    static final int LEVEL_MESSAGE = 0x01;
    static final int LEVEL_ATTACHMENT = 0x02;

    static final int OWNER = 0x00060000;
    static final int SENT_FOR = 0x00060001;
    static final int DELEGATE = 0x00060002;
    static final int DATE_START = 0x00030006;
    static final int DATE_END = 0x00030007;
    static final int AID_OWNER = 0x00050008;
    static final int REQUEST_RES = 0x00040009;
    static final int ORIGINAL_MESSAGE_CLASS = 0x00070006;
    static final int FROM = 0x00008000;
    static final int SUBJECT = 0x00018004;
    static final int DATE_SENT = 0x00038005;
    static final int DATE_RECD = 0x00038006;
    static final int MESSAGE_STATUS = 0x00068007;
    static final int MESSAGE_CLASS = 0x00078008;
    static final int MESSAGE_ID = 0x00018009;
    static final int PARENT_ID = 0x0001800A;
    static final int CONVERSATION_ID = 0x0001800B;
    static final int BODY = 0x0002800C;
    static final int PRIORITY = 0x0004800D;
    static final int ATTACH_DATA = 0x0006800F;
    static final int ATTACH_TITLE = 0x00018010;
    static final int ATTACH_META_FILE = 0x00068011;
    static final int ATTACH_CREATE_DATE = 0x00038012;
    static final int ATTACH_MODIFY_DATE = 0x00038013;
    static final int DATE_MODIFIED = 0x00038020;
    static final int ATTACH_TRANSPORT_FILENAME = 0x00069001;
    static final int ATTACH_REND_DATA = 0x00069002;
    static final int MSG_PROPS = 0x00069003;
    static final int RECIP_TABLE = 0x00069004;
    static final int ATTACHMENT = 0x00069005;
    static final int TNEF_VERSION = 0x00089006;
    static final int OEM_CODEPAGE = 0x00069007;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(OWNER, "attOwner"), Map.entry(SENT_FOR, "attSentFor"), Map.entry(DELEGATE, "attDelegate"),
            Map.entry(DATE_START, "attDateStart"), Map.entry(DATE_END, "attDateEnd"),
            Map.entry(AID_OWNER, "attAidOwner"), Map.entry(REQUEST_RES, "attRequestRes"),
            Map.entry(ORIGINAL_MESSAGE_CLASS, "attOriginalMessageClass"), Map.entry(FROM, "attFrom"),
            Map.entry(SUBJECT, "attSubject"), Map.entry(DATE_SENT, "attDateSent"), Map.entry(DATE_RECD, "attDateRecd"),
            Map.entry(MESSAGE_STATUS, "attMessageStatus"), Map.entry(MESSAGE_CLASS, "attMessageClass"),
            Map.entry(MESSAGE_ID, "attMessageID"), Map.entry(PARENT_ID, "attParentID"),
            Map.entry(CONVERSATION_ID, "attConversationID"), Map.entry(BODY, "attBody"),
            Map.entry(PRIORITY, "attPriority"), Map.entry(ATTACH_DATA, "attAttachData"),
            Map.entry(ATTACH_TITLE, "attAttachTitle"), Map.entry(ATTACH_META_FILE, "attAttachMetaFile"),
            Map.entry(ATTACH_CREATE_DATE, "attAttachCreateDate"), Map.entry(ATTACH_MODIFY_DATE, "attAttachModifyDate"),
            Map.entry(DATE_MODIFIED, "attDateModified"),
            Map.entry(ATTACH_TRANSPORT_FILENAME, "attAttachTransportFilename"),
            Map.entry(ATTACH_REND_DATA, "attAttachRendData"), Map.entry(MSG_PROPS, "attMsgProps"),
            Map.entry(RECIP_TABLE, "attRecipTable"), Map.entry(ATTACHMENT, "attAttachment"),
            Map.entry(TNEF_VERSION, "attTnefVersion"), Map.entry(OEM_CODEPAGE, "attOemCodepage"));

    private static final Map<Integer, Integer> BY_LOW_BITS;

    static {
        Map<Integer, Integer> m = new java.util.HashMap<>();
        java.util.Set<Integer> shared = new java.util.HashSet<>();
        for (int id : NAMES.keySet()) {
            if (m.put(id & 0xFFFF, id) != null) {
                shared.add(id & 0xFFFF);
            }
        }
        m.keySet().removeAll(shared);
        BY_LOW_BITS = Map.copyOf(m);
    }

    /** The attribute's identifier as this class names it (matched on the low 16 bits), or the id itself. */
    static int canonical(int id) {
        if (NAMES.containsKey(id)) {
            return id;
        }
        return BY_LOW_BITS.getOrDefault(id & 0xFFFF, id);
    }

    /** "attSubject (0x00018004)", or the hex id of an attribute the spec does not name. */
    static String name(int id) {
        String n = NAMES.get(canonical(id));
        return (n == null ? "attribute" : n) + String.format(" (0x%08X)", id);
    }
}
