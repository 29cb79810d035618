package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.codec.ValueCodec;
import dev.oxprops.runtime.structure.MalformedStructureException;
import dev.oxprops.runtime.structure.StructureCodec;
import dev.oxprops.runtime.structure.StructureProblem;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The codecs generated for flat {@code @Structure}s ({@code structures/Numbers.java}, {@code structures/Texts.java}):
 * every integer width, sign and byte order, constants and expected values, every string and byte-block length. Values
 * are decoded from and encoded to bytes computed by hand; malformed bytes fail naming the field and its offset.
 */
class StructureCodecTest {
    /** magic, be16, u24, cbValue, s32, sbe16, u48, u64 (big-endian), version, marker. */
    static final String NUMBERS = "5A 1234 EFCDAB 010000F0 FEFFFFFF FFFD BC9A78563412 8000000000000001 0430 FEFFFFFF";
    /** signature, name (3: "Zoë"), wide (3 - 1: "hi"), label (4 bytes: "ok"), z8, fixed8, fixed16, 4, blob (4 - 2), reserved, tail. */
    static final String TEXTS = "DEADBEEF 03 5A6FEB 0300 68006900 0400 6F006B000000 7800 61620000 630000000000 04 0400 0102 0000 0908";

    /** Compiled inside each test, so that mutation testing credits these tests (see {@link Toys}). */
    static CompiledSpecs specs() {
        return CompiledSpecs.compileClean(CompiledSpecs.resources("structures/Numbers.java", "structures/Texts.java",
                "structures/Envelope.java", "structures/Entry.java", "structures/Detail.java", "structures/Header.java",
                "structures/Wide.java"));
    }

    static byte[] bytes(String hex) {
        return Hex.parseBytes(hex.replace(" ", ""));
    }

    static MalformedStructureException refused(Runnable r) {
        return assertThrows(MalformedStructureException.class, r::run);
    }

    @SuppressWarnings("unchecked")
    static List<StructureProblem> problems(Object record) {
        return (List<StructureProblem>) CompiledSpecs.call(record, "problems");
    }

    static List<String> texts(List<StructureProblem> problems) {
        return problems.stream().map(StructureProblem::toString).toList();
    }

    @Test
    void integersOfEveryWidthSignAndByteOrderRoundTrip() {
        CompiledSpecs specs = specs();
        Object n = specs.callStatic("structures.NumbersRecord", "decode", (Object) bytes(NUMBERS));
        List<Object> got = Arrays.asList(call(n, "magic"), call(n, "be16"), call(n, "u24"), call(n, "u32"), call(n, "s32"),
                call(n, "sbe16"), call(n, "u48"), call(n, "u64"), call(n, "version"), call(n, "marker"));
        assertEquals(List.of(0x5A, 0x1234, 0xABCDEF, 0xF0000001, -2, -3, 0x123456789ABCL, 0x8000000000000001L, 0x3004, -2), got);
        assertArrayEquals(bytes(NUMBERS), (byte[]) call(n, "toBytes"));
        assertEquals(List.of(), problems(n));

        Object built = specs.construct("structures.NumbersRecord", 0x1234, 0xABCDEF, 0xF0000001, -2, -3, 0x123456789ABCL,
                0x8000000000000001L, 0x3004);
        assertEquals(n, built);
        assertArrayEquals(bytes(NUMBERS), (byte[]) call(built, "toBytes"));
    }

    @Test
    void anUnexpectedValueIsAProblemAndIsKept() {
        byte[] b = bytes(NUMBERS);
        b[30] = 0x05;
        Object n = specs().callStatic("structures.NumbersRecord", "decode", (Object) b);
        assertEquals(List.of("Version: is 0x3005, must be 0x3004"), texts(problems(n)));
        assertArrayEquals(b, (byte[]) call(n, "toBytes"));
    }

    @Test
    void aConstantThatDiffersIsRefusedWithItsFieldAndOffset() {
        CompiledSpecs specs = specs();
        byte[] magic = bytes(NUMBERS);
        magic[0] = 0x5B;
        assertEquals("NumberBlock field Magic at offset 0: must be 0x5A, is 0x5B",
                refused(() -> specs.callStatic("structures.NumbersRecord", "decode", (Object) magic)).getMessage());
        byte[] marker = bytes(NUMBERS);
        marker[32] = (byte) 0xFF;
        MalformedStructureException e = refused(() -> specs.callStatic("structures.NumbersRecord", "decode", (Object) marker));
        assertEquals(List.of("NumberBlock", "Marker", 32), List.of(e.structure(), e.field(), e.offset()));
        assertEquals("NumberBlock field Marker at offset 32: must be 0xFFFFFFFE, is 0xFFFFFFFF", e.getMessage());
    }

    @Test
    void truncatedAndOversizedBytesAreRefused() {
        CompiledSpecs specs = specs();
        byte[] all = bytes(NUMBERS);
        assertEquals("NumberBlock field Marker at offset 32: truncated: needs 4 bytes, 3 left (the value is 35 bytes long)",
                refused(() -> specs.callStatic("structures.NumbersRecord", "decode", (Object) Arrays.copyOf(all, 35))).getMessage());
        assertEquals("NumberBlock field cbValue at offset 6: truncated: needs 4 bytes, 1 left (the value is 7 bytes long)",
                refused(() -> specs.callStatic("structures.NumbersRecord", "decode", (Object) Arrays.copyOf(all, 7))).getMessage());
        assertEquals("NumberBlock at offset 36: 1 bytes after the last field (the value is 37 bytes long)",
                refused(() -> specs.callStatic("structures.NumbersRecord", "decode", (Object) Arrays.copyOf(all, 37))).getMessage());
    }

    @Test
    void aValueThatDoesNotFitItsBitsIsRefusedWhenEncoding() {
        CompiledSpecs specs = specs();
        Object wide = specs.construct("structures.NumbersRecord", 0x1234, 0x1000000, 1, 1, 1, 1L, 1L, 0x3004);
        assertEquals("NumberBlock field U24 at offset 3: 16777216 does not fit in 24 unsigned bits",
                refused(() -> call(wide, "toBytes")).getMessage());
        Object negative = specs.construct("structures.NumbersRecord", 0x1234, 1, 1, 1, -40000, 1L, 1L, 0x3004);
        assertEquals("NumberBlock field Sbe16 at offset 14: -40000 does not fit in 16 signed bits",
                refused(() -> call(negative, "toBytes")).getMessage());
    }

    @Test
    void theCodecsNameTheStructureAndKeepNull() {
        CompiledSpecs specs = specs();
        @SuppressWarnings("unchecked")
        StructureCodec<Object> codec = (StructureCodec<Object>) specs.staticField("structures.NumbersCodec", "INSTANCE");
        assertEquals(List.of("NumberBlock", "7.1"), List.of(codec.structureName(), codec.section()));
        assertNull(codec.decode(null));
        Object n = codec.decode(bytes(NUMBERS));
        assertEquals(0x1234, call(n, "be16"));
        assertArrayEquals(bytes(NUMBERS), codec.encode(n));
        assertNull(codec.encode(null));
        assertEquals(List.of(), codec.problems(n));

        @SuppressWarnings("unchecked")
        ValueCodec<Object, String> hex = (ValueCodec<Object, String>) specs.staticField("structures.NumbersHexCodec", "INSTANCE");
        assertEquals(NUMBERS.replace(" ", ""), hex.encode(n));
        assertEquals(n, hex.decode("  " + NUMBERS.replace(" ", "").toLowerCase(java.util.Locale.ROOT) + "\n"));
        assertNull(hex.encode(null));
        assertNull(hex.decode(null));
        assertEquals(List.of("TextBlock", "7.2"), List.of(specs.staticField("structures.TextsRecord", "STRUCTURE"),
                specs.staticField("structures.TextsRecord", "SECTION")));
        assertFalse(specs.compilation().generatedSourceFile("structures.TextsHexCodec").isPresent());
        assertFalse(specs.compilation().generatedSourceFile("structures.EntryCodec").isPresent());
    }

    @Test
    void theGeneratedClassesSayWhatTheyAreAndWhoMadeThem() {
        CompiledSpecs specs = specs();
        String generated = "@Generated(\"dev.oxprops.processor.OxPropsProcessor\")";
        for (String file : List.of("NumbersRecord", "NumbersCodec", "NumbersHexCodec", "EntryRecord")) {
            assertTrue(specs.generatedSource("structures/" + file + ".java").contains(generated), file);
        }
        assertTrue(specs.generatedSource("structures/NumbersRecord.java").contains(" * The NumberBlock (7.1) structure as a value"));
        assertTrue(specs.generatedSource("structures/NumbersCodec.java").contains(" * The NumberBlock (7.1) structure held as its bytes"));
        assertTrue(specs.generatedSource("structures/NumbersHexCodec.java").contains(" * The NumberBlock (7.1) structure held as the hex"));
        assertTrue(specs.generatedSource("structures/HeaderRecord.java").contains(" * The Hdr structure as a value"));
    }

    @Test
    void stringsAndBlocksOfEveryLengthRoundTrip() {
        CompiledSpecs specs = specs();
        Object t = specs.callStatic("structures.TextsRecord", "decode", (Object) bytes(TEXTS));
        assertArrayEquals(bytes("DEADBEEF"), (byte[]) call(t, "signature"));
        assertEquals(List.of(3, "Zo\u00EB", 3, "hi", 4, "ok", "x", "ab", "c", 4, 4), List.of(call(t, "nameLength"), call(t, "name"),
                call(t, "wideChars"), call(t, "wide"), call(t, "labelBytes"), call(t, "label"), call(t, "z8"), call(t, "fixed8"),
                call(t, "fixed16"), call(t, "nameLengthPlusOne"), call(t, "blobSize")));
        assertArrayEquals(bytes("0102"), (byte[]) call(t, "blob"));
        assertArrayEquals(bytes("0000"), (byte[]) call(t, "reserved"));
        assertArrayEquals(bytes("0908"), (byte[]) call(t, "tail"));
        assertArrayEquals(bytes(TEXTS), (byte[]) call(t, "toBytes"));
        assertEquals(List.of(), problems(t));

        Object same = specs.callStatic("structures.TextsRecord", "decode", (Object) bytes(TEXTS));
        assertEquals(t, same);
        assertEquals(t.hashCode(), same.hashCode());
        assertEquals("TextsRecord[nameLength=3, name=Zo\u00EB, wideChars=3, wide=hi, labelBytes=4, label=ok, z8=x, fixed8=ab, "
                + "fixed16=c, nameLengthPlusOne=4, blobSize=4, blob=0102, reserved=0000, tail=0908]", t.toString());
        byte[] otherTail = bytes(TEXTS);
        otherTail[42] = 0x07;
        Object other = specs.callStatic("structures.TextsRecord", "decode", (Object) otherTail);
        assertNotEquals(t, other);
        assertNotEquals(t.hashCode(), other.hashCode());
        assertNotEquals(t, "TextsRecord");
        ((byte[]) call(t, "blob"))[0] = 0x7F;
        ((byte[]) call(t, "signature"))[0] = 0x7F;
        assertArrayEquals(bytes(TEXTS), (byte[]) call(t, "toBytes"));
    }

    @Test
    void malformedStringsAndBlocksAreRefusedWithTheirFieldAndOffset() {
        CompiledSpecs specs = specs();
        assertEquals("TextBlock field Signature at offset 0: must be DEADBEEF, is DEADBEEE",
                refused(() -> decodeTexts(specs, 3, (byte) 0xEE)).getMessage());
        assertEquals("TextBlock field Wide at offset 10: claims 254 elements of at least 2 bytes, but only 33 bytes are left",
                refused(() -> decodeTexts(specs, 8, (byte) 0xFF)).getMessage());
        assertEquals("TextBlock field Blob at offset 37: the count 1 - 2 is negative",
                refused(() -> decodeTexts(specs, 35, (byte) 0x01)).getMessage());
        assertEquals("TextBlock field Blob at offset 37: claims 258 elements of at least 1 bytes, but only 6 bytes are left",
                refused(() -> decodeTexts(specs, 36, (byte) 0x01)).getMessage());
        assertEquals("TextBlock field Fixed8 at offset 24: the padding after the string must be zero bytes; byte 3 is 0x01",
                refused(() -> decodeTexts(specs, 27, (byte) 0x01)).getMessage());
        assertEquals("TextBlock field Fixed16 at offset 28: the padding after the string must be zero bytes; byte 5 is 0x01",
                refused(() -> decodeTexts(specs, 33, (byte) 0x01)).getMessage());
        assertEquals("TextBlock field Name at offset 5: claims 90 elements of at least 1 bytes, but only 38 bytes are left",
                refused(() -> decodeTexts(specs, 4, (byte) 0x5A)).getMessage());
    }

    private static Object decodeTexts(CompiledSpecs specs, int at, byte value) {
        byte[] b = bytes(TEXTS);
        b[at] = value;
        return specs.callStatic("structures.TextsRecord", "decode", (Object) b);
    }

    private static Map<String, Object> textValues() {
        Map<String, Object> v = new HashMap<>(Map.of("nameLength", 3, "name", "Zo\u00EB", "wideChars", 3, "wide", "hi",
                "labelBytes", 4, "label", "ok", "z8", "x", "fixed8", "ab", "fixed16", "c", "nameLengthPlusOne", 4));
        v.putAll(Map.of("blobSize", 4, "blob", bytes("0102"), "reserved", bytes("0000"), "tail", bytes("0908")));
        return v;
    }

    @Test
    void aValueBuiltByHandIsEncodedAsDeclared() {
        CompiledSpecs specs = specs();
        Object value = specs.implement("structures.Texts", textValues());
        assertArrayEquals(bytes(TEXTS), (byte[]) specs.callStatic("structures.TextsRecord", "encode", value));
        assertEquals(List.of(), specs.callStatic("structures.TextsRecord", "problemsOf", value));
    }

    @Test
    void lengthsAndExpectedBytesThatContradictTheValueAreProblems() {
        CompiledSpecs specs = specs();
        Map<String, Object> v = textValues();
        v.putAll(Map.of("nameLength", 2, "wideChars", 2, "labelBytes", 5, "nameLengthPlusOne", 3, "blobSize", 3,
                "reserved", bytes("0100")));
        Object value = specs.implement("structures.Texts", v);
        assertEquals(List.of("NameLength: is 2, but Name has 3", "WideChars: is 2, but Wide has 2 (adjust -1)",
                "LabelBytes: is 5, but Label has length 4", "NameLengthPlusOne: is 3, but Name has length 3 (so it must be 4)",
                "BlobSize: is 3, but Blob has 2 (adjust -2)", "Reserved: is 0100, must be 0000"),
                texts(problemsOf(specs, "structures.TextsRecord", value)));
        assertEquals("TextBlock field NameLength at offset 5: is 2, but Name has 3",
                refused(() -> specs.callStatic("structures.TextsRecord", "encode", value)).getMessage());
    }

    @Test
    void missingFieldsAreProblemsAndAreRefusedWhenEncoding() {
        CompiledSpecs specs = specs();
        Map<String, Object> v = textValues();
        v.remove("name");
        v.remove("blob");
        Object value = specs.implement("structures.Texts", v);
        assertEquals(List.of("Name: is null", "Blob: is null"), texts(problemsOf(specs, "structures.TextsRecord", value)));
        assertEquals("TextBlock field Name at offset 5: is null",
                refused(() -> specs.callStatic("structures.TextsRecord", "encode", value)).getMessage());
        Map<String, Object> tooLong = textValues();
        tooLong.put("fixed8", "abcde");
        assertEquals("TextBlock field Fixed8 at offset 24: \"abcde\" does not fit in 4 bytes with zero padding",
                refused(() -> specs.callStatic("structures.TextsRecord", "encode", specs.implement("structures.Texts", tooLong)))
                        .getMessage());
        assertThrows(NullPointerException.class, () -> specs.construct("structures.TextsRecord", 3, null, 3, "hi", 4, "ok", "x",
                "ab", "c", 4, 4, bytes("0102"), bytes("0000"), bytes("0908")));
    }

    @Test
    void aSixtyFourBitConditionComparesUnsignedAndALongConstantKeepsItsValue() {
        CompiledSpecs specs = specs();
        byte[] huge = bytes("0000000000000080 07 78563412");
        Object w = specs.callStatic("structures.WideRecord", "decode", (Object) huge);
        assertEquals(Arrays.asList(0x8000000000000000L, 7, 0x12345678L), Arrays.asList(call(w, "size"), call(w, "big"), call(w, "tag")));
        assertArrayEquals(huge, (byte[]) call(w, "toBytes"));
        byte[] small = bytes("0100000000000000 78563412");
        Object s = specs.callStatic("structures.WideRecord", "decode", (Object) small);
        assertEquals(Arrays.asList(1L, null, 0x12345678L), Arrays.asList(call(s, "size"), call(s, "big"), call(s, "tag")));
        assertArrayEquals(small, (byte[]) call(s, "toBytes"));
        assertEquals(List.of(), problems(s));
    }

    @SuppressWarnings("unchecked")
    static List<StructureProblem> problemsOf(CompiledSpecs specs, String record, Object value) {
        return (List<StructureProblem>) specs.callStatic(record, "problemsOf", value);
    }

    private static Object call(Object target, String method, Object... args) {
        return CompiledSpecs.call(target, method, args);
    }
}
