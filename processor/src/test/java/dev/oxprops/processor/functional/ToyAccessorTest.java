package dev.oxprops.processor.functional;

import static dev.oxprops.processor.functional.Toys.specs;
import static dev.oxprops.processor.functional.Toys.accessor;
import static dev.oxprops.processor.functional.Toys.call;
import static dev.oxprops.processor.functional.Toys.key;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.MissingPropertyException;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.PropertyTypeException;
import dev.oxprops.runtime.model.PropertyModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Typed get / find / has / set / remove of the generated accessor, for every Java type a spec can use. */
class ToyAccessorTest {
    @BeforeAll
    static void compileToysAgain() {
        Toys.reset();
    }


    static Stream<Arguments> roundTrips() {
        Instant t = Instant.parse("2024-02-29T12:34:56.789Z");
        UUID id = UUID.fromString("01234567-89ab-cdef-0123-456789abcdef");
        return Stream.of(
                Arguments.of("Subject", "PidTagSubject", MapiType.PtypString, "hello"),
                Arguments.of("Flags", "PidLidToyFlags", MapiType.PtypInteger32, 0x0000010B),
                Arguments.of("Version", "PidLidToyVersion", MapiType.PtypInteger16, (short) -2),
                Arguments.of("Sequence", "PidLidToySequence", MapiType.PtypInteger64, Long.MIN_VALUE + 7),
                Arguments.of("Weight", "PidLidToyWeight", MapiType.PtypFloating64, 2.5e-3),
                Arguments.of("Urgent", "PidLidToyUrgent", MapiType.PtypBoolean, true),
                Arguments.of("ResponseTime", "PidLidToyResponseTime", MapiType.PtypTime, t),
                Arguments.of("CorrelationId", "PidLidToyCorrelationId", MapiType.PtypGuid, id),
                Arguments.of("Token", "PidLidToyToken", MapiType.PtypBinary, new byte[] {0, 1, (byte) 0xFF}),
                Arguments.of("Tags", "PidLidToyTags", MapiType.PtypMultipleString, List.of("a", "", "c")),
                Arguments.of("Blobs", "PidLidToyBlobs", MapiType.PtypMultipleBinary, List.of(new byte[] {1}, new byte[0])),
                Arguments.of("CatalogNumber", "PidTagToyCatalogNumber", MapiType.PtypString, "C-42"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundTrips")
    void setThenGetFindHasRemove(String name, String canonical, MapiType type, Object value) {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        assertFalse((Boolean) call(a, "has" + name));
        assertEquals(Optional.empty(), call(a, "find" + name));
        assertSame(a, call(a, "set" + name, value));
        assertTrue((Boolean) call(a, "has" + name));
        assertEquals(printable(value), printable(call(a, "get" + name)));
        assertEquals(printable(value), printable(((Optional<?>) call(a, "find" + name)).orElseThrow()));

        PropertyKey<?> key = keyNamed(canonical);
        assertEquals(type, bag.typeOf(key.id()), "stored with the declared type");
        assertEquals(printable(value), printable(bag.get(key.id())));

        assertSame(a, call(a, "remove" + name));
        assertFalse((Boolean) call(a, "has" + name));
        MissingPropertyException e = assertThrows(MissingPropertyException.class, () -> call(a, "get" + name));
        assertEquals(canonical, e.property());
    }

    @Test
    void nullRemovesAnObjectProperty() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setSubject", "x");
        call(a, "setSubject", new Object[] {null});
        assertEquals(0, bag.size());
    }

    @Test
    void aPrimitivePropertyHasNoNullSetter() throws Exception {
        Class<?> acc = specs().load("toy.ToyAccessor");
        assertNotNull(acc.getMethod("setFlags", int.class));
        assertThrows(NoSuchMethodException.class, () -> acc.getMethod("setFlags", Integer.class));
        assertEquals(int.class, acc.getMethod("getFlags").getReturnType());
        assertEquals(short.class, acc.getMethod("getVersion").getReturnType());
        assertEquals(boolean.class, acc.getMethod("getUrgent").getReturnType());
        assertEquals(List.class, acc.getMethod("getBlobs").getReturnType());
        assertEquals(BigDecimal.class, acc.getMethod("getPrice").getReturnType());
        assertEquals(Long.class, acc.getMethod("getPriceRaw").getReturnType());
    }

    /** For every property: a value of another class in the bag gives PropertyTypeException naming it, never ClassCastException. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allProperties")
    void aWrongTypedValueGivesPropertyTypeException(String canonical) {
        PropertyModel p = Toys.model().property(canonical).orElseThrow();
        String cap = Character.toUpperCase(p.accessorName().charAt(0)) + p.accessorName().substring(1);
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object wrong = p.key().type() == MapiType.PtypString ? (Object) 17 : (Object) "seventeen";
        bag.put(p.key().id(), p.key().type(), wrong);
        Object a = accessor(bag);
        PropertyTypeException get = assertThrows(PropertyTypeException.class, () -> call(a, "get" + cap));
        assertEquals(canonical, get.property());
        assertEquals(p.key().type(), get.expected());
        assertTrue(get.getMessage().contains(canonical) && get.getMessage().contains(p.key().type().name()), get.getMessage());
        PropertyTypeException find = assertThrows(PropertyTypeException.class, () -> call(a, "find" + cap));
        assertEquals(canonical, find.property());
        assertTrue((Boolean) call(a, "has" + cap), "has only asks whether the bag holds it");
    }

    static Stream<String> allProperties() {
        return Toys.model().properties().stream().map(PropertyModel::canonicalName);
    }

    @Test
    void aListWithAnElementOfTheWrongClassIsAWrongType() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(Toys.key("TAGS").id(), MapiType.PtypMultipleString, new ArrayList<>(Arrays.asList("a", 2)));
        bag.put(Toys.key("BLOBS").id(), MapiType.PtypMultipleBinary, List.of("not bytes"));
        Object a = accessor(bag);
        assertEquals("PidLidToyTags", assertThrows(PropertyTypeException.class, () -> call(a, "getTags")).property());
        assertEquals("PidLidToyBlobs", assertThrows(PropertyTypeException.class, () -> call(a, "getBlobs")).property());
    }

    @Test
    void aCodecPropertyHasTypedAndRawAccessors() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setPrice", new BigDecimal("12.34"));
        assertEquals(1234L, bag.get(Toys.key("PRICE").id()));
        assertEquals(MapiType.PtypInteger64, bag.typeOf(Toys.key("PRICE").id()));
        assertEquals(1234L, call(a, "getPriceRaw"));
        assertEquals(new BigDecimal("12.34"), call(a, "getPrice"));
        call(a, "setPriceRaw", 5L);
        assertEquals(new BigDecimal("0.05"), call(a, "getPrice"));
        assertEquals(Optional.of(new BigDecimal("0.05")), call(a, "findPrice"));
        call(a, "setPriceRaw", new Object[] {null});
        assertFalse((Boolean) call(a, "hasPrice"));
    }

    @Test
    void aValueTheCodecCannotDecodeIsMalformedAndNamesTheProperty() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setPriceRaw", -1L);
        MalformedValueException e = assertThrows(MalformedValueException.class, () -> call(a, "getPrice"));
        assertTrue(e.getMessage().contains("PidLidToyPrice"), e.getMessage());
        assertEquals(-1L, call(a, "getPriceRaw"), "the raw accessor still reads it");
    }

    @Test
    void oneOfPropertiesHaveEnumAccessors() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        Object red = specs().enumConstant("toy.ToyKeys$Color", "RED");
        call(a, "setColor", red);
        assertEquals("red", call(a, "getColor"));
        assertSame(red, call(a, "getColorEnum"));
        assertEquals("red", call(red, "value"));
        assertEquals("Red", call(red, "meaning"));

        Object quote = specs().enumConstant("toy.ToyKeys$Kind", "QUOTE");
        call(a, "setKind", quote);
        assertEquals(0x10B, call(a, "getKind"));
        assertSame(quote, call(a, "getKindEnum"));
        assertEquals(Optional.of(quote), specs().callStatic("toy.ToyKeys$Kind", "fromValue", 0x10B));
        assertEquals(Optional.empty(), specs().callStatic("toy.ToyKeys$Kind", "fromValue", 2));

        call(a, "setColor", "blue");
        MalformedValueException e = assertThrows(MalformedValueException.class, () -> call(a, "getColorEnum"));
        assertTrue(e.getMessage().contains("PidLidToyColor") && e.getMessage().contains("\"blue\""), e.getMessage());
        call(a, "setKind", 2);
        e = assertThrows(MalformedValueException.class, () -> call(a, "getKindEnum"));
        assertTrue(e.getMessage().contains("0x00000002"), e.getMessage());
    }

    @Test
    void keysCarryIdentityTypeAndSection() {
        UUID toySet = UUID.fromString("1a2b3c4d-0000-4000-8000-00000000cafe");
        UUID headers = UUID.fromString("00020386-0000-0000-c000-000000000046");
        assertEquals(toySet, specs().staticField("toy.ToyKeys", "SET_PSETID_TOY"));
        assertEquals(headers, specs().staticField("toy.ToyKeys", "SET_PS_INTERNET_HEADERS"));

        PropertyKey<?> kind = key("KIND");
        assertEquals("PidLidToyKind", kind.canonicalName());
        assertEquals(PropertyId.lid(toySet, 0x8101), kind.id());
        assertEquals(MapiType.PtypInteger32, kind.type());
        assertEquals("2.2", kind.section());
        assertEquals(Integer.class, kind.javaClass());

        PropertyKey<?> xKind = key("X_KIND");
        assertEquals(PropertyId.name(headers, "x-toy-KIND"), xKind.id(), "Internet header names ignore case");
        assertEquals(PropertyId.tag(0x001A), key("MESSAGE_CLASS").id());
        assertEquals(List.class, key("TAGS").javaClass());

        PropertyKey<?> ref = key("CATALOG_NUMBER");
        assertEquals("PidTagToyCatalogNumber", ref.canonicalName());
        assertEquals(PropertyId.tag(0x6710), ref.id());
        assertEquals("C.1", ref.section(), "@Ref takes the section of the declaration");
    }

    @Test
    void allListsInheritedPropertiesFirstThenDeclarationOrder() {
        @SuppressWarnings("unchecked")
        List<PropertyKey<?>> all = (List<PropertyKey<?>>) specs().staticField("toy.ToyKeys", "ALL");
        assertEquals(26, all.size());
        assertEquals(List.of("PidTagMessageClass", "PidTagSubject", "PidLidToyKind", "PidNameXToyKind"),
                all.subList(0, 4).stream().map(PropertyKey::canonicalName).toList());
        assertEquals("PidTagToyCatalogNumber", all.get(25).canonicalName());
        assertEquals(Optional.of(key("COLOR")), specs().callStatic("toy.ToyKeys", "byCanonicalName", "PidLidToyColor"));
        assertEquals(Optional.empty(), specs().callStatic("toy.ToyKeys", "byCanonicalName", "PidLidNothing"));
    }

    @Test
    void accessorOverAFreshBagAndToString() {
        Object a = specs().callStatic("toy.ToyAccessor", "create");
        assertEquals(0, ((InMemoryPropertyBag) call(a, "bag")).size());
        call(a, "setSubject", "s");
        assertTrue(a.toString().startsWith("ToyAccessor over "), a.toString());
        assertFalse(((dev.oxprops.runtime.validation.ValidationReport) call(a, "validate")).isClean());
    }

    private static PropertyKey<?> keyNamed(String canonical) {
        return (PropertyKey<?>) ((Optional<?>) specs().callStatic("toy.ToyKeys", "byCanonicalName", canonical)).orElseThrow();
    }

    private static Object printable(Object v) {
        if (v instanceof byte[]) {
            return Arrays.toString((byte[]) v);
        }
        if (v instanceof List) {
            return ((List<?>) v).stream().map(ToyAccessorTest::printable).toList();
        }
        return v;
    }
}
