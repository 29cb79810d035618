package dev.oxprops.sample;

import dev.oxprops.backend.tnef.TnefAttachment;
import dev.oxprops.backend.tnef.TnefMessage;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.backend.msg.MsgMessage;
import dev.oxprops.backend.msg.MsgAttachment;
import dev.oxprops.backend.msg.MsgReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The attachments of a message read from a file, embedded messages inspected in turn. */
final class Attachments {
    private Attachments() {}

    /**
     * The attachments of {@code loaded} (a .msg's or a TNEF stream's; MIME and Graph JSON are read without them),
     * an attached message in a .msg inspected in turn, {@code depth} levels down at most.
     */
    static List<InspectCommand.Attachment> of(InspectCommand inspector, MessageFiles.Loaded loaded, String path,
            int depth) {
        if (loaded.bag() instanceof TnefMessage) {
            return tnef((TnefMessage) loaded.bag());
        }
        if (loaded.msg() == null) {
            return new ArrayList<>();
        }
        return msg(inspector, loaded.msg(), path, depth);
    }

    /** The attachments of a .msg message as {@link MsgReader} read them, attached messages inspected in turn. */
    static List<InspectCommand.Attachment> msg(InspectCommand inspector, MsgMessage message, String path, int depth) {
        List<InspectCommand.Attachment> out = new ArrayList<>();
        List<MsgAttachment> attachments = message.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            MsgAttachment a = attachments.get(i);
            String where = path + " > attachment " + (i + 1);
            long size = a.attachSize();
            Long bytes = size < 0 ? null : Long.valueOf(size);
            if (a.embeddedMessage().isPresent()) {
                out.add(depth <= 0
                        ? new InspectCommand.Attachment(i + 1, a.fileName(), bytes, true, null, "not inspected: "
                                + "attached more than " + InspectCommand.MAX_DEPTH + " messages deep")
                        : new InspectCommand.Attachment(i + 1, a.fileName(), bytes, true,
                                embedded(inspector, a.embeddedMessage().get(), where, depth), null));
            } else if (a.attachMethod() == MsgAttachment.EMBEDDED_MESSAGE) {
                out.add(new InspectCommand.Attachment(i + 1, a.fileName(), bytes, true,
                        InspectCommand.Result.failed(where, "msg", InspectCommand.Status.UNREADABLE,
                                "the attached message cannot be read (see the file's reader problems)"), null));
            } else {
                out.add(InspectCommand.Attachment.file(i + 1, a.fileName(), bytes));
            }
        }
        return out;
    }

    private static InspectCommand.Result embedded(InspectCommand inspector, MsgMessage m, String where, int depth) {
        List<InspectCommand.Attachment> inner = msg(inspector, m, where, depth - 1);
        List<String> problems = m.problems().stream().map(Object::toString).collect(Collectors.toList());
        return inspector.inspect(where, m, "msg", problems, m.namedProperties(), inner);
    }

    /** A TNEF stream's attachments: long file name (else file name) and the size of PidTagAttachDataBinary. */
    private static List<InspectCommand.Attachment> tnef(TnefMessage m) {
        List<InspectCommand.Attachment> out = new ArrayList<>();
        for (int i = 0; i < m.attachments().size(); i++) {
            TnefAttachment a = m.attachments().get(i);
            Object name = a.get(PropertyId.tag(0x3707)) instanceof String ? a.get(PropertyId.tag(0x3707))
                    : a.get(PropertyId.tag(0x3704));
            Object data = a.get(PropertyId.tag(0x3701));
            out.add(InspectCommand.Attachment.file(i + 1, name instanceof String ? (String) name : null,
                    data instanceof byte[] ? Long.valueOf(((byte[]) data).length) : null));
        }
        return out;
    }
}
