package dev.oxprops.runtime.support.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.structure.MalformedStructureException;
import dev.oxprops.runtime.structure.StructureProblem;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The primitives generated structure codecs are made of, on bytes written out by hand. */
class StructReaderWriterTest {
    private static byte[] b(int... v) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) v[i];
        }
        return out;
    }

    @Test
    void integersInBothByteOrdersAndSigned() {
        StructReader r = new StructReader("S", b(0x01, 0x02, 0x03, 0x04, 0x01, 0x02, 0xFF, 0xFE, 0x80));
        assertEquals(0x0201, r.le("a", 2));
        assertEquals(2, r.position());
        assertEquals(0x0304, r.be("b", 2));
        assertEquals(0x0102, r.be("c", 2));
        assertEquals(-257, r.signed("d", 2, false));
        assertEquals(-128, r.signed("e", 1, true));
        assertFalse(r.hasRemaining());
        assertEquals(0, r.remaining());
        r.end();

        StructReader s = new StructReader("S", b(0xFF, 0xFE));
        assertEquals(-257, s.signed("x", 2, false));
        StructReader t = new StructReader("S", b(0xFF, 0xFE));
        assertEquals(-2, t.signed("x", 2, true));
        StructReader u = new StructReader("S", b(0x7F));
        assertEquals(127, u.signed("x", 1, false));

        StructWriter w = new StructWriter("S");
        w.le(0x0201, 2);
        w.be(0x0304, 2);
        w.integer("i", -2, 2, true, true);
        w.integer("j", 0xFFFF, 2, false, false);
        w.integer("k", -1, 8, true, false);
        assertArrayEquals(b(0x01, 0x02, 0x03, 0x04, 0xFF, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                0xFF), w.toBytes());
    }

    @Test
    void integersThatDoNotFitAreRefusedByField() {
        StructWriter w = new StructWriter("S");
        assertEquals("65536 does not fit in 16 unsigned bits",
                assertThrows(MalformedStructureException.class, () -> w.integer("n", 0x10000, 2, false, false))
                        .getMessage().replaceAll(".*: ", ""));
        assertThrows(MalformedStructureException.class, () -> w.integer("n", -1, 2, false, false));
        assertThrows(MalformedStructureException.class, () -> w.integer("n", 128, 1, true, false));
        assertThrows(MalformedStructureException.class, () -> w.integer("n", -129, 1, true, false));
        w.integer("n", 127, 1, true, false);
        w.integer("n", -128, 1, true, false);
        w.integer("n", 255, 1, false, false);
        assertArrayEquals(b(0x7F, 0x80, 0xFF), w.toBytes());
    }

    @Test
    void truncationAndTrailingBytesNameTheFieldAndOffset() {
        StructReader r = new StructReader("Outer", b(1, 2, 3));
        r.le("a", 1);
        MalformedStructureException e = assertThrows(MalformedStructureException.class, () -> r.le("b", 4));
        assertEquals("Outer", e.structure());
        assertEquals("b", e.field());
        assertEquals(1, e.offset());
        assertTrue(e.getMessage().contains("truncated: needs 4 bytes, 2 left (the value is 3 bytes long)"),
                e.getMessage());
        MalformedStructureException end = assertThrows(MalformedStructureException.class, r::end);
        assertTrue(end.getMessage().contains("2 bytes after the last field (the value is 3 bytes long)"),
                end.getMessage());
        assertThrows(MalformedStructureException.class, () -> new StructReader("S", null));
        assertThrows(MalformedStructureException.class, () -> new StructReader("S", b(1)).be("x", 2));
    }

    @Test
    void nestedStructuresArePartOfTheNamesAndTheTrace() {
        List<StructReader.Span> trace = new ArrayList<>();
        StructReader r = new StructReader("Top", b(1, 2, 3)).trace(trace);
        r.le("first", 1);
        String outer = r.enter("Inner", 2);
        r.le("second", 1);
        MalformedStructureException e = assertThrows(MalformedStructureException.class, () -> r.le("third", 2));
        assertEquals("Top.Inner[2]", e.structure());
        r.leave(outer);
        String outer2 = r.enter("Plain", -1);
        r.le("last", 1);
        r.leave(outer2);
        assertEquals(List.of(new StructReader.Span("Top", "first", 0, 1),
                new StructReader.Span("Top.Inner[2]", "second", 1, 1),
                new StructReader.Span("Top.Plain", "last", 2, 1)), trace);

        StructWriter w = new StructWriter("Top");
        String wo = w.enter("Inner", 0);
        MalformedStructureException we = assertThrows(MalformedStructureException.class, () -> w.nonNull("f", null));
        assertEquals("Top.Inner[0]", we.structure());
        w.leave(wo);
        assertEquals("Top", assertThrows(MalformedStructureException.class, () -> w.nonNull("f", null)).structure());
    }

    @Test
    void constantsAndCounts() {
        StructReader r = new StructReader("S", b(0x04, 0x30, 0xAA, 0xBB, 0x02, 9, 9, 9, 9));
        assertEquals(0x3004, r.constant("version", 2, false, 0x3004));
        r.constant("magic", b(0xAA, 0xBB));
        assertEquals(3, r.count("n", r.le("n", 1), 1, 1));
        assertEquals(4, r.count("m", 4, 0, 0));
        MalformedStructureException tooMany = assertThrows(MalformedStructureException.class,
                () -> r.count("m", 3, 0, 2));
        assertTrue(tooMany.getMessage().contains("claims 3 elements of at least 2 bytes, but only 4 bytes are left"),
                tooMany.getMessage());
        MalformedStructureException negative = assertThrows(MalformedStructureException.class,
                () -> r.count("m", 1, -2, 1));
        assertTrue(negative.getMessage().contains("the count 1 - 2 is negative"), negative.getMessage());
        assertTrue(assertThrows(MalformedStructureException.class, () -> r.count("m", -3, 2, 1)).getMessage()
                .contains("the count -3 + 2 is negative"));

        StructReader bad = new StructReader("S", b(0x05, 0x30, 0xAA, 0xBC));
        assertTrue(assertThrows(MalformedStructureException.class, () -> bad.constant("version", 2, false, 0x3004))
                .getMessage().contains("must be 0x3004, is 0x3005"));
        assertTrue(assertThrows(MalformedStructureException.class, () -> bad.constant("magic", b(0xAA, 0xBB)))
                .getMessage().contains("must be AABB, is AABC"));
        assertEquals(0x3004, new StructReader("S", b(0x30, 0x04)).constant("v", 2, true, 0x3004));
    }

    @Test
    void bytesAndTheRest() {
        StructReader r = new StructReader("S", b(1, 2, 3, 4));
        assertArrayEquals(b(1, 2), r.bytes("a", 2));
        assertArrayEquals(b(3, 4), r.rest("b"));
        assertArrayEquals(new byte[0], r.rest("c"));

        StructWriter w = new StructWriter("S");
        w.bytes("a", b(1, 2));
        w.bytes("b", b(3, 4, 5), 3);
        assertArrayEquals(b(1, 2, 3, 4, 5), w.toBytes());
        assertThrows(MalformedStructureException.class, () -> w.bytes("c", null));
        assertThrows(MalformedStructureException.class, () -> w.bytes("c", null, 2));
        assertTrue(assertThrows(MalformedStructureException.class, () -> w.bytes("c", b(1), 2)).getMessage()
                .contains("is 1 bytes, must be 2"));
        assertEquals("0102", StructWriter.hex(b(1, 2)));
        assertEquals("null", StructWriter.hex(null));
    }

    @Test
    void textsOfEveryKindRoundTrip() {
        StructWriter w = new StructWriter("S");
        w.text8("a", "h\u00e9", false);
        w.text16("b", "\u20ac", false);
        w.text8("c", "z", true);
        w.text16("d", "y", true);
        w.textFixed("e", "ab", 4, false);
        w.textFixed("f", "c", 4, true);
        byte[] bytes = w.toBytes();
        assertArrayEquals(b('h', 0xE9, 0xAC, 0x20, 'z', 0, 'y', 0, 0, 0, 'a', 'b', 0, 0, 'c', 0, 0, 0), bytes);

        StructReader r = new StructReader("S", bytes);
        assertEquals("h\u00e9", r.text8("a", 2));
        assertEquals("\u20ac", r.text16("b", 1));
        assertEquals("z", r.textZ("c", false));
        assertEquals("y", r.textZ("d", true));
        assertEquals("ab", r.textFixed("e", 4, false));
        assertEquals("c", r.textFixed("f", 4, true));
        r.end();

        assertEquals("", new StructReader("S", b(0, 0, 0, 0)).textFixed("x", 4, true));
        assertEquals("abcd", new StructReader("S", b('a', 'b', 'c', 'd')).textFixed("x", 4, false));
        assertEquals("ab", new StructReader("S", b('a', 0, 'b', 0)).textFixed("x", 4, true));
        assertEquals("\u0100", new StructReader("S", b(0x00, 0x01, 0, 0)).textZ("x", true));
    }

    @Test
    void malformedTextsAreRefused() {
        assertTrue(assertThrows(MalformedStructureException.class,
                () -> new StructReader("S", b('a', 'b')).textZ("x", false)).getMessage()
                .contains("no terminating zero byte in the 2 bytes left"));
        assertTrue(assertThrows(MalformedStructureException.class,
                () -> new StructReader("S", b('a', 0, 'b')).textZ("x", true)).getMessage()
                .contains("no terminating zero character"));
        assertTrue(assertThrows(MalformedStructureException.class,
                () -> new StructReader("S", b('a', 0, 7, 0)).textFixed("x", 4, false)).getMessage()
                .contains("byte 2 is 0x07"));
        assertThrows(MalformedStructureException.class,
                () -> new StructReader("S", b('a', 0, 0, 0, 1, 0)).textFixed("x", 6, true));

        assertTrue(assertThrows(MalformedStructureException.class, () -> new StructWriter("S").text8("x", "\u0100",
                false)).getMessage().contains("character U+0100 at index 0 cannot be written as a single byte"));
        assertTrue(assertThrows(MalformedStructureException.class, () -> new StructWriter("S").text8("x", "a\0", true))
                .getMessage().contains("U+0000 at index 1 cannot be written as a single byte of a zero-terminated"));
        assertThrows(MalformedStructureException.class, () -> new StructWriter("S").text16("x", "a\0", true));
        assertThrows(MalformedStructureException.class, () -> new StructWriter("S").textFixed("x", "abc", 2, false));
        assertThrows(MalformedStructureException.class, () -> new StructWriter("S").textFixed("x", "ab", 3, true));
        assertThrows(MalformedStructureException.class, () -> new StructWriter("S").textFixed("x", "a\0", 4, false));
        assertThrows(MalformedStructureException.class, () -> new StructWriter("S").text8("x", null, false));
        StructWriter w = new StructWriter("S");
        w.text8("x", "a\0", false);
        w.text16("x", "\0", false);
        w.textFixed("y", "ab", 4, true);
        w.textFixed("z", "ab", 2, false);
        assertArrayEquals(b('a', 0, 0, 0, 'a', 0, 'b', 0, 'a', 'b'), w.toBytes());
    }

    @Test
    void guidsAndTimes() {
        UUID g = UUID.fromString("00062040-0000-0000-c000-000000000046");
        Instant t = Instant.parse("2008-03-06T23:43:00Z");
        LocalDateTime m = LocalDateTime.of(2008, 3, 6, 23, 43);
        StructWriter w = new StructWriter("S");
        w.guid("g", g);
        w.fileTime("t", t);
        w.minutes("m", m);
        byte[] bytes = w.toBytes();
        assertEquals(28, bytes.length);
        assertArrayEquals(b(0x40, 0x20, 0x06, 0x00), java.util.Arrays.copyOf(bytes, 4));
        StructReader r = new StructReader("S", bytes);
        assertEquals(g, r.guid("g"));
        assertEquals(t, r.fileTime("t"));
        assertEquals(m, r.minutes("m"));
        r.end();
        assertEquals(StructReader.MINUTES_EPOCH, new StructReader("S", b(0, 0, 0, 0)).minutes("m"));

        assertThrows(MalformedStructureException.class, () -> w.minutes("m", m.plusSeconds(1)));
        assertThrows(MalformedStructureException.class, () -> w.minutes("m", StructReader.MINUTES_EPOCH.minusMinutes(1)));
        assertThrows(MalformedStructureException.class,
                () -> w.minutes("m", StructReader.MINUTES_EPOCH.plusMinutes(0x1_0000_0000L)));
        w.minutes("m", StructReader.MINUTES_EPOCH.plusMinutes(0xFFFF_FFFFL));
        assertThrows(MalformedStructureException.class, () -> w.fileTime("t", Instant.parse("1500-01-01T00:00:00Z")));
        assertThrows(MalformedStructureException.class, () -> w.guid("g", null));
        assertThrows(MalformedStructureException.class, () -> new StructReader("S", new byte[15]).guid("g"));
    }

    @Test
    void theWritersChecksOfWhatWasBuiltByHand() {
        StructWriter w = new StructWriter("S");
        w.checkArgument("p", 3, "outer.count", 3);
        assertTrue(assertThrows(MalformedStructureException.class, () -> w.checkArgument("p", 2, "outer.count", 3))
                .getMessage().contains("is 2, but outer.count is 3"));
        w.checkCount("n", 2, 1, "items", 3);
        assertTrue(assertThrows(MalformedStructureException.class, () -> w.checkCount("n", 2, 0, "items", 3))
                .getMessage().contains("is 2, but items has 3"));
        assertTrue(assertThrows(MalformedStructureException.class, () -> w.checkCount("n", 2, -1, "items", 3))
                .getMessage().contains("is 2 (adjust -1), but items has 3"));
        w.checkPresence("o", true, "x");
        w.checkPresence("o", false, null);
        assertTrue(assertThrows(MalformedStructureException.class, () -> w.checkPresence("o", true, null))
                .getMessage().contains("is absent, but its condition holds"));
        assertTrue(assertThrows(MalformedStructureException.class, () -> w.checkPresence("o", false, "x"))
                .getMessage().contains("is present, but its condition does not hold"));
        w.nonNull("f", "x");
        assertEquals(0, w.toBytes().length);
        // growth past the first buffer keeps every byte
        StructWriter big = new StructWriter("S");
        for (int i = 0; i < 1000; i++) {
            big.le(i, 2);
        }
        StructReader r = new StructReader("S", big.toBytes());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, r.le("i", 2));
        }
    }

    @Test
    void problemsAreCollectedWithTheirPaths() {
        Problems p = new Problems();
        p.expect("version", 0x3004, 0x3004);
        p.expect("version", 0x3005, 0x3004);
        p.expect("magic", b(0xAA), b(0xAA));
        p.expect("magic", null, b(0xAA));
        p.expect("magic", b(0xAB), b(0xAA));
        String outer = p.enter("items", 1);
        p.lengthOf("size", 5, "text", 4, 1);
        p.lengthOf("size", 6, "text", 4, 1);
        p.lengthOf("size", 3, "text", 4, 0);
        String inner = p.enter("Nested", -1);
        p.count("n", 2, 1, "list", 3);
        p.count("n", 2, 0, "list", 3);
        p.count("n", 2, 2, "list", 3);
        p.leave(inner);
        p.presence("o", true, "x");
        p.presence("o", false, null);
        p.presence("o", true, null);
        p.presence("o", false, "x");
        p.leave(outer);
        p.argument("a", 1, "b", 1);
        p.argument("a", 1, "b", 2);
        assertTrue(p.nonNull("f", "x"));
        assertFalse(p.nonNull("f", null));
        p.add("z", "free text");
        assertEquals(List.of(
                new StructureProblem("version", "is 0x3005, must be 0x3004"),
                new StructureProblem("magic", "is AB, must be AA"),
                new StructureProblem("items[1].size", "is 6, but text has length 4 (so it must be 5)"),
                new StructureProblem("items[1].size", "is 3, but text has length 4"),
                new StructureProblem("items[1].Nested.n", "is 2, but list has 3"),
                new StructureProblem("items[1].Nested.n", "is 2, but list has 3 (adjust 2)"),
                new StructureProblem("items[1].o", "is absent, but its condition holds"),
                new StructureProblem("items[1].o", "is present, but its condition does not hold"),
                new StructureProblem("a", "is 1, but b is 2"),
                new StructureProblem("f", "is null"),
                new StructureProblem("z", "free text")), p.list());
    }
}
