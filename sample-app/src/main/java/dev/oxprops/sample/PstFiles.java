package dev.oxprops.sample;

import dev.oxprops.backend.pst.PstAttachment;
import dev.oxprops.backend.pst.PstFile;
import dev.oxprops.backend.pst.PstItem;
import dev.oxprops.backend.pst.PstPasswordProtectedException;
import dev.oxprops.backend.pst.PstReader;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A PST for the command line: one result per item (backend pst), its attachments and embedded messages listed. */
final class PstFiles {
    private static final PropertyId ATTACH_FILENAME = PropertyId.tag(0x3704);
    private static final PropertyId ATTACH_LONG_FILENAME = PropertyId.tag(0x3707);
    private static final PropertyId ATTACH_DATA = PropertyId.tag(0x3701);
    private static final PropertyId ATTACH_SIZE = PropertyId.tag(0x0E20);

    private PstFiles() {}

    /**
     * java-libpst keeps static state (its PSTFile caches) and is not safe for two PSTs read at once in one JVM:
     * every walk holds this lock (a bulk scan, a Spark executor running two tasks).
     */
    private static final Object LIBPST = new Object();

    /** Every item of the PST, inspected; a file that cannot be opened or walked, or is password-protected, is one result. */
    static List<InspectCommand.Result> inspect(InspectCommand cmd, Path file, boolean readProtected) {
        List<InspectCommand.Result> out = new ArrayList<>();
        walk(cmd, file, readProtected, s -> out.add(s.get()));
        return out;
    }

    /**
     * Reads the PST item by item and hands {@code sink} for each the work of inspecting it (which may run on another
     * thread: the item is read whole before it is handed on), then one failed result per problem; a file that cannot
     * be opened or walked, or is password-protected, gives one failed result. Never throws for a bad file.
     */
    static void walk(InspectCommand cmd, Path file, boolean readProtected,
            Consumer<Supplier<InspectCommand.Result>> sink) {
        String path = file.toString();
        synchronized (LIBPST) {
            try (PstFile pst = new PstReader().readPasswordProtected(readProtected).open(file)) {
                pst.forEachItem(item -> sink.accept(() -> item(cmd, path, item)));
                for (ReadProblem p : pst.problems()) {
                    sink.accept(() -> InspectCommand.Result.failed(path + ": " + p.subject(), "pst",
                            InspectCommand.Status.UNREADABLE, p.message()));
                }
            } catch (PstPasswordProtectedException e) {
                sink.accept(() -> InspectCommand.Result.failed(path, "pst", InspectCommand.Status.UNREADABLE, "the PST is "
                        + "password-protected (PidTagPstPassword); its items are not read (--read-password-protected "
                        + "reads them)"));
            } catch (IOException | RuntimeException e) {
                sink.accept(() -> InspectCommand.Result.failed(path, "pst", InspectCommand.Status.UNREADABLE,
                        Problems.describe(e)));
            }
        }
    }

    private static InspectCommand.Result item(InspectCommand cmd, String file, PstItem item) {
        String path = file + ": " + item.folderPath() + " #" + item.descriptorId();
        List<String> warnings = new ArrayList<>();
        item.problems().forEach(p -> warnings.add(p.toString()));
        if (!item.unresolvedNamedIds().isEmpty()) {
            warnings.add(item.unresolvedNamedIds().size() + " named properties not carried (java-libpst resolves no "
                    + "named property ids)");
        }
        List<InspectCommand.Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < item.attachments().size(); i++) {
            PstAttachment a = item.attachments().get(i);
            Object name = a.get(ATTACH_LONG_FILENAME) instanceof String ? a.get(ATTACH_LONG_FILENAME) : a.get(ATTACH_FILENAME);
            Long size = a.get(ATTACH_DATA) instanceof byte[] ? Long.valueOf(((byte[]) a.get(ATTACH_DATA)).length)
                    : a.get(ATTACH_SIZE) instanceof Integer ? Long.valueOf((Integer) a.get(ATTACH_SIZE)) : null;
            String at = path + " attachment " + (i + 1);
            InspectCommand.Result embedded = a.embeddedMessage()
                    .map(b -> cmd.inspect(at, b, "pst", List.of(), null, List.of())).orElse(null);
            attachments.add(new InspectCommand.Attachment(i + 1, name instanceof String ? (String) name : null, size,
                    embedded != null, embedded, null));
        }
        return cmd.inspect(path, item, "pst", warnings, null, attachments);
    }
}
