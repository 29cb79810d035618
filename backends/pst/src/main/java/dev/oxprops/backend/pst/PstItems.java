package dev.oxprops.backend.pst;

import com.pff.PSTAttachment;
import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTMessage;
import com.pff.PSTRecipient;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.Codepages;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import dev.oxprops.runtime.ReadProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds the bags of items, recipients and attachments from java-libpst's objects. */
final class PstItems {
    private static final int MESSAGE_CODEPAGE = 0x3FFD;
    private static final int INTERNET_CODEPAGE = 0x3FDE;
    private static final int ATTACH_METHOD_EMBEDDED = 5;
    private static final int SUBJECT = 0x0037;

    private final PSTFile file;
    private final PstReader reader;

    PstItems(PSTFile file, PstReader reader) {
        this.file = file;
        this.reader = reader;
    }

    /** An item java-libpst could not load: no properties, one problem. */
    static PstItem unreadable(String folder, int index, Exception e) {
        return new PstItem(new InMemoryPropertyBag(), folder, -1, List.of(), List.of(), Map.of(),
                List.of(ReadProblem.of(Kind.MALFORMED_STRUCTURE, folder + " item " + index, "java-libpst cannot load it: " + e)));
    }

    PstItem item(PSTMessage m, String folder) {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Map<Integer, String> named = new TreeMap<>();
        List<ReadProblem> problems = new ArrayList<>();
        try {
            PstTable table = new PstTable(file, m.getDescriptorNode());
            Map<Integer, Integer> types = table.types();
            Charset ansi = ansi(table, types);
            types.forEach((id, code) -> property(table, id, code, ansi, bag, named, problems));
        } catch (PSTException | IOException | RuntimeException e) {
            problems.add(ReadProblem.of(Kind.MALFORMED_STRUCTURE, "property table", "cannot be read: " + e));
        }
        return new PstItem(bag, folder, m.getDescriptorNodeId(), recipients(m, problems), attachments(m, problems),
                named, problems);
    }

    private static void property(PstTable table, int id, int code, Charset ansi, InMemoryPropertyBag bag,
            Map<Integer, String> named, List<ReadProblem> problems) {
        MapiType type = MapiType.forCode(code);
        String label = String.format("0x%04X", id);
        if (id >= 0x8000) {
            named.put(id, type == null ? String.format("type 0x%04X", code) : type.name());
            return;
        }
        if (type == null) {
            problems.add(new ReadProblem(Kind.TYPE_MISMATCH, label, PropertyId.tag(id), "type "
                    + String.format("0x%04X", code) + " is not a MAPI type; not read"));
            return;
        }
        try {
            Object value = PstValues.read(table, id, type, ansi);
            if (id == SUBJECT && value instanceof String && ((String) value).startsWith("\u0001")) {
                // a PST stores the subject behind 0x01 and a character counting the prefix ([MS-PST] 2.5.3.1.1.1)
                value = ((String) value).substring(Math.min(2, ((String) value).length()));
            }
            if (value == null) {
                problems.add(new ReadProblem(Kind.NOT_READ, label, PropertyId.tag(id), type + " values are not carried"));
            } else {
                bag.put(PropertyId.tag(id), type, value);
            }
        } catch (RuntimeException e) {
            problems.add(new ReadProblem(Kind.MALFORMED_VALUE, label, PropertyId.tag(id), type + ": " + e.getMessage()));
        }
    }

    /**
     * The charset of PtypString8 values: PidTagMessageCodepage, else PidTagInternetCodepage (a MIME code page read as
     * the Windows one of its script), else windows-1252 (also when Java has no charset for the code page).
     */
    private static Charset ansi(PstTable table, Map<Integer, Integer> types) {
        return Codepages.stringCharset(codepage(table, types, MESSAGE_CODEPAGE), codepage(table, types, INTERNET_CODEPAGE));
    }

    private static Integer codepage(PstTable table, Map<Integer, Integer> types, int id) {
        return types.getOrDefault(id, 0) == MapiType.PtypInteger32.code() ? table.inline(id) : null;
    }

    private static List<PropertyBag> recipients(PSTMessage m, List<ReadProblem> problems) {
        List<PropertyBag> out = new ArrayList<>();
        try {
            int n = m.getNumberOfRecipients();
            for (int i = 0; i < n; i++) {
                PSTRecipient r = m.getRecipient(i);
                InMemoryPropertyBag b = new InMemoryPropertyBag();
                string(b, 0x3001, r.getDisplayName());
                string(b, 0x3002, r.getEmailAddressType());
                string(b, 0x3003, r.getEmailAddress());
                string(b, 0x39FE, r.getSmtpAddress());
                nonZero(b, 0x0C15, r.getRecipientType());
                nonZero(b, 0x5FFD, r.getRecipientFlags());
                nonZero(b, 0x5FDF, r.getRecipientOrder());
                out.add(b);
            }
        } catch (PSTException | IOException | RuntimeException e) {
            problems.add(ReadProblem.of(Kind.MALFORMED_STRUCTURE, "recipient table", "cannot all be read: " + e));
        }
        return out;
    }

    private List<PstAttachment> attachments(PSTMessage m, List<ReadProblem> problems) {
        List<PstAttachment> out = new ArrayList<>();
        int n = m.getNumberOfAttachments();
        for (int i = 0; i < n; i++) {
            try {
                out.add(attachment(m.getAttachment(i)));
            } catch (PSTException | IOException | RuntimeException e) {
                problems.add(ReadProblem.of(Kind.MALFORMED_STRUCTURE, "attachment " + i, "cannot be read: " + e));
            }
        }
        return out;
    }

    private PstAttachment attachment(PSTAttachment a) {
        Map<Integer, Integer> types = PstTable.types(a);
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        List<ReadProblem> problems = new ArrayList<>();
        Set<Integer> notCarried = new HashSet<>(types.keySet());
        stringIf(b, types, 0x3704, a.getFilename());
        stringIf(b, types, 0x3707, a.getLongFilename());
        stringIf(b, types, 0x3708, a.getPathname());
        stringIf(b, types, 0x370D, a.getLongPathname());
        stringIf(b, types, 0x370E, a.getMimeTag());
        stringIf(b, types, 0x3712, a.getContentId());
        stringIf(b, types, 0x3716, a.getAttachmentContentDisposition());
        intIf(b, types, 0x3705, a.getAttachMethod());
        intIf(b, types, 0x0E20, a.getAttachSize());
        intIf(b, types, 0x0E21, a.getAttachNum());
        intIf(b, types, 0x370B, a.getRenderingPosition());
        intIf(b, types, 0x3710, a.getMimeSequence());
        timeIf(b, types, 0x3007, a.getCreationTime());
        timeIf(b, types, 0x3008, a.getModificationTime());
        PropertyBag embedded = null;
        if (a.getAttachMethod() == ATTACH_METHOD_EMBEDDED) {
            embedded = embedded(a, problems);
        } else if (types.getOrDefault(0x3701, 0) == MapiType.PtypBinary.code()) {
            data(a, b, problems);
        }
        b.forEach((id, type, value) -> notCarried.remove(((PropertyId.Tag) id).id()));
        return new PstAttachment(b, notCarried, embedded, problems);
    }

    private void data(PSTAttachment a, InMemoryPropertyBag b, List<ReadProblem> problems) {
        try (InputStream in = a.getFileInputStream()) {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, reader.maxAttachmentBytes() + 1));
            if (data.length > reader.maxAttachmentBytes()) {
                problems.add(new ReadProblem(Kind.NOT_READ, "0x3701", PropertyId.tag(0x3701), "PidTagAttachDataBinary: more"
                        + " than " + reader.maxAttachmentBytes() + " bytes (the reader's limit); not read"));
            } else {
                b.put(PropertyId.tag(0x3701), MapiType.PtypBinary, data);
            }
        } catch (PSTException | IOException | RuntimeException e) {
            problems.add(new ReadProblem(Kind.MALFORMED_STRUCTURE, "0x3701", PropertyId.tag(0x3701),
                    "PidTagAttachDataBinary cannot be read: " + e));
        }
    }

    private static PropertyBag embedded(PSTAttachment a, List<ReadProblem> problems) {
        try {
            PSTMessage m = a.getEmbeddedPSTMessage();
            if (m == null) {
                problems.add(ReadProblem.of(Kind.MALFORMED_STRUCTURE, "0x3701", "the embedded message cannot be read"));
                return null;
            }
            Map<Integer, Integer> types = PstTable.types(m);
            InMemoryPropertyBag b = new InMemoryPropertyBag();
            stringIf(b, types, 0x001A, m.getMessageClass());
            stringIf(b, types, 0x0037, m.getSubject());
            stringIf(b, types, 0x1000, m.getBody());
            stringIf(b, types, 0x0C1A, m.getSenderName());
            stringIf(b, types, 0x0C1F, m.getSenderEmailAddress());
            timeIf(b, types, 0x0039, m.getClientSubmitTime());
            timeIf(b, types, 0x0E06, m.getMessageDeliveryTime());
            return new ReadOnlyBag(b);
        } catch (PSTException | IOException | RuntimeException e) {
            problems.add(ReadProblem.of(Kind.MALFORMED_STRUCTURE, "0x3701", "the embedded message cannot be read: " + e));
            return null;
        }
    }

    private static void string(InMemoryPropertyBag b, int id, String v) {
        if (v != null && !v.isEmpty()) {
            b.put(PropertyId.tag(id), MapiType.PtypString, v);
        }
    }

    private static void nonZero(InMemoryPropertyBag b, int id, int v) {
        if (v != 0) {
            b.put(PropertyId.tag(id), MapiType.PtypInteger32, v);
        }
    }

    private static void stringIf(InMemoryPropertyBag b, Map<Integer, Integer> types, int id, String v) {
        Integer code = types.get(id);
        if (v != null && code != null && (code == 0x001F || code == 0x001E)) {
            b.put(PropertyId.tag(id), MapiType.forCode(code), v);
        }
    }

    private static void intIf(InMemoryPropertyBag b, Map<Integer, Integer> types, int id, int v) {
        if (types.getOrDefault(id, 0) == MapiType.PtypInteger32.code()) {
            b.put(PropertyId.tag(id), MapiType.PtypInteger32, v);
        }
    }

    private static void timeIf(InMemoryPropertyBag b, Map<Integer, Integer> types, int id, Date v) {
        if (v != null && types.getOrDefault(id, 0) == MapiType.PtypTime.code()) {
            b.put(PropertyId.tag(id), MapiType.PtypTime, v.toInstant());
        }
    }
}
