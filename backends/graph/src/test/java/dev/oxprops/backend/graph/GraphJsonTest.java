package dev.oxprops.backend.graph;

import dev.oxprops.runtime.PropertyNotCarriedException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GraphJsonTest {
    static final String SHARING = "{00062040-0000-0000-C000-000000000046}";
    static final UUID PSETID_SHARING = UUID.fromString("00062040-0000-0000-c000-000000000046");

    /** One element per Graph type, values in canonical text. */
    static final String EVERY_TYPE = "{\"singleValueExtendedProperties\":["
            + "{\"id\":\"ApplicationTime 0x0001\",\"value\":\"43831.5\"},"
            + "{\"id\":\"Binary " + SHARING + " Id 0x8A01\",\"value\":\"AAECA/7/\"},"
            + "{\"id\":\"Boolean 0x0002\",\"value\":\"true\"},"
            + "{\"id\":\"CLSID " + SHARING + " Id 0x8A1D\",\"value\":\"AEF00600-0000-0000-C000-000000000046\"},"
            + "{\"id\":\"Currency 0x0003\",\"value\":\"-922337203685477580\"},"
            + "{\"id\":\"Double 0x0004\",\"value\":\"1.0E-300\"},"
            + "{\"id\":\"Float 0x0005\",\"value\":\"3.4028235E38\"},"
            + "{\"id\":\"Integer " + SHARING + " Id 0x8A18\",\"value\":\"784\"},"
            + "{\"id\":\"Long 0x0006\",\"value\":\"9223372036854775807\"},"
            + "{\"id\":\"Short 0x0007\",\"value\":\"-32768\"},"
            + "{\"id\":\"String 0x001A\",\"value\":\"IPM.Sharing\"},"
            + "{\"id\":\"String {00020386-0000-0000-C000-000000000046} Name X-Sharing-Flavor\",\"value\":\"310\"},"
            + "{\"id\":\"SystemTime " + SHARING + " Id 0x8A19\",\"value\":\"2008-03-06T23:43:00.123Z\"}"
            + "],\"multiValueExtendedProperties\":["
            + "{\"id\":\"ApplicationTimeArray 0x0011\",\"value\":[\"0.25\",\"NaN\"]},"
            + "{\"id\":\"BinaryArray 0x0012\",\"value\":[\"\",\"/w==\"]},"
            + "{\"id\":\"CLSIDArray 0x0013\",\"value\":[\"00062040-0000-0000-C000-000000000046\"]},"
            + "{\"id\":\"CurrencyArray 0x0014\",\"value\":[\"1\",\"-1\"]},"
            + "{\"id\":\"DoubleArray 0x0015\",\"value\":[\"INF\",\"-INF\",\"-0.0\"]},"
            + "{\"id\":\"FloatArray 0x0016\",\"value\":[\"1.5\"]},"
            + "{\"id\":\"IntegerArray 0x0017\",\"value\":[\"-2147483648\",\"2147483647\"]},"
            + "{\"id\":\"LongArray 0x0018\",\"value\":[]},"
            + "{\"id\":\"ShortArray 0x0019\",\"value\":[\"32767\"]},"
            + "{\"id\":\"StringArray {00020329-0000-0000-C000-000000000046} Name Keywords\",\"value\":[\"a\",\"\u00E9\u65E5\"]},"
            + "{\"id\":\"SystemTimeArray 0x001B\",\"value\":[\"1601-01-01T00:00:00Z\",\"2024-02-29T12:00:00Z\"]}"
            + "]}";

    @Test
    void everyTypeReadsAsItsJavaRepresentation() {
        GraphJson.ReadResult r = GraphJson.read(EVERY_TYPE);
        assertEquals(List.of(), r.problems());
        GraphPropertyBag bag = r.bag();
        assertEquals(24, bag.size());
        assertEquals(784, bag.get(PropertyId.lid(PSETID_SHARING, 0x8A18)));
        assertEquals(MapiType.PtypInteger32, bag.typeOf(PropertyId.lid(PSETID_SHARING, 0x8A18)));
        assertArrayEquals(new byte[] {0, 1, 2, 3, (byte) 0xFE, (byte) 0xFF}, (byte[]) bag.get(PropertyId.lid(PSETID_SHARING, 0x8A01)));
        assertEquals(UUID.fromString("aef00600-0000-0000-c000-000000000046"), bag.get(PropertyId.lid(PSETID_SHARING, 0x8A1D)));
        assertEquals(Instant.parse("2008-03-06T23:43:00.123Z"), bag.get(PropertyId.lid(PSETID_SHARING, 0x8A19)));
        assertEquals(Boolean.TRUE, bag.get(PropertyId.tag(0x0002)));
        assertEquals((short) -32768, bag.get(PropertyId.tag(0x0007)));
        assertEquals(Long.MAX_VALUE, bag.get(PropertyId.tag(0x0006)));
        assertEquals(-922337203685477580L, bag.get(PropertyId.tag(0x0003)));
        assertEquals(MapiType.PtypCurrency, bag.typeOf(PropertyId.tag(0x0003)));
        assertEquals(Float.MAX_VALUE, bag.get(PropertyId.tag(0x0005)));
        assertEquals(43831.5, bag.get(PropertyId.tag(0x0001)));
        assertEquals(MapiType.PtypFloatingTime, bag.typeOf(PropertyId.tag(0x0001)));
        assertEquals("310", bag.get(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "x-sharing-flavor")));
        assertEquals(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0), bag.get(PropertyId.tag(0x0015)));
        assertEquals(List.of(), bag.get(PropertyId.tag(0x0018)));
        assertEquals(MapiType.PtypMultipleInteger64, bag.typeOf(PropertyId.tag(0x0018)));
        assertEquals(List.of("a", "\u00E9\u65E5"), bag.get(PropertyId.name(UUID.fromString("00020329-0000-0000-c000-000000000046"), "Keywords")));
        assertEquals(List.of(Instant.parse("1601-01-01T00:00:00Z"), Instant.parse("2024-02-29T12:00:00Z")), bag.get(PropertyId.tag(0x001B)));
    }

    @Test
    void canonicalJsonRoundTripsByteForByte() {
        String written = GraphJson.write(GraphJson.read(EVERY_TYPE).bag()).text();
        assertEquals(EVERY_TYPE, written);
    }

    @Test
    void writingDoesNotDependOnInsertionOrder() {
        InMemoryPropertyBag a = new InMemoryPropertyBag();
        a.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Sharing");
        a.put(PropertyId.lid(PSETID_SHARING, 0x8A18), MapiType.PtypInteger32, 0x310);
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        b.put(PropertyId.lid(PSETID_SHARING, 0x8A18), MapiType.PtypInteger32, 0x310);
        b.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Sharing");
        assertEquals(GraphJson.write(a).text(), GraphJson.write(b).text());
    }

    @Test
    void lenientSpellingsReadAndAreWrittenCanonically() {
        String json = "[{\"id\":\"integer {00062040-0000-0000-c000-000000000046} id 35352\",\"value\":\"4294967295\"},"
                + "{\"id\":\"boolean 0x0002\",\"value\":\"0\"},"
                + "{\"id\":\"clsid 0x0003\",\"value\":\"{aef00600-0000-0000-c000-000000000046}\"},"
                + "{\"id\":\"SystemTime 0x0004\",\"value\":\"2008-03-07T01:43:00.1234567+02:00\"},"
                + "{\"id\":\"Integer 0x0005\",\"value\":17},"
                + "{\"id\":\"StringArray 0x0006\",\"value\":[\"x\"]}]";
        GraphJson.ReadResult r = GraphJson.read(json);
        assertEquals(List.of(), r.problems());
        assertEquals(-1, r.bag().get(PropertyId.lid(PSETID_SHARING, 0x8A18)), "unsigned 32-bit text is read as its bits");
        assertEquals("{\"singleValueExtendedProperties\":["
                + "{\"id\":\"Boolean 0x0002\",\"value\":\"false\"},"
                + "{\"id\":\"CLSID 0x0003\",\"value\":\"AEF00600-0000-0000-C000-000000000046\"},"
                + "{\"id\":\"Integer 0x0005\",\"value\":\"17\"},"
                + "{\"id\":\"Integer " + SHARING + " Id 0x8A18\",\"value\":\"-1\"},"
                + "{\"id\":\"SystemTime 0x0004\",\"value\":\"2008-03-06T23:43:00.123456700Z\"}],"
                + "\"multiValueExtendedProperties\":[{\"id\":\"StringArray 0x0006\",\"value\":[\"x\"]}]}",
                GraphJson.write(r.bag()).text());
    }

    @Test
    void oneMalformedElementNeverLosesTheOthers() {
        String json = "{\"subject\":\"ignored\",\"singleValueExtendedProperties\":["
                + "{\"id\":\"Integer " + SHARING + " Id 0x8A18\",\"value\":\"784\"},"
                + "{\"id\":\"Integr " + SHARING + " Id 0x8A19\",\"value\":\"1\"},"
                + "{\"id\":\"Integer " + SHARING + " Id 0x8A1A\",\"value\":\"twelve\"},"
                + "{\"id\":\"StringArray 0x0001\",\"value\":[\"a\"]},"
                + "{\"id\":\"Integer " + SHARING + " Id 35352\",\"value\":\"1\"},"
                + "{\"value\":\"no id\"},"
                + "{\"id\":\"Binary 0x0002\",\"value\":\"not*base64\"},"
                + "{\"id\":\"SystemTime 0x0003\",\"value\":\"2008-03-06T23:43:00\"},"
                + "{\"id\":\"SystemTime 0x0004\",\"value\":\"1600-12-31T23:59:59Z\"},"
                + "{\"id\":\"Short 0x0005\",\"value\":\"65536\"},"
                + "{\"id\":\"Float 0x0006\",\"value\":\"1e39\"},"
                + "{\"id\":\"Double 0x0007\",\"value\":\"0x1p3\"},"
                + "{\"id\":\"Boolean 0x0008\",\"value\":\"yes\"},"
                + "{\"id\":\"String 0x0009\",\"value\":null},"
                + "{\"id\":\"String 0x000A\",\"value\":{\"nested\":1}},"
                + "42,"
                + "{\"id\":\"String 0x001A\",\"value\":\"IPM.Sharing\"}"
                + "],\"multiValueExtendedProperties\":["
                + "{\"id\":\"IntegerArray 0x0010\",\"value\":[\"1\",\"x\"]},"
                + "{\"id\":\"String 0x0011\",\"value\":\"single in multi\"},"
                + "{\"id\":\"StringArray 0x0012\",\"value\":\"not an array\"},"
                + "{\"id\":\"StringArray 0x0013\",\"value\":[\"kept\"]}"
                + "]}";
        GraphJson.ReadResult r = GraphJson.read(json);
        assertEquals(3, r.bag().size(), r.problems().toString());
        assertEquals(784, r.bag().get(PropertyId.lid(PSETID_SHARING, 0x8A18)));
        assertEquals("IPM.Sharing", r.bag().get(PropertyId.tag(0x001A)));
        assertEquals(List.of("kept"), r.bag().get(PropertyId.tag(0x0013)));
        List<String> where = r.problems().stream().map(ReadProblem::subject).collect(Collectors.toList());
        List<String> expectedWhere = new ArrayList<>();
        for (int i : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}) {
            expectedWhere.add("singleValueExtendedProperties[" + i + "]");
        }
        for (int i : new int[] {0, 1, 2}) {
            expectedWhere.add("multiValueExtendedProperties[" + i + "]");
        }
        assertEquals(expectedWhere, where);
        List<String> reasons = r.problems().stream().map(ReadProblem::message).collect(Collectors.toList());
        assertContains(reasons.get(0), "unknown type 'Integr'");
        assertContains(reasons.get(1), "\"twelve\": not a decimal integer");
        assertContains(reasons.get(2), "belongs in multiValueExtendedProperties");
        assertContains(reasons.get(3), "first, at singleValueExtendedProperties[0], is kept");
        assertContains(reasons.get(4), "has no id");
        assertContains(reasons.get(5), "not base64");
        assertContains(reasons.get(6), "with Z or an offset");
        assertContains(reasons.get(7), "FILETIME range");
        assertContains(reasons.get(8), "out of the range of Short");
        assertContains(reasons.get(9), "out of the range of Float");
        assertContains(reasons.get(10), "not a decimal number");
        assertContains(reasons.get(11), "expected true or false");
        assertContains(reasons.get(12), "has no value");
        assertContains(reasons.get(13), "OBJECT, not a string");
        assertContains(reasons.get(14), "not an {id, value} object");
        assertContains(reasons.get(15), "value[1]");
        assertContains(reasons.get(16), "belongs in singleValueExtendedProperties");
        assertContains(reasons.get(17), "must be an array");
        assertContains(r.problems().get(0).message(), "Integr " + SHARING + " Id 0x8A19");
    }

    private static void assertContains(String text, String fragment) {
        assertTrue(text.contains(fragment), "\"" + text + "\" should contain \"" + fragment + "\"");
    }

    @Test
    void documentsThatAreNotJsonThrowTyped() {
        assertThrows(GraphJsonException.class, () -> GraphJson.read("{\"singleValueExtendedProperties\": ["));
        assertThrows(GraphJsonException.class, () -> GraphJson.read("\"a string\""));
        assertThrows(GraphJsonException.class, () -> GraphJson.read("{} trailing"));
        assertThrows(GraphJsonException.class, () -> GraphJson.read(""));
        assertThrows(GraphJsonException.class, () -> GraphJson.read("[".repeat(5000)));
        GraphJson.ReadResult r = GraphJson.read("{\"singleValueExtendedProperties\": 5}");
        assertEquals(0, r.bag().size());
        assertEquals("singleValueExtendedProperties", r.problems().get(0).subject());
    }

    @Test
    void writerSkipsWhatGraphCannotCarryAndNamesIt() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(PropertyId.tag(0x001A), MapiType.PtypString8, "IPM.Note");
        bag.put(PropertyId.tag(0x8001), MapiType.PtypString, "store-specific id");
        bag.put(PropertyId.tag(0x0FF9), MapiType.PtypServerId, new byte[] {1});
        bag.put(PropertyId.lid(PSETID_SHARING, 0x8A18), MapiType.PtypInteger32, "310");
        bag.put(PropertyId.tag(0x0E07), MapiType.PtypMultipleInteger32, List.of(1, "2"));
        bag.put(PropertyId.tag(0x0039), MapiType.PtypTime, Instant.parse("1500-01-01T00:00:00Z"));
        GraphJson.WriteResult w = GraphJson.write(bag);
        assertEquals("{\"singleValueExtendedProperties\":[{\"id\":\"String 0x001A\",\"value\":\"IPM.Note\"}],"
                + "\"multiValueExtendedProperties\":[]}", w.text());
        assertEquals(5, w.skipped().size(), w.skipped().toString());
        assertContains(w.skipped().get(0).message(), "0x8001");
        assertContains(w.skipped().get(1).message(), "PtypServerId");
        assertEquals("Integer " + SHARING + " Id 0x8A18", w.skipped().get(2).subject());
        assertContains(w.skipped().get(2).message(), "held as Integer");
        assertContains(w.skipped().get(3).message(), "element 1");
        assertContains(w.skipped().get(4).message(), "1601");
    }

    @Test
    void bagCarriesOnlyWhatGraphCanNameAndNormalizesString8() {
        GraphPropertyBag bag = new GraphPropertyBag();
        assertTrue(bag.canCarry(PropertyId.lid(PSETID_SHARING, 0x8A18), MapiType.PtypInteger32));
        assertTrue(bag.canCarry(PropertyId.tag(0x001A), MapiType.PtypString8));
        assertFalse(bag.canCarry(PropertyId.tag(0x8001), MapiType.PtypString));
        assertFalse(bag.canCarry(PropertyId.tag(0x3701), MapiType.PtypObject));
        assertFalse(bag.canCarry(PropertyId.tag(0x0001), MapiType.PtypErrorCode));
        PropertyNotCarriedException e = assertThrows(PropertyNotCarriedException.class,
                () -> bag.put(PropertyId.tag(0x0FF9), MapiType.PtypServerId, new byte[1]));
        assertEquals(PropertyId.tag(0x0FF9), e.property());
        assertContains(e.getMessage(), "0x0FF9");
        bag.put(PropertyId.tag(0x001A), MapiType.PtypString8, "IPM.Note");
        assertEquals(MapiType.PtypString, bag.typeOf(PropertyId.tag(0x001A)));
        assertEquals("String 0x001A", bag.graphId(PropertyId.tag(0x001A)).format());
        bag.put(PropertyId.tag(0x001A), MapiType.PtypString, null);
        assertEquals(0, bag.size());
    }

    /** Found by GraphIdFuzzTest: null text gave Jackson's IllegalArgumentException instead of a typed exception. */
    @org.junit.jupiter.api.Test
    void nullTextIsATypedError() {
        org.junit.jupiter.api.Assertions.assertThrows(GraphJsonException.class, () -> GraphJson.read((String) null));
    }
}
