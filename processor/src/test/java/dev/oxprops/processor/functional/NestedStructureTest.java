package dev.oxprops.processor.functional;

import static dev.oxprops.processor.functional.StructureCodecTest.bytes;
import static dev.oxprops.processor.functional.StructureCodecTest.problemsOf;
import static dev.oxprops.processor.functional.StructureCodecTest.refused;
import static dev.oxprops.processor.functional.StructureCodecTest.specs;
import static dev.oxprops.processor.functional.StructureCodecTest.texts;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The codec generated for {@code structures/Envelope.java}: fields present by version ({@code atLeast}), by a bit
 * ({@code anyBits}), by value ({@code values}) and while bytes remain; arrays of integers and of nested structures
 * whose parameters come from the envelope (an unsigned 32-bit stamp into a long) or from the element at the same index
 * of an earlier array; a nested structure. Problems and refusals carry the nested path.
 */
class NestedStructureTest {
    /** Version 2, flags 5 (bit 4: the GUID; bit 1: the entries' extras; not 1 or 3: no FILETIME), two elements each. */
    static final String V2 = "0200 05 000000F0 0700 33221100554477668899AABBCCDDEEFF 02 0209 0308 0201FFFF 0403 01 04030201";
    /** Version 1, flags 3 (a FILETIME, no GUID), one element, no end. */
    static final String V1 = "0100 03 01000000 00803ED5DEB19D01 01 0107 0500 01";
    static final long STAMP = 0xF0000000L;
    static final UUID ID = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    static final LocalDateTime END = LocalDateTime.of(1601, 1, 1, 0, 0).plusMinutes(0x01020304);

    private static Object decode(CompiledSpecs specs, byte[] b) {
        return specs.callStatic("structures.EnvelopeRecord", "decode", (Object) b);
    }

    private static Object entry(CompiledSpecs specs, int flags, long stamp, int kind, Integer extra) {
        return specs.construct("structures.EntryRecord", flags, stamp, kind, extra);
    }

    private static Object detail(CompiledSpecs specs, int kind, Integer more) {
        return specs.construct("structures.DetailRecord", kind, more);
    }

    private static Object header(CompiledSpecs specs, int major) {
        return specs.construct("structures.HeaderRecord", major);
    }

    /** The envelope of {@link #V2}, with the parts a test changes. */
    private static Map<String, Object> v2(CompiledSpecs specs) {
        Map<String, Object> v = new HashMap<>(Map.of("version", 2, "flags", 5, "stamp", (int) STAMP, "since2", 7, "id", ID,
                "count", 2, "codes", List.of(0x0102, 0xFFFF), "header", header(specs, 1), "end", END));
        v.put("entries", List.of(entry(specs, 5, STAMP, 2, 9), entry(specs, 5, STAMP, 3, 8)));
        v.put("details", List.of(detail(specs, 2, 0x0304), detail(specs, 3, null)));
        return v;
    }

    private static Object build(CompiledSpecs specs, Map<String, Object> v) {
        return specs.construct("structures.EnvelopeRecord", v.get("version"), v.get("flags"), v.get("stamp"), v.get("since2"),
                v.get("id"), v.get("when"), v.get("count"), v.get("entries"), v.get("codes"), v.get("details"), v.get("header"),
                v.get("end"));
    }

    @Test
    void fieldsPresentByVersionBitsAndRemainingBytesRoundTrip() {
        CompiledSpecs specs = specs();
        Object e = decode(specs, bytes(V2));
        assertEquals(Arrays.asList(2, 5, (int) STAMP, 7, ID, null, 2, List.of(0x0102, 0xFFFF), END),
                Arrays.asList(call(e, "version"), call(e, "flags"), call(e, "stamp"), call(e, "since2"), call(e, "id"),
                        call(e, "when"), call(e, "count"), call(e, "codes"), call(e, "end")));
        assertEquals(List.of(entry(specs, 5, STAMP, 2, 9), entry(specs, 5, STAMP, 3, 8)), call(e, "entries"));
        assertEquals(List.of(detail(specs, 2, 0x0304), detail(specs, 3, null)), call(e, "details"));
        assertEquals(header(specs, 1), call(e, "header"));
        assertArrayEquals(bytes(V2), (byte[]) call(e, "toBytes"));
        assertEquals(List.of(), call(e, "problems"));
        assertEquals(e, build(specs, v2(specs)));
        assertArrayEquals(bytes(V2), (byte[]) call(build(specs, v2(specs)), "toBytes"));
    }

    @Test
    void fieldsPresentByValueRoundTripAndTheOthersAreAbsent() {
        CompiledSpecs specs = specs();
        Object e = decode(specs, bytes(V1));
        assertEquals(Arrays.asList(1, 3, 1, null, null, Instant.EPOCH, 1, List.of(5), null),
                Arrays.asList(call(e, "version"), call(e, "flags"), call(e, "stamp"), call(e, "since2"), call(e, "id"),
                        call(e, "when"), call(e, "count"), call(e, "codes"), call(e, "end")));
        assertEquals(List.of(entry(specs, 3, 1L, 1, 7)), call(e, "entries"));
        assertEquals(List.of(detail(specs, 1, null)), call(e, "details"));
        assertArrayEquals(bytes(V1), (byte[]) call(e, "toBytes"));
        assertEquals(List.of(), call(e, "problems"));
    }

    @Test
    void malformedBytesFailNamingTheNestedPathFieldAndOffset() {
        CompiledSpecs specs = specs();
        byte[] v2 = bytes(V2);
        assertEquals("Envelope.Entries[1] field Extra at offset 29: truncated: needs 1 bytes, 0 left (the value is 29 bytes long)",
                refused(() -> decode(specs, Arrays.copyOf(v2, 29))).getMessage());
        assertEquals("Envelope field End at offset 37: truncated: needs 4 bytes, 2 left (the value is 39 bytes long)",
                refused(() -> decode(specs, Arrays.copyOf(v2, 39))).getMessage());
        assertEquals("Envelope at offset 41: 1 bytes after the last field (the value is 42 bytes long)",
                refused(() -> decode(specs, Arrays.copyOf(v2, 42))).getMessage());
        byte[] oldVersion = bytes(V2);
        oldVersion[0] = 1;
        assertEquals("Envelope field Entries at offset 24: claims 238 elements of at least 1 bytes, but only 17 bytes are left",
                refused(() -> decode(specs, oldVersion)).getMessage());
        ByteArrayOutputStream nine = new ByteArrayOutputStream();
        nine.write(v2, 0, 25);
        nine.write(9);
        for (int i = 0; i < 9; i++) {
            nine.write(1);
            nine.write(0);
        }
        nine.write(new byte[17], 0, 17);
        assertEquals("Envelope field Codes at offset 44: claims 9 elements of at least 2 bytes, but only 17 bytes are left",
                refused(() -> decode(specs, nine.toByteArray())).getMessage());
    }

    @Test
    void aValueItsFieldsContradictIsRefusedWhenEncoding() {
        CompiledSpecs specs = specs();
        Map<String, Object> count = v2(specs);
        count.put("count", 3);
        assertEquals("Envelope field Count at offset 26: is 3, but Entries has 2", encodeFails(specs, count));
        Map<String, Object> old = v2(specs);
        old.put("version", 1);
        assertEquals("Envelope field Since2 at offset 7: is present, but its condition does not hold", encodeFails(specs, old));
        Map<String, Object> missing = v2(specs);
        missing.put("since2", null);
        assertEquals("Envelope field Since2 at offset 7: is absent, but its condition holds", encodeFails(specs, missing));
        Map<String, Object> flags = v2(specs);
        flags.put("entries", List.of(entry(specs, 4, STAMP, 2, 9), entry(specs, 5, STAMP, 3, 8)));
        assertEquals("Envelope.Entries[0] field Flags at offset 26: is 4, but flags is 5", encodeFails(specs, flags));
        Map<String, Object> stamp = v2(specs);
        stamp.put("entries", List.of(entry(specs, 5, STAMP, 2, 9), entry(specs, 5, STAMP - (1L << 32), 3, 8)));
        assertEquals("Envelope.Entries[1] field Stamp at offset 28: is -268435456, but stamp is 4026531840",
                encodeFails(specs, stamp));
        Map<String, Object> kind = v2(specs);
        kind.put("details", List.of(detail(specs, 3, null), detail(specs, 3, null)));
        assertEquals("Envelope.Details[0] field Kind at offset 34: is 3, but entries.kind is 2", encodeFails(specs, kind));
        Map<String, Object> more = v2(specs);
        more.put("details", List.of(detail(specs, 2, 0x0304), detail(specs, 3, 1)));
        assertEquals("Envelope.Details[1] field More at offset 36: is present, but its condition does not hold",
                encodeFails(specs, more));
    }

    private static String encodeFails(CompiledSpecs specs, Map<String, Object> v) {
        Object value = build(specs, v);
        return refused(() -> call(value, "toBytes")).getMessage();
    }

    @Test
    void theChecksOfNestedStructuresCarryTheirPath() {
        CompiledSpecs specs = specs();
        Map<String, Object> v = v2(specs);
        v.put("version", 1);
        v.put("entries", List.of(entry(specs, 4, STAMP, 2, 9), entry(specs, 5, STAMP - (1L << 32), 3, 8)));
        v.put("details", List.of(detail(specs, 2, null), detail(specs, 2, null)));
        v.put("header", header(specs, 2));
        v.put("count", 3);
        assertEquals(List.of("Since2: is present, but its condition does not hold", "Count: is 3, but Entries has 2",
                "Entries[0].Flags: is 4, but flags is 5", "Entries[0].Extra: is present, but its condition does not hold",
                "Entries[1].Stamp: is -268435456, but stamp is 4026531840", "Count: is 3, but Codes has 2",
                "Count: is 3, but Details has 2", "Details[0].More: is absent, but its condition holds",
                "Details[1].Kind: is 2, but entries.kind is 3",
                "Details[1].More: is absent, but its condition holds", "Header.Major: is 0x2, must be 0x1"),
                texts(problemsOf(specs, "structures.EnvelopeRecord", build(specs, v))));
    }

    @Test
    void aValueBuiltByHandIsCheckedAndEncodedThroughItsInterface() {
        CompiledSpecs specs = specs();
        assertArrayEquals(bytes(V2), (byte[]) specs.callStatic("structures.EnvelopeRecord", "encode",
                specs.implement("structures.Envelope", v2(specs))));
        Map<String, Object> v = v2(specs);
        v.put("header", null);
        v.put("codes", null);
        Object value = specs.implement("structures.Envelope", v);
        assertEquals(List.of("Codes: is null", "Header: is null"), texts(problemsOf(specs, "structures.EnvelopeRecord", value)));
        assertEquals("Envelope field Codes at offset 30: is null",
                refused(() -> specs.callStatic("structures.EnvelopeRecord", "encode", value)).getMessage());
        Map<String, Object> noEnd = v2(specs);
        noEnd.put("end", null);
        byte[] cut = (byte[]) specs.callStatic("structures.EnvelopeRecord", "encode", specs.implement("structures.Envelope", noEnd));
        assertArrayEquals(Arrays.copyOf(bytes(V2), 37), cut);
        assertNull(call(decode(specs, cut), "end"));
    }

    private static Object call(Object target, String method, Object... args) {
        return CompiledSpecs.call(target, method, args);
    }
}
