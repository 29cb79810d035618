package dev.oxprops.backend.pst;

import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTFolder;
import com.pff.PSTMessage;
import com.pff.PSTObject;
import dev.oxprops.runtime.ReadProblem;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An open PST file: whether its store is password-protected, and its items, walked folder by folder (each folder's
 * items, then its subfolders), one {@link PstItem} at a time. Not thread-safe; one walk at a time.
 */
public final class PstFile implements Closeable {
    private final PSTFile file;
    private final Path path;
    private final PstReader reader;
    private final boolean passwordProtected;
    private final String displayName;
    private final List<ReadProblem> problems = new ArrayList<>();

    PstFile(PSTFile file, Path path, PstReader reader) throws PSTException, IOException {
        this.file = file;
        this.path = path;
        this.reader = reader;
        this.passwordProtected = file.getMessageStore().isPasswordProtected();
        this.displayName = file.getMessageStore().getDisplayName();
    }

    /** Whether the message store carries a password (PidTagPstPassword). */
    public boolean passwordProtected() {
        return passwordProtected;
    }

    /** The message store's display name. */
    public String displayName() {
        return displayName;
    }

    /**
     * Calls {@code action} for every item of every folder, in walk order. An item that cannot be read comes as an
     * item without properties whose {@link PstItem#problems()} say why; a folder that cannot be walked ends the walk
     * with {@link PstFormatException}; a folder whose subfolders cannot be listed is
     * skipped and named in {@link #problems()}.
     *
     * @throws PstPasswordProtectedException when the store is password-protected and the reader was not told to
     *     read such files
     */
    public void forEachItem(Consumer<? super PstItem> action) {
        if (passwordProtected && !reader.readsPasswordProtected()) {
            throw new PstPasswordProtectedException(path.getFileName() + " is password-protected (PidTagPstPassword);"
                    + " its items are not read");
        }
        problems.clear();
        try {
            walk(file.getRootFolder(), "", action);
        } catch (PSTException | IOException | RuntimeException e) {
            throw new PstFormatException("cannot walk the folders of " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The folders the last walk could not walk, each naming the folder; empty for a clean file. */
    public List<ReadProblem> problems() {
        return List.copyOf(problems);
    }

    /** Every item, in walk order (held in memory: for large files use {@link #forEachItem}). */
    public List<PstItem> items() {
        List<PstItem> all = new ArrayList<>();
        forEachItem(all::add);
        return all;
    }

    private void walk(PSTFolder folder, String path, Consumer<? super PstItem> action) throws PSTException, IOException {
        PstItems items = new PstItems(file, reader);
        int count = folder.getContentCount();
        for (int i = 0; i < count; i++) {
            PSTObject child;
            try {
                child = folder.getNextChild();
            } catch (PSTException | RuntimeException e) {
                action.accept(PstItems.unreadable(path, i, e));
                // java-libpst leaves its cursor on a child it cannot read
                folder.moveChildCursorTo(i + 1);
                continue;
            }
            if (child == null) {
                break;
            }
            if (child instanceof PSTMessage) {
                action.accept(items.item((PSTMessage) child, path));
            }
        }
        if (!folder.hasSubfolders()) {
            // PidTagSubfolders false: search folders among them have no hierarchy table to ask
            return;
        }
        List<PSTFolder> subs;
        try {
            subs = folder.getSubFolders();
        } catch (PSTException | IOException | RuntimeException e) {
            problems.add(ReadProblem.of(ReadProblem.Kind.MALFORMED_STRUCTURE, path.isEmpty() ? "/" : path,
                    "the subfolders cannot be listed (" + e.getMessage() + "); they are not walked"));
            return;
        }
        for (PSTFolder sub : subs) {
            walk(sub, path + "/" + sub.getDisplayName(), action);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
