package dev.oxprops.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oxprops.annotations.MapiType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code fragments the writers share: literals of every type, stored types, hex, chunks, Javadoc escaping. */
class GenTest {
    private static String literal(MapiType type, String text) {
        return Gen.literal(type, text).toString();
    }

    @Test
    void literalsOfEveryTypeAreJavaExpressionsOfTheStoredClass() {
        assertEquals("(short) 0xFFFF", literal(MapiType.PtypInteger16, "0xFFFF"));
        assertEquals("(short) 0x0007", literal(MapiType.PtypInteger16, "7"));
        assertEquals("0x00020310", literal(MapiType.PtypInteger32, "0x20310"));
        assertEquals("0xFFFFFFFF", literal(MapiType.PtypErrorCode, "-1"));
        assertEquals("0x000000000000002AL", literal(MapiType.PtypInteger64, "42"));
        assertEquals("0xFFFFFFFFFFFFFFFFL", literal(MapiType.PtypCurrency, "-1"));
        assertEquals("true", literal(MapiType.PtypBoolean, "true"));
        assertEquals("1.5f", literal(MapiType.PtypFloating32, "1.5"));
        assertEquals("0.25d", literal(MapiType.PtypFloating64, "0.25"));
        assertEquals("2.0d", literal(MapiType.PtypFloatingTime, "2"));
        assertEquals("\"IPM.Note\"", literal(MapiType.PtypString, "IPM.Note"));
        assertEquals("\"a\\\"b\"", literal(MapiType.PtypString8, "a\"b"));
        assertEquals("dev.oxprops.runtime.Hex.parseBytes(\"AEF0\")", literal(MapiType.PtypBinary, "ae f0"));
        assertEquals("java.time.Instant.parse(\"2008-03-06T23:43:00Z\")", literal(MapiType.PtypTime, "2008-03-06T23:43:00Z"));
        assertEquals("java.util.UUID.fromString(\"00062040-0000-0000-c000-000000000046\")",
                literal(MapiType.PtypGuid, "{00062040-0000-0000-C000-000000000046}"));
        assertThrows(IllegalArgumentException.class, () -> Gen.literalOf(MapiType.PtypMultipleString, List.of()));
    }

    @Test
    void storedTypesAndClassLiterals() {
        assertEquals("java.lang.Integer", Gen.stored(MapiType.PtypInteger32).toString());
        assertEquals("byte[]", Gen.stored(MapiType.PtypBinary).toString());
        assertEquals("java.util.List<java.lang.String>", Gen.stored(MapiType.PtypMultipleString8).toString());
        assertEquals("java.util.List<byte[]>", Gen.stored(MapiType.PtypMultipleBinary).toString());
        assertEquals("java.util.List.class", Gen.storedClassLiteral(MapiType.PtypMultipleTime).toString());
        assertEquals("byte[].class", Gen.storedClassLiteral(MapiType.PtypServerId).toString());
        assertEquals("java.util.UUID.class", Gen.storedClassLiteral(MapiType.PtypGuid).toString());
    }

    @Test
    void hexAndChunks() {
        assertEquals("00FF10", Gen.hexOf(new byte[] {0, (byte) 0xFF, 0x10}));
        assertEquals("", Gen.hexOf(new byte[0]));
        assertEquals(List.of(List.of()), Gen.chunks(List.of()), "an empty spec still has one (empty) part");
        List<Integer> many = java.util.stream.IntStream.range(0, Gen.CHUNK + 1).boxed().toList();
        List<List<Integer>> parts = Gen.chunks(many);
        assertEquals(2, parts.size());
        assertEquals(Gen.CHUNK, parts.get(0).size());
        assertEquals(List.of(Gen.CHUNK), parts.get(1));
        assertEquals(1, Gen.chunks(many.subList(0, Gen.CHUNK)).size(), "exactly one chunk's worth is one part");
    }
}
