package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HexTest {

    @Test
    void integersHaveNoLeadingZeros() {
        assertEquals("0", Hex.ofInt(0));
        assertEquals("10B", Hex.ofInt(0x0000010B));
        assertEquals("310", Hex.ofInt(0x310));
        assertEquals("20500", Hex.ofInt(0x00020500));
        assertEquals("40290", Hex.ofInt(0x00040290));
    }

    @Test
    void integersAreUnsignedOfTheirWidth() {
        assertEquals("FFFFFFFF", Hex.ofInt(-1));
        assertEquals("FFFFFFFF", Hex.ofInt(0xFFFFFFFF));
        assertEquals("80000000", Hex.ofInt(Integer.MIN_VALUE));
        assertEquals("FFFF", Hex.ofShort((short) -1));
        assertEquals("8000", Hex.ofShort(Short.MIN_VALUE));
        assertEquals("0", Hex.ofShort((short) 0));
        assertEquals("FFFFFFFFFFFFFFFF", Hex.ofLong(-1L));
        assertEquals("8000000000000000", Hex.ofLong(Long.MIN_VALUE));
        assertEquals("0", Hex.ofLong(0L));
        assertEquals("123456789ABCDEF", Hex.ofLong(0x0123456789ABCDEFL));
    }

    @Test
    void bytesAreTwoUppercaseDigitsEach() {
        assertEquals("", Hex.ofBytes(new byte[0]));
        assertEquals("00", Hex.ofBytes(new byte[] {0}));
        assertEquals("AEF00600FF7F80", Hex.ofBytes(new byte[] {(byte) 0xAE, (byte) 0xF0, 6, 0, -1, 0x7F, (byte) 0x80}));
    }

    @Test
    void parsesBytesInEitherCase() {
        assertArrayEquals(new byte[0], Hex.parseBytes(""));
        assertArrayEquals(new byte[] {(byte) 0xAE, (byte) 0xF0, 0x0A}, Hex.parseBytes("AEF00A"));
        assertArrayEquals(new byte[] {(byte) 0xAE, (byte) 0xF0, 0x0A}, Hex.parseBytes("aef00a"));
        assertArrayEquals(new byte[] {(byte) 0xAE, (byte) 0xF0, 0x0A}, Hex.parseBytes(new StringBuilder("aEf00A")));
    }

    @Test
    void rejectsOddLengthAndNonHex() {
        MalformedValueException odd = assertThrows(MalformedValueException.class, () -> Hex.parseBytes("ABC"));
        assertTrue(odd.getMessage().contains("odd length 3"), odd.getMessage());
        MalformedValueException bad = assertThrows(MalformedValueException.class, () -> Hex.parseBytes("AG"));
        assertTrue(bad.getMessage().contains("index 1"), bad.getMessage());
        assertThrows(MalformedValueException.class, () -> Hex.parseBytes("0x"));
        assertThrows(MalformedValueException.class, () -> Hex.parseBytes("A "));
        assertThrows(MalformedValueException.class, () -> Hex.parseBytes("\uff10\uff10")); // fullwidth digits
        assertThrows(MalformedValueException.class, () -> Hex.parseBytes(null));
    }

    @Test
    void longBadInputIsAbbreviatedInTheMessage() {
        String s = "0".repeat(100) + "G0";
        MalformedValueException e = assertThrows(MalformedValueException.class, () -> Hex.parseBytes(s));
        assertTrue(e.getMessage().length() < 150, e.getMessage());
        assertTrue(e.getMessage().contains("index 100"), e.getMessage());
    }

    @Test
    void parsesUnsignedIntegers() {
        assertEquals(0, Hex.parseUnsigned("0", 32));
        assertEquals(0x310, Hex.parseUnsigned("310", 32));
        assertEquals(0x310, Hex.parseUnsigned("0310", 32));
        assertEquals(0x310, Hex.parseUnsigned("00000000000000000310", 16));
        assertEquals(0xFFFFFFFFL, Hex.parseUnsigned("FFFFFFFF", 32));
        assertEquals(0xFFFFFFFFL, Hex.parseUnsigned("ffffffff", 32));
        assertEquals(0xFFFF, Hex.parseUnsigned("FFFF", 16));
        assertEquals(-1L, Hex.parseUnsigned("FFFFFFFFFFFFFFFF", 64));
        assertEquals(0x402B0, Hex.parseUnsigned("402b0", 32));
        assertEquals(-1, (int) Hex.parseUnsigned(Hex.ofInt(-1), 32));
    }

    @Test
    void rejectsIntegersTooLargeForTheirWidth() {
        MalformedValueException e = assertThrows(MalformedValueException.class, () -> Hex.parseUnsigned("100000000", 32));
        assertTrue(e.getMessage().contains("32 bits"), e.getMessage());
        assertThrows(MalformedValueException.class, () -> Hex.parseUnsigned("10000", 16));
        assertThrows(MalformedValueException.class, () -> Hex.parseUnsigned("10000000000000000", 64));
        assertThrows(MalformedValueException.class, () -> Hex.parseUnsigned("", 32));
        assertThrows(MalformedValueException.class, () -> Hex.parseUnsigned("-1", 32));
        assertThrows(MalformedValueException.class, () -> Hex.parseUnsigned("0x10", 32));
        assertThrows(MalformedValueException.class, () -> Hex.parseUnsigned(null, 32));
        assertThrows(IllegalArgumentException.class, () -> Hex.parseUnsigned("1", 8));
    }

    @Test
    void matchesBytesExactlyInEitherCase() {
        byte[] b = {(byte) 0xAE, (byte) 0xF0, 0x06};
        assertTrue(Hex.matchesBytes("AEF006", b));
        assertTrue(Hex.matchesBytes("aef006", b));
        assertFalse(Hex.matchesBytes("AEF00", b));
        assertFalse(Hex.matchesBytes("AEF0060", b));
        assertFalse(Hex.matchesBytes("AEF007", b));
        assertFalse(Hex.matchesBytes("AEF0G6", b));
        assertFalse(Hex.matchesBytes("AE F006", b));
        assertTrue(Hex.matchesBytes("", new byte[0]));
        assertFalse(Hex.matchesBytes("00", new byte[0]));
        assertFalse(Hex.matchesBytes(null, b));
    }

    @Test
    void matchesUnsignedRejectsLeadingZeros() {
        assertTrue(Hex.matchesUnsigned("310", 0x310));
        assertFalse(Hex.matchesUnsigned("0310", 0x310));
        assertFalse(Hex.matchesUnsigned("00000310", 0x310));
        assertTrue(Hex.matchesUnsigned("0", 0));
        assertFalse(Hex.matchesUnsigned("00", 0));
        assertFalse(Hex.matchesUnsigned("", 0));
        assertTrue(Hex.matchesUnsigned("402b0", 0x402B0));
        assertTrue(Hex.matchesUnsigned("FFFFFFFF", 0xFFFFFFFFL));
        assertTrue(Hex.matchesUnsigned("FFFFFFFFFFFFFFFF", -1L));
        assertFalse(Hex.matchesUnsigned("FFFFFFFF", -1L));
        assertFalse(Hex.matchesUnsigned("311", 0x310));
        assertFalse(Hex.matchesUnsigned("31G", 0x310));
        assertFalse(Hex.matchesUnsigned(null, 0));
    }

    @Test
    void isHexNeedsAtLeastOneDigit() {
        assertTrue(Hex.isHex("0"));
        assertTrue(Hex.isHex("abcDEF0123456789"));
        assertFalse(Hex.isHex(""));
        assertFalse(Hex.isHex("12 3"));
        assertFalse(Hex.isHex("g"));
        assertFalse(Hex.isHex(null));
    }
}
