package dev.oxprops.sample;

import dev.oxprops.backend.tnef.TnefAttachment;
import dev.oxprops.backend.tnef.TnefMessage;
import dev.oxprops.runtime.PropertyId;
import java.util.ArrayList;
import java.util.List;

/** The attachments of a message read from a file, embedded messages inspected in turn. */
final class Attachments {
    private Attachments() {}

    /** The attachments of {@code loaded} (a .msg's or a TNEF stream's; MIME and Graph JSON are read without them). */
    static List<InspectCommand.Attachment> of(MessageFiles.Loaded loaded, int depth) {
        List<InspectCommand.Attachment> out = new ArrayList<>();
        if (loaded.bag() instanceof TnefMessage) {
            return tnef((TnefMessage) loaded.bag());
        }
        if (loaded.msg() == null) {
            return out;
        }
        for (int i = 0; i < loaded.msg().attachmentCount(); i++) {
            out.add(new InspectCommand.Attachment(i + 1, null, null, null));
        }
        return out;
    }

    /** A TNEF stream's attachments: long file name (else file name) and the size of PidTagAttachDataBinary. */
    private static List<InspectCommand.Attachment> tnef(TnefMessage m) {
        List<InspectCommand.Attachment> out = new ArrayList<>();
        for (int i = 0; i < m.attachments().size(); i++) {
            TnefAttachment a = m.attachments().get(i);
            Object name = a.get(PropertyId.tag(0x3707)) instanceof String ? a.get(PropertyId.tag(0x3707))
                    : a.get(PropertyId.tag(0x3704));
            Object data = a.get(PropertyId.tag(0x3701));
            out.add(new InspectCommand.Attachment(i + 1, name instanceof String ? (String) name : null,
                    data instanceof byte[] ? Long.valueOf(((byte[]) data).length) : null, null));
        }
        return out;
    }
}
