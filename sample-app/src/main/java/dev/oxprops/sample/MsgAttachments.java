package dev.oxprops.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The attachments of a .msg file, read from its compound file ([MS-OXMSG] 2.2.2): each
 * {@code __attach_version1.0_#XXXXXXXX} storage's file name (PidTagAttachLongFilename, else PidTagAttachFilename),
 * the size of its data (PidTagAttachDataBinary) and, for an attached message ({@code __substg1.0_3701000D}), that
 * message read with {@link MsgReader} from a copy of its storage made a file of its own (the file's named-property
 * mapping, which serves embedded messages too, copied beside it, the property stream's 24-byte header widened to
 * the 32 bytes of a top-level message).
 *
 * <p>Written beside the reader, not inside it: the reader's own attachment API was not on main in time.
 */
final class MsgAttachments {
    static final String NAMEID = "__nameid_version1.0";
    static final String PROPERTIES = "__properties_version1.0";
    static final String EMBEDDED = "__substg1.0_3701000D";

    private MsgAttachments() {}

    /**
     * One attachment as found in the file: file name, data size, and an attached message as a .msg file of its own
     * (or why it could not be copied).
     */
    record Found(String name, Long size, byte[] embeddedFile, String problem) {}

    /** The attachments of a .msg file. */
    static List<Found> of(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return of(fs.getRoot(), fs.getRoot());
        }
    }

    /** The attachments of a .msg file's bytes (an embedded message made a file by {@link #asFile}). */
    static List<Found> of(byte[] file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(file))) {
            return of(fs.getRoot(), fs.getRoot());
        }
    }

    private static List<Found> of(DirectoryEntry message, DirectoryEntry root) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            String name = String.format("__attach_version1.0_#%08X", i);
            if (!message.hasEntry(name)) {
                return out;
            }
            try {
                DirectoryEntry a = (DirectoryEntry) message.getEntry(name);
                String fileName = text(a, "3707");
                if (fileName == null) {
                    fileName = text(a, "3704");
                }
                Long size = a.hasEntry("__substg1.0_37010102")
                        ? Long.valueOf(((DocumentEntry) a.getEntry("__substg1.0_37010102")).getSize()) : null;
                byte[] embedded = null;
                String problem = null;
                if (a.hasEntry(EMBEDDED)) {
                    try {
                        embedded = asFile((DirectoryEntry) a.getEntry(EMBEDDED), root);
                    } catch (RuntimeException | IOException e) {
                        problem = "the attached message cannot be read: " + Problems.describe(e);
                    }
                }
                out.add(new Found(fileName, size, embedded, problem));
            } catch (IOException | RuntimeException e) {
                out.add(new Found(null, null, null, "attachment " + (i + 1) + " cannot be read: " + Problems.describe(e)));
            }
        }
    }

    /** A string property of a storage, Unicode (001F) or 8-bit (001E), or null. */
    private static String text(DirectoryEntry d, String tag) throws IOException {
        if (d.hasEntry("__substg1.0_" + tag + "001F")) {
            return new String(bytes(d, "__substg1.0_" + tag + "001F"), StandardCharsets.UTF_16LE).replace("\0", "");
        }
        if (d.hasEntry("__substg1.0_" + tag + "001E")) {
            return new String(bytes(d, "__substg1.0_" + tag + "001E"), StandardCharsets.ISO_8859_1).replace("\0", "");
        }
        return null;
    }

    private static byte[] bytes(DirectoryEntry d, String stream) throws IOException {
        try (InputStream in = new DocumentInputStream((DocumentEntry) d.getEntry(stream))) {
            return in.readNBytes(1 << 20);
        }
    }

    /** The embedded message's storage as the bytes of a .msg file of its own. */
    static byte[] asFile(DirectoryEntry embedded, DirectoryEntry root) throws IOException {
        try (POIFSFileSystem copy = new POIFSFileSystem()) {
            for (Entry e : embedded) {
                if (!e.getName().equals(PROPERTIES)) {
                    EntryUtils.copyNodeRecursively(e, copy.getRoot());
                }
            }
            if (!embedded.hasEntry(NAMEID) && root.hasEntry(NAMEID)) {
                EntryUtils.copyNodeRecursively(root.getEntry(NAMEID), copy.getRoot());
            }
            byte[] props = bytes(embedded, PROPERTIES);
            byte[] widened = new byte[props.length + 8];
            System.arraycopy(props, 0, widened, 0, Math.min(24, props.length));
            if (props.length > 24) {
                System.arraycopy(props, 24, widened, 32, props.length - 24);
            }
            copy.getRoot().createDocument(PROPERTIES, new java.io.ByteArrayInputStream(widened));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
