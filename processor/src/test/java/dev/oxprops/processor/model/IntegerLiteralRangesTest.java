package dev.oxprops.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import org.junit.jupiter.api.Test;

/** The exact ends of the ranges integer literals may take, and where a bad binary literal goes wrong. */
class IntegerLiteralRangesTest {
    private static String error(MapiType type, String text) {
        return assertThrows(IllegalArgumentException.class, () -> Literals.parse(type, text)).getMessage();
    }

    @Test
    void theMostNegativeValueOfEachWidthFits() {
        assertEquals(Integer.MIN_VALUE, Literals.parse(MapiType.PtypInteger32, "-2147483648"));
        assertEquals(Short.MIN_VALUE, Literals.parse(MapiType.PtypInteger16, "-32768"));
        assertEquals(Long.MIN_VALUE, Literals.parse(MapiType.PtypInteger64, "-9223372036854775808"));
        assertEquals(Long.MAX_VALUE, Literals.parse(MapiType.PtypInteger64, "9223372036854775807"));
    }

    @Test
    void aSecondSignIsNoNumber() {
        assertTrue(error(MapiType.PtypInteger32, "--5").contains("write an integer"));
        assertTrue(error(MapiType.PtypInteger64, "-9223372036854775809").contains("write an integer"));
    }

    @Test
    void oneBelowTheMostNegativeValueDoesNot() {
        assertTrue(error(MapiType.PtypInteger32, "-2147483649").contains("does not fit in 32 bits"));
        assertTrue(error(MapiType.PtypInteger16, "-32769").contains("does not fit in 16 bits"));
    }

    @Test
    void sixtyFourBitHexKeepsAllItsBits() {
        assertEquals(0x1_0000_0000L, Literals.parse(MapiType.PtypInteger64, "0x100000000"));
        assertEquals(0x7FFF_FFFF_FFFF_FFFFL, Literals.parse(MapiType.PtypCurrency, "0x7FFFFFFFFFFFFFFF"));
    }

    @Test
    void aBadDigitAfterAZeroIsNamed() {
        assertTrue(error(MapiType.PtypBinary, "0G").contains("not a hex digit at index 1: 'G'"));
    }
}
