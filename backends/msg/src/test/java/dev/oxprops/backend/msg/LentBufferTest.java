package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.testdata.RealFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader reads a file in place from a buffer its thread uses again for the next file ({@link MsgReader#read(Path)},
 * {@link MsgReader#read(byte[], int)}): what it returns is its own (the buffer may change afterwards), and it never
 * reads past the file's bytes into what the buffer still holds of an earlier, longer file.
 */
class LentBufferTest {
    @Test
    void aMessageKeepsItsValuesWhenTheBufferItWasReadFromIsOverwritten() throws IOException {
        for (String name : RealFiles.names(".msg")) {
            byte[] file = bytes(name);
            String expected = describe(new MsgReader().read(file.clone()));
            byte[] buffer = Arrays.copyOf(file, file.length + 4096);
            MsgMessage m = new MsgReader().read(buffer, file.length);
            Arrays.fill(buffer, (byte) 0x55);
            assertEquals(expected, describe(m), name);
        }
    }

    @Test
    void messagesReadOneAfterTheOtherOnAThreadStayTheirOwn(@TempDir Path dir) throws IOException {
        List<String> names = RealFiles.names(".msg");
        MsgMessage[] read = new MsgMessage[names.size()];
        String[] expected = new String[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Path f = dir.resolve("m" + i + ".msg");
            Files.write(f, bytes(names.get(i)));
            read[i] = MsgReader.readFile(f); // each read lends the thread's buffer again
            expected[i] = describe(new MsgReader().read(bytes(names.get(i))));
        }
        for (int i = 0; i < names.size(); i++) {
            assertEquals(expected[i], describe(read[i]), names.get(i));
        }
    }

    /**
     * A file cut anywhere reads exactly as the same cut file alone in an array of its size, when the buffer holds the
     * rest of the uncut file after it (an earlier, longer file's bytes): nothing past the cut is read.
     */
    @Test
    void aCutFileInABufferHoldingMoreReadsAsTheCutFileAlone() throws IOException {
        int compared = 0;
        for (String name : List.of(RealFiles.names(".msg").get(0), RealFiles.names(".msg").get(5))) {
            byte[] file = bytes(name);
            for (int cut = 512; cut < file.length; cut += 64) {
                String alone = outcome(new MsgReader(), Arrays.copyOf(file, cut), cut);
                assertEquals(alone, outcome(new MsgReader(), file, cut), name + " cut at " + cut);
                compared++;
            }
        }
        assertTrue(compared > 100, "cuts compared: " + compared);
    }

    /** What {@code reader} makes of {@code data[0, length)}: the message described, or the exception it throws. */
    static String outcome(MsgReader reader, byte[] data, int length) {
        try {
            return describe(reader.read(data, length));
        } catch (OxPropsException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = RealFiles.open(name)) {
            return in.readAllBytes();
        }
    }

    /** Every value of the message, its recipients and attachments (embedded messages too), and its problems. */
    static String describe(MsgMessage m) {
        StringBuilder b = new StringBuilder();
        describe(m, b, "");
        return b.toString();
    }

    private static void describe(MsgMessage m, StringBuilder b, String indent) {
        bag(m, b, indent);
        for (PropertyBag r : m.recipients()) {
            b.append(indent).append("recipient\n");
            bag(r, b, indent + "  ");
        }
        for (MsgAttachment a : m.attachments()) {
            b.append(indent).append("attachment\n");
            bag(a, b, indent + "  ");
            a.embeddedMessage().ifPresent(e -> describe(e, b, indent + "    "));
        }
        m.problems().forEach(p -> b.append(indent).append("problem ").append(p).append('\n'));
    }

    private static void bag(PropertyBag bag, StringBuilder b, String indent) {
        bag.forEach((id, type, value) -> b.append(indent).append(id).append(' ').append(type).append(" = ")
                .append(MapiValues.format(type, value)).append('\n'));
    }
}
