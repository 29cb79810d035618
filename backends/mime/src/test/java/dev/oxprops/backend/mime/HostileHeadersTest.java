package dev.oxprops.backend.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bad input: the bag keeps what it can, names the rest, and never throws from a read. */
class HostileHeadersTest {

    static PropertyId header(String name) {
        return PropertyId.name(PropertyId.PS_INTERNET_HEADERS, name);
    }

    static MimePropertyBag parse(String eml) throws IOException {
        return MimePropertyBag.parse(new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ReadProblem> of(MimePropertyBag bag, ReadProblem.Kind kind) {
        return bag.problems().stream().filter(p -> p.kind() == kind).collect(Collectors.toList());
    }

    @Test
    void garbageLinesAreSkippedAndReportedValidHeadersStillRead() throws IOException {
        MimePropertyBag bag = parse(" leading continuation\r\nno colon line here\r\nX-Sharing-Flavor: 310\r\n"
                + ": empty name\r\nX-Sharing-Remote-Type: IPF.Appointment \r\n\r\n");
        assertEquals("310", bag.get(header("x-sharing-flavor")));
        assertEquals("IPF.Appointment", bag.get(header("X-Sharing-Remote-Type")));
        assertEquals(2, bag.size(), "only the valid headers are properties");
        List<ReadProblem> garbage = of(bag, ReadProblem.Kind.MALFORMED_STRUCTURE);
        assertEquals(3, garbage.size(), bag.problems().toString());
        assertEquals("no colon line here", garbage.get(1).subject());
        assertEquals("", garbage.get(2).subject());
    }

    @Test
    void malformedEncodedWordsAreKeptRawAndReported() throws IOException {
        MimePropertyBag bag = parse("X-Unknown-Charset: =?no-such-charset?Q?abc?=\r\n"
                + "X-Bad-Q: =?utf-8?Q?=ZZ?=\r\n"
                + "X-Bad-B: =?utf-8?B?@@@?=\r\n"
                + "X-Bad-Encoding: =?utf-8?X?abc?=\r\n"
                + "X-Mixed: =?utf-8?Q?caf=C3=A9?= =?no-such-charset?Q?abc?= =?utf-8?Q?ok?=\r\n"
                + "X-Unclosed: =?utf-8?Q?abc\r\n"
                + "X-Good-Pair: =?utf-8?Q?Jane?=   =?iso-8859-1?Q?=B4s?=\r\n\r\n");
        assertEquals("=?no-such-charset?Q?abc?=", bag.get(header("X-Unknown-Charset")));
        assertEquals("=?utf-8?Q?=ZZ?=", bag.get(header("X-Bad-Q")));
        assertEquals("=?utf-8?B?@@@?=", bag.get(header("X-Bad-B")));
        assertEquals("=?utf-8?X?abc?=", bag.get(header("X-Bad-Encoding")));
        assertEquals("caf\u00E9 =?no-such-charset?Q?abc?= ok", bag.get(header("X-Mixed")));
        assertEquals("=?utf-8?Q?abc", bag.get(header("X-Unclosed")));
        assertEquals("Jane\u00B4s", bag.get(header("X-Good-Pair")), "blanks between encoded words are dropped");
        List<ReadProblem> bad = of(bag, ReadProblem.Kind.MALFORMED_VALUE);
        assertEquals(List.of("X-Unknown-Charset", "X-Bad-Q", "X-Bad-B", "X-Bad-Encoding", "X-Mixed"),
                bad.stream().map(ReadProblem::subject).collect(Collectors.toList()));
        assertTrue(bad.get(0).message().contains("no-such-charset"), bad.get(0).message());
        assertTrue(bad.get(2).message().contains("base64"), bad.get(2).message());
        assertTrue(bad.get(3).message().contains("unknown encoding"), bad.get(3).message());
    }

    @Test
    void repeatedHeaderReadsTheFirstAndIsReported() throws IOException {
        MimePropertyBag bag = parse("X-Sharing-Flavor: 310\r\nx-sharing-flavor: 20310\r\n\r\n");
        assertEquals("310", bag.get(header("X-Sharing-Flavor")));
        List<ReadProblem> repeated = of(bag, ReadProblem.Kind.DUPLICATE);
        assertEquals(1, repeated.size());
        assertTrue(repeated.get(0).message().contains("2 times"));
    }

    @Test
    void rawUtf8AndInvalidBytesInHeadersDoNotThrow() throws IOException {
        byte[] raw = concat("X-Utf8: Gr\u00FC\u00DFe\r\nX-Bin: ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, (byte) 0xC3}, "\r\nX-After: ok\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        MimePropertyBag bag = MimePropertyBag.parse(new ByteArrayInputStream(raw));
        assertEquals("Gr\u00FC\u00DFe", bag.get(header("X-Utf8")));
        assertEquals("ok", bag.get(header("X-After")));
        Object bin = bag.get(header("X-Bin"));
        assertTrue(bin instanceof String);
    }

    @Test
    void randomBytesNeverCrashTheReader() {
        Random random = new Random(20240611L);
        String alphabet = "X-Ab: =?utf-8?Q?B?=\r\n\t :;\u00E9\u0000";
        for (int round = 0; round < 500; round++) {
            byte[] bytes;
            if (round % 2 == 0) {
                bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
            } else {
                StringBuilder b = new StringBuilder();
                int n = random.nextInt(200);
                for (int i = 0; i < n; i++) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            }
            try {
                MimePropertyBag bag = MimePropertyBag.parse(new ByteArrayInputStream(bytes));
                bag.forEach((id, type, value) -> {
                    assertTrue(value instanceof String);
                    assertEquals(value, bag.get(id));
                });
                bag.problems();
                bag.get(header("X-Ab"));
            } catch (MimeFormatException | IOException expected) {
                // a typed refusal is an acceptable outcome for input that is not a message
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}
