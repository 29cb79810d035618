package dev.oxprops.backend.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, items 6 and 7: folded headers are unfolded once per value, in one pass (the work is counted,
 * not timed: see also {@code MimeUnfoldBenchmark}); undecodable bytes are a problem naming the header.
 */
class FoldedHeadersTest {
    static PropertyId header(String name) {
        return PropertyId.name(PropertyId.PS_INTERNET_HEADERS, name);
    }

    /** A 2 MB header block: 40,000 folded lines in 20 headers. */
    static String bigHeaders() {
        StringBuilder b = new StringBuilder();
        for (int h = 0; h < 20; h++) {
            b.append("X-Big-").append(h).append(":");
            for (int line = 0; line < 2000; line++) {
                b.append(" word").append(line).append(" h").append(h).append(" ").append("y".repeat(40)).append("\r\n");
            }
        }
        return b.append("Subject: after\r\n\r\n").toString();
    }

    @Test
    void eachFoldedValueIsDecodedOnceHoweverOftenItIsRead() throws IOException {
        String eml = bigHeaders();
        assertTrue(eml.length() > 2_000_000, "" + eml.length());
        MimePropertyBag bag = MimePropertyBag.parse(new ByteArrayInputStream(eml.getBytes(StandardCharsets.US_ASCII)));
        for (int round = 0; round < 50; round++) {
            for (int h = 0; h < 20; h++) {
                String v = (String) bag.get(header("X-Big-" + h));
                assertTrue(v.startsWith("word0 h" + h + " ") && v.endsWith("word1999 h" + h + " " + "y".repeat(40)), v.substring(0, 20));
            }
            assertEquals("after", bag.get(PropertyId.tag(0x0037)));
        }
        bag.forEach((id, type, value) -> { });
        bag.problems();
        assertEquals(21, bag.decodes, "one decode per distinct value, not per read");
    }

    @Test
    void unfoldingIsJakartaMailsInOnePass() {
        Random random = new Random(12);
        String alphabet = "ab \t\r\n\\=?";
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(MimeUtility.unfold(s), HeaderText.unfold(s), () -> "unfolding " + s.replace("\r", "\\r")
                    .replace("\n", "\\n"));
        }
    }

    @Test
    void aLongValueWrittenAndReadBack() {
        String ascii = "word ".repeat(200_000).trim();
        String nonAscii = "\u00E9t\u00E9 \u65E5\u672C ".repeat(100_000).trim();
        MimePropertyBag bag = MimePropertyBag.create();
        bag.put(header("X-Ascii"), MapiType.PtypString, ascii);
        bag.put(header("X-Non-Ascii"), MapiType.PtypString, nonAscii);
        MimePropertyBag back;
        try {
            back = MimePropertyBag.parse(new ByteArrayInputStream(bag.toBytes()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(ascii, back.get(header("X-Ascii")));
        assertEquals(nonAscii, back.get(header("X-Non-Ascii")));
        assertEquals(2, back.decodes);
    }

    @Test
    void undecodableBytesAreAProblemNamingTheHeader() throws IOException {
        byte[] head = "X-Bin: a".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "b\r\nX-Q: =?utf-8?Q?=FF?=\r\nX-Ok: ok\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] raw = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, raw, 0, head.length);
        raw[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, raw, head.length + 1, tail.length);
        MimePropertyBag bag = MimePropertyBag.parse(new ByteArrayInputStream(raw));
        assertTrue(bag.problems().stream().anyMatch(p -> p.kind() == ReadProblem.Kind.UNDECODABLE_TEXT
                && p.subject().equals("X-Bin") && header("X-Bin").equals(p.property())), bag.problems()::toString);
        assertTrue(bag.problems().stream().anyMatch(p -> p.kind() == ReadProblem.Kind.UNDECODABLE_TEXT
                && p.subject().equals("X-Q")), bag.problems()::toString);
        assertTrue(bag.problems().stream().noneMatch(p -> p.subject().equals("X-Ok")), bag.problems()::toString);
    }
}
