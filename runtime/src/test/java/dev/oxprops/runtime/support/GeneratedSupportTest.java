package dev.oxprops.runtime.support;

import static dev.oxprops.runtime.support.GeneratedSupport.MirrorUpdate.SYNC;
import static dev.oxprops.runtime.support.GeneratedSupport.MirrorUpdate.WRITE;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.MissingPropertyException;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.PropertyTypeException;
import dev.oxprops.runtime.codec.ValueCodec;
import org.junit.jupiter.api.Test;

/** The helpers generated accessors call: reads, mirror writes in set and sync mode, codecs, hex mirrors. */
class GeneratedSupportTest {
    private static final PropertyKey<String> NAME = PropertyKey.of("PidTagName", PropertyId.tag(0x3001), MapiType.PtypString,
            "1", String.class);
    private static final PropertyKey<String> TWIN = PropertyKey.of("PidNameTwin",
            PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Twin"), MapiType.PtypString, "2", String.class);

    @Test
    void keyRequireNamesTheMissingProperty() {
        MissingPropertyException e = assertThrows(MissingPropertyException.class,
                () -> NAME.require(new InMemoryPropertyBag()));
        assertEquals("PidTagName", e.property());
        PropertyBag bag = new InMemoryPropertyBag();
        bag.put(NAME.id(), MapiType.PtypString, "x");
        assertEquals("x", NAME.require(bag));
        bag.put(NAME.id(), MapiType.PtypInteger32, 1);
        assertThrows(PropertyTypeException.class, () -> NAME.require(bag));
    }

    @Test
    void readOrNullNeverThrowsOnWhatTheBagHolds() {
        PropertyBag bag = new InMemoryPropertyBag();
        assertNull(GeneratedSupport.readOrNull(NAME, bag));
        bag.put(NAME.id(), MapiType.PtypInteger32, 1);
        assertNull(GeneratedSupport.readOrNull(NAME, bag));
        bag.put(NAME.id(), MapiType.PtypString, "y");
        assertEquals("y", GeneratedSupport.readOrNull(NAME, bag));
    }

    @Test
    void setModeWritesAllowedMirrorsAndLeavesForbiddenOnes() {
        PropertyBag bag = new InMemoryPropertyBag();
        GeneratedSupport.mirror(bag, TWIN, "a", false, WRITE);
        assertEquals("a", bag.get(TWIN.id()));
        GeneratedSupport.mirror(bag, TWIN, "b", true, WRITE);
        assertEquals("a", bag.get(TWIN.id()), "forbidden: not written, not removed");
        GeneratedSupport.mirror(bag, TWIN, "c", WRITE);
        assertEquals("c", bag.get(TWIN.id()), "never forbidden: written");
    }

    @Test
    void syncModeOfAMirrorNoKindForbidsOnlyFillsAMissingOne() {
        PropertyBag bag = new InMemoryPropertyBag();
        GeneratedSupport.mirror(bag, TWIN, "derived", SYNC);
        assertEquals("derived", bag.get(TWIN.id()));
        GeneratedSupport.mirror(bag, TWIN, "other", SYNC);
        assertEquals("derived", bag.get(TWIN.id()), "present: kept");
    }

    @Test
    void syncModeRemovesOnlyDerivedForbiddenMirrorsAndFillsMissingAllowedOnes() {
        PropertyBag bag = new InMemoryPropertyBag();
        GeneratedSupport.mirror(bag, TWIN, "derived", false, SYNC);
        assertEquals("derived", bag.get(TWIN.id()), "allowed and missing: written");
        GeneratedSupport.mirror(bag, TWIN, "other", false, SYNC);
        assertEquals("derived", bag.get(TWIN.id()), "allowed and present: kept");
        GeneratedSupport.mirror(bag, TWIN, "other", true, SYNC);
        assertEquals("derived", bag.get(TWIN.id()), "forbidden but not the derived value: kept");
        GeneratedSupport.mirror(bag, TWIN, "derived", true, SYNC);
        assertNull(bag.get(TWIN.id()), "forbidden and derived: removed");
        PropertyKey<byte[]> bin = PropertyKey.of("PidTagBin", PropertyId.tag(0x3002), MapiType.PtypBinary, "", byte[].class);
        bag.put(bin.id(), MapiType.PtypBinary, new byte[] {1, 2});
        GeneratedSupport.mirror(bag, bin, new byte[] {1, 2}, true, SYNC);
        assertNull(bag.get(bin.id()), "binary values compare by content");
        PropertyKey<java.util.List<byte[]>> bins = PropertyKey.of("PidTagBins", PropertyId.tag(0x3003),
                MapiType.PtypMultipleBinary, "", java.util.List.class);
        bag.put(bins.id(), MapiType.PtypMultipleBinary, java.util.List.of(new byte[] {3}));
        GeneratedSupport.mirror(bag, bins, java.util.List.of(new byte[] {3}), true, SYNC);
        assertNull(bag.get(bins.id()), "lists of binary values compare element by element");
    }

    @Test
    void decodeNamesThePropertyWhenTheCodecFails() {
        ValueCodec<Integer, String> strict = new ValueCodec<>() {
            @Override
            public String encode(Integer value) {
                return value.toString();
            }

            @Override
            public Integer decode(String stored) {
                if (stored.isEmpty()) {
                    throw new MalformedValueException("empty");
                }
                return Integer.parseInt(stored);
            }
        };
        assertEquals(12, GeneratedSupport.decode(NAME, strict, "12"));
        MalformedValueException typed = assertThrows(MalformedValueException.class, () -> GeneratedSupport.decode(NAME, strict, ""));
        assertEquals("PidTagName", typed.property());
        MalformedValueException wrapped = assertThrows(MalformedValueException.class,
                () -> GeneratedSupport.decode(NAME, strict, "twelve"));
        assertEquals("PidTagName", wrapped.property(), "a codec's own exception is wrapped, naming the property");
    }

    @Test
    void unhexReadsAHexMirrorBackAsItsSourceType() {
        assertEquals((short) 0xFFFF, GeneratedSupport.unhex("FFFF", MapiType.PtypInteger16));
        assertEquals(0x20500, GeneratedSupport.unhex(" 20500 ", MapiType.PtypInteger32));
        assertEquals(-1L, GeneratedSupport.unhex("FFFFFFFFFFFFFFFF", MapiType.PtypInteger64));
        assertArrayEquals(new byte[] {(byte) 0xAE, 0x06}, (byte[]) GeneratedSupport.unhex("ae06", MapiType.PtypBinary));
        assertNull(GeneratedSupport.unhex("0x20500", MapiType.PtypInteger32), "malformed: null, not an exception");
        assertNull(GeneratedSupport.unhex("123456789", MapiType.PtypInteger32), "too big for 32 bits");
        assertNull(GeneratedSupport.unhex(42, MapiType.PtypInteger32), "not a string");
        assertNull(GeneratedSupport.unhex("10", MapiType.PtypString), "no hex form for strings");
        assertSame(null, GeneratedSupport.unhex(null, MapiType.PtypBinary));
    }

    enum Color { RED, BLUE }

    @Test
    void notOneOfNamesPropertyValueAndChoices() {
        PropertyKey<Integer> key = PropertyKey.of("PidLidColor", PropertyId.tag(0x6601), MapiType.PtypInteger32, "", Integer.class);
        MalformedValueException e = GeneratedSupport.notOneOf(key, 0x1F, Color.values());
        assertTrue(e.getMessage().contains("PidLidColor"), e.getMessage());
        assertTrue(e.getMessage().contains("0x0000001F"), e.getMessage());
        assertTrue(e.getMessage().contains("[RED, BLUE]"), e.getMessage());
        assertTrue(GeneratedSupport.notOneOf(key, "IPF.Note", Color.values()).getMessage().contains("\"IPF.Note\""));
        assertTrue(GeneratedSupport.notOneOf(key, 7L, Color.values()).getMessage().contains("holds 7,"));
    }

    @Test
    void constantReturnsWhatWasFoundOrNamesThePropertyAndTheChoices() {
        PropertyKey<Integer> key = PropertyKey.of("PidLidColor", PropertyId.tag(0x6601), MapiType.PtypInteger32, "", Integer.class);
        assertSame(Color.BLUE, GeneratedSupport.constant(java.util.Optional.of(Color.BLUE), key, 2, Color.class));
        MalformedValueException e = assertThrows(MalformedValueException.class,
                () -> GeneratedSupport.constant(java.util.Optional.<Color>empty(), key, 0x1F, Color.class));
        assertTrue(e.getMessage().contains("PidLidColor") && e.getMessage().contains("0x0000001F")
                && e.getMessage().contains("[RED, BLUE]"), e.getMessage());
    }
}
