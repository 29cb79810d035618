package dev.oxprops.backend.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.backend.graph.GraphIdFormatException.Part;
import dev.oxprops.runtime.PropertyId;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GraphPropertyIdTest {
    static final UUID PSETID_SHARING = UUID.fromString("00062040-0000-0000-c000-000000000046");

    @Test
    void lidForm() {
        GraphPropertyId id = GraphPropertyId.parse("Integer {00062040-0000-0000-C000-000000000046} Id 0x8A18");
        assertEquals(GraphType.INTEGER, id.type());
        assertEquals(PropertyId.lid(PSETID_SHARING, 0x8A18), id.property());
        assertEquals("Integer {00062040-0000-0000-C000-000000000046} Id 0x8A18", id.format());
    }

    @Test
    void nameFormInInternetHeadersComparesIgnoringCase() {
        GraphPropertyId id = GraphPropertyId.parse("String {00020386-0000-0000-C000-000000000046} Name X-Sharing-Flavor");
        assertEquals(GraphType.STRING, id.type());
        assertEquals(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "x-sharing-flavor"), id.property());
        assertEquals("String {00020386-0000-0000-C000-000000000046} Name X-Sharing-Flavor", id.format());
    }

    @Test
    void nameMayContainSingleSpaces() {
        GraphPropertyId id = GraphPropertyId.parse("String {8ECCC264-6880-4EBE-992F-8888D2EEAA1D} Name My Property");
        assertEquals("My Property", ((PropertyId.Name) id.property()).name());
    }

    @Test
    void tagForm() {
        GraphPropertyId id = GraphPropertyId.parse("String 0x001A");
        assertEquals(PropertyId.tag(0x001A), id.property());
        assertEquals("String 0x001A", id.format());
        assertEquals(PropertyId.tag(0x0E07), GraphPropertyId.parse("Integer 3591").property());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "integer {00062040-0000-0000-c000-000000000046} id 0x8a18 | Integer {00062040-0000-0000-C000-000000000046} Id 0x8A18",
        "Integer 00062040-0000-0000-C000-000000000046 Id 35352     | Integer {00062040-0000-0000-C000-000000000046} Id 0x8A18",
        "BINARY {00062040-0000-0000-C000-000000000046} ID 0X8A01   | Binary {00062040-0000-0000-C000-000000000046} Id 0x8A01",
        "stringarray {00020329-0000-0000-C000-000000000046} NAME Keywords | StringArray {00020329-0000-0000-C000-000000000046} Name Keywords",
        "Long {00062040-0000-0000-C000-000000000046} Id 0x12345678 | Long {00062040-0000-0000-C000-000000000046} Id 0x12345678",
        "Short {00062040-0000-0000-C000-000000000046} Id 0        | Short {00062040-0000-0000-C000-000000000046} Id 0x0000",
        "SystemTime 0x0039 | SystemTime 0x0039",
        "Boolean 0xE1F     | Boolean 0x0E1F",
        "CLSID {00062040-0000-0000-C000-000000000046} Id 0x8A1D | CLSID {00062040-0000-0000-C000-000000000046} Id 0x8A1D",
        "Double 0x7FFF | Double 0x7FFF",
        "Float 1 | Float 0x0001",
        "Currency {00062040-0000-0000-C000-000000000046} Id 0xFFFFFFFF | Currency {00062040-0000-0000-C000-000000000046} Id 0xFFFFFFFF",
        "ApplicationTime 0x0001 | ApplicationTime 0x0001",
        "IntegerArray 0x0001 | IntegerArray 0x0001",
        "BinaryArray 0x0001 | BinaryArray 0x0001",
        "SystemTimeArray 0x0001 | SystemTimeArray 0x0001",
        "CLSIDArray 0x0001 | CLSIDArray 0x0001",
        "LongArray 0x0001 | LongArray 0x0001",
        "ShortArray 0x0001 | ShortArray 0x0001",
        "DoubleArray 0x0001 | DoubleArray 0x0001",
        "FloatArray 0x0001 | FloatArray 0x0001",
        "CurrencyArray 0x0001 | CurrencyArray 0x0001",
        "ApplicationTimeArray 0x0001 | ApplicationTimeArray 0x0001",
    })
    void everyAcceptedSpellingHasOneCanonicalForm(String given, String canonical) {
        GraphPropertyId id = GraphPropertyId.parse(given);
        assertEquals(canonical, id.format());
        assertEquals(id, GraphPropertyId.parse(canonical), "the canonical form parses to the same id");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                                             | FORM    | empty",
        "String                                                         | FORM    | expected",
        "Strng 0x001A                                                   | TYPE    | unknown type 'Strng'",
        "Object 0x3701                                                  | TYPE    | cannot be set",
        "Integer Id 0x8A18                                              | GUID    | missing property set GUID",
        "Integer {00062040-0000-0000-C000-00000000004} Id 0x8A18        | GUID    | not a GUID",
        "Integer {00062040-0000-0000-C000-000000000046 Id 0x8A18        | GUID    | unbalanced braces",
        "Integer {0006204G-0000-0000-C000-000000000046} Id 0x8A18       | GUID    | not a GUID",
        "Integer {00062040-0000-0000-C000-000000000046}                 | KIND    | missing 'Id",
        "Integer {00062040-0000-0000-C000-000000000046} Lid 0x8A18      | KIND    | got 'Lid'",
        "Integer {00062040-0000-0000-C000-000000000046} Id              | LID     | nothing after 'Id'",
        "Integer {00062040-0000-0000-C000-000000000046} Id 0x8G18       | LID     | 'G' is not a hex digit",
        "Integer {00062040-0000-0000-C000-000000000046} Id 0x           | LID     | no hex digits",
        "Integer {00062040-0000-0000-C000-000000000046} Id -1           | LID     | '-' is not a decimal digit",
        "Integer {00062040-0000-0000-C000-000000000046} Id 0x100000000  | LID     | out of range",
        "Integer {00062040-0000-0000-C000-000000000046} Id 4294967296   | LID     | out of range",
        "Integer {00062040-0000-0000-C000-000000000046} Id 99999999999999999999999 | LID | out of range",
        "String {00020386-0000-0000-C000-000000000046} Id X-Sharing-Flavor | LID  | with 'Name'",
        "Integer {00062040-0000-0000-C000-000000000046} Name 0x8A18     | KIND    | use 'Id 0x8A18'",
        "String {00020386-0000-0000-C000-000000000046} Name             | NAME    | nothing after 'Name'",
        "String  0x001A                                                 | SPACING | two spaces",
        "Integer {00062040-0000-0000-C000-000000000046}  Id 0x8A18      | SPACING | two spaces",
        "Integer {00062040-0000-0000-C000-000000000046} Id  0x8A18      | SPACING | two spaces",
        "String {00020386-0000-0000-C000-000000000046} Name  X-Flavor   | SPACING | two spaces",
        "'String\t0x001A' | SPACING | U+0009",
        "String 0x8001                                                  | TAG     | named-property range",
        "String 0xFFFF                                                  | TAG     | named-property range",
        "String 0x0000                                                  | TAG     | outside",
        "String 0x10000                                                 | TAG     | outside",
        "String 0x001A001F                                              | TAG     | 32-bit property tag",
        "String 0x00ZZ                                                  | TAG     | not a hex digit",
        "String PR_SUBJECT                                              | TAG     | not a decimal digit",
    })
    void malformedIdsSayWhichPartIsWrong(String id, Part part, String fragment) {
        GraphIdFormatException e = assertThrows(GraphIdFormatException.class, () -> GraphPropertyId.parse(id));
        assertEquals(part, e.part(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertEquals(id, e.id());
    }

    @Test
    void leadingAndTrailingBlanksAreRefused() {
        assertEquals(Part.SPACING, assertThrows(GraphIdFormatException.class,
                () -> GraphPropertyId.parse(" String 0x001A")).part());
        assertEquals(Part.SPACING, assertThrows(GraphIdFormatException.class,
                () -> GraphPropertyId.parse("String 0x001A ")).part());
        assertEquals(Part.FORM, assertThrows(GraphIdFormatException.class,
                () -> GraphPropertyId.parse(null)).part());
    }
}
