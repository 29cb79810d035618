package dev.oxprops.sample;

import dev.oxprops.backend.tnef.TnefAttachment;
import dev.oxprops.backend.tnef.TnefMessage;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.backend.msg.MsgMessage;
import dev.oxprops.backend.msg.MsgReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The attachments of a message read from a file, embedded messages inspected in turn. */
final class Attachments {
    private Attachments() {}

    /**
     * The attachments of {@code loaded} (a .msg's or a TNEF stream's; MIME and Graph JSON are read without them),
     * an attached message in a .msg inspected in turn, {@code depth} levels down at most.
     */
    static List<InspectCommand.Attachment> of(InspectCommand inspector, MessageFiles.Loaded loaded, String path, Path file,
            int depth) throws IOException {
        if (loaded.bag() instanceof TnefMessage) {
            return tnef((TnefMessage) loaded.bag());
        }
        if (loaded.msg() == null || loaded.msg().attachmentCount() == 0) {
            return new ArrayList<>();
        }
        return msg(inspector, MsgAttachments.of(file), path, depth);
    }

    private static List<InspectCommand.Attachment> msg(InspectCommand inspector, List<MsgAttachments.Found> found,
            String path, int depth) {
        List<InspectCommand.Attachment> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            MsgAttachments.Found a = found.get(i);
            String where = path + " > attachment " + (i + 1);
            InspectCommand.Result embedded = null;
            if (a.problem() != null) {
                embedded = InspectCommand.Result.failed(where, "msg", InspectCommand.Status.UNREADABLE, a.problem());
            } else if (a.embeddedFile() != null) {
                embedded = depth <= 0
                        ? InspectCommand.Result.failed(where, "msg", InspectCommand.Status.UNREADABLE, "not inspected: "
                                + "attached more than " + InspectCommand.MAX_DEPTH + " messages deep")
                        : embedded(inspector, a.embeddedFile(), where, depth);
            }
            out.add(new InspectCommand.Attachment(i + 1, a.name(), a.size(), embedded));
        }
        return out;
    }

    private static InspectCommand.Result embedded(InspectCommand inspector, byte[] file, String where, int depth) {
        try {
            MsgMessage m = new MsgReader().read(file);
            List<InspectCommand.Attachment> inner = m.attachmentCount() == 0 ? List.of()
                    : msg(inspector, MsgAttachments.of(file), where, depth - 1);
            return inspector.inspect(where, m, "msg", m.warnings(), m.namedProperties(), inner);
        } catch (IOException | RuntimeException e) {
            return InspectCommand.Result.failed(where, "msg", InspectCommand.Status.UNREADABLE, "the attached message "
                    + "cannot be read: " + Problems.describe(e));
        }
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
