package dev.oxprops.runtime.support.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.structure.MalformedStructureException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The writer's primitives wherever they fall in its buffer (which starts small and grows), and their edges. */
class StructWriterEdgesTest {
    private static final UUID G = UUID.fromString("00062040-0000-0000-c000-000000000046");

    private record Case(String name, Consumer<StructWriter> write, String hex) {}

    private static final List<Case> CASES = List.of(
            new Case("le", w -> w.le(0x0102030405060708L, 8), "0807060504030201"),
            new Case("be", w -> w.be(0x0102030405060708L, 8), "0102030405060708"),
            new Case("bytes", w -> w.bytes("f", Hex.parseBytes("A1A2A3A4A5")), "A1A2A3A4A5"),
            new Case("text8", w -> w.text8("f", "abc", false), "616263"),
            new Case("text8 zero-terminated", w -> w.text8("f", "abc", true), "61626300"),
            new Case("text16", w -> w.text16("f", "ab", false), "61006200"),
            new Case("text16 zero-terminated", w -> w.text16("f", "ab", true), "610062000000"),
            new Case("textFixed", w -> w.textFixed("f", "ab", 6, false), "616200000000"),
            new Case("textFixed wide", w -> w.textFixed("f", "ab", 7, true), "61006200000000"),
            new Case("guid", w -> w.guid("f", G), "4020060000000000C000000000000046"),
            new Case("fileTime", w -> w.fileTime("f", Instant.parse("1601-01-01T00:00:00.0000001Z")), "0100000000000000"),
            new Case("minutes", w -> w.minutes("f", StructReader.MINUTES_EPOCH.plusMinutes(0x01020304)), "04030201"));

    @Test
    void everyPrimitiveWritesTheSameBytesWhereverTheBufferHasToGrow() {
        for (Case c : CASES) {
            byte[] expected = Hex.parseBytes(c.hex());
            for (int pad = 0; pad <= 140; pad++) {
                StructWriter w = new StructWriter("S");
                w.bytes("pad", new byte[pad]);
                c.write().accept(w);
                c.write().accept(w);
                byte[] out = w.toBytes();
                assertEquals(pad + 2 * expected.length, out.length, c.name() + " after " + pad);
                assertArrayEquals(expected, Arrays.copyOfRange(out, pad, pad + expected.length), c.name() + " after " + pad);
                assertArrayEquals(expected, Arrays.copyOfRange(out, pad + expected.length, out.length), c.name());
            }
        }
    }

    @Test
    void nullIsRefusedByFieldByEveryPrimitive() {
        List<Consumer<StructWriter>> nulls = List.of(w -> w.text8("f", null, true), w -> w.text16("f", null, true),
                w -> w.textFixed("f", null, 4, false), w -> w.guid("f", null), w -> w.fileTime("f", null),
                w -> w.minutes("f", null), w -> w.bytes("f", null));
        for (Consumer<StructWriter> write : nulls) {
            MalformedStructureException e = assertThrows(MalformedStructureException.class, () -> write.accept(new StructWriter("S")));
            assertEquals("S field f at offset 0: is null", e.getMessage());
        }
    }

    @Test
    void theEdgesOfWhatFits() {
        StructWriter w = new StructWriter("S");
        w.text8("a", "\u00ff", true);
        w.textFixed("b", "ab", 2, false);
        w.textFixed("c", "ab", 4, true);
        w.minutes("d", StructReader.MINUTES_EPOCH);
        assertArrayEquals(Hex.parseBytes("FF00" + "6162" + "61006200" + "00000000"), w.toBytes());
        assertThrows(MalformedStructureException.class, () -> new StructWriter("S").textFixed("b", "abc", 2, false));
        assertThrows(MalformedStructureException.class, () -> new StructWriter("S").textFixed("c", "abc", 5, true));
        assertThrows(MalformedStructureException.class,
                () -> new StructWriter("S").minutes("d", LocalDateTime.of(1600, 12, 31, 23, 59)));
    }
}
