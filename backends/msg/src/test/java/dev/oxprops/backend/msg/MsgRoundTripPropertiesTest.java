package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 12: random bags over every MAPI type a {@code .msg} file carries, edge values included (lone
 * surrogates, U+0000 inside and at the end, PtypString8 outside the code page, PtypTime below 100 ns and at
 * and beyond FILETIME's ends, NaN, -0.0, empty lists and binaries, named properties with odd string names,
 * an unmapped id of the named range): written and read back unchanged, or refused by name.
 */
class MsgRoundTripPropertiesTest {
    static final Charset ANSI = Charset.forName("windows-1252");
    static final UUID SET = UUID.fromString("11223344-5566-7788-99aa-bbccddeeff00");
    static final Instant MAX = Instant.parse("+30828-09-14T02:48:05.477580700Z");
    static final Instant MIN = Instant.parse("1601-01-01T00:00:00Z");
    /** Tags the writer adds or reads the code page from. */
    static final Set<Integer> RESERVED = Set.of(0x340D, 0x3FDE, 0x3FFD);

    @Property(tries = 300, seed = "20261130")
    void writtenAndReadBackUnchangedOrRefusedByName(@ForAll("bags") InMemoryPropertyBag bag) {
        Set<PropertyId> unrepresentable = new HashSet<>();
        bag.forEach((id, type, value) -> {
            if (!representable(type, value)) {
                unrepresentable.add(id);
            }
        });
        byte[] file;
        try {
            file = new MsgWriter().addStoreSupportMask(false).write(bag, List.of());
        } catch (UnrepresentableValueException e) {
            assertTrue(unrepresentable.contains(e.property()), e.getMessage() + " / " + unrepresentable);
            Statistics.collect("refused by name");
            return;
        }
        assertEquals(Set.of(), unrepresentable, "written although not representable");
        MsgMessage read = new MsgReader().read(file);
        assertSame(bag, read);
        assertTrue(read.problems().stream().allMatch(p -> p.kind() == dev.oxprops.runtime.ReadProblem.Kind.UNMAPPED_NAME),
                read.problems()::toString);
        MsgMessage again = new MsgReader().read(new MsgWriter().addStoreSupportMask(false).write(read));
        assertSame(bag, again);
        Statistics.collect("round trip");
    }

    static void assertSame(PropertyBag expected, PropertyBag actual) {
        assertEquals(expected.size(), actual.size(), actual::toString);
        expected.forEach((id, type, value) -> {
            assertEquals(type, actual.typeOf(id), id::toString);
            assertTrue(MapiValues.sameValue(value, actual.get(id)), () -> id + ": " + MapiValues.format(type, value)
                    + " came back as " + MapiValues.format(type, actual.get(id)));
        });
    }

    static boolean representable(MapiType type, Object value) {
        if (type.isMultiple()) {
            return ((List<?>) value).stream().allMatch(v -> representable(type.elementType(), v));
        }
        if (type.isString()) {
            String s = (String) value;
            return !s.endsWith("\0") && (type == MapiType.PtypString || ANSI.newEncoder().canEncode(s));
        }
        if (type == MapiType.PtypTime) {
            Instant t = (Instant) value;
            return t.getNano() % 100 == 0 && !t.isBefore(MIN) && !t.isAfter(MAX);
        }
        return true;
    }

    @Provide
    Arbitrary<InMemoryPropertyBag> bags() {
        Arbitrary<Tuple.Tuple3<PropertyId, MapiType, Object>> entry = Combinators.combine(ids(), typesAndValues())
                .as((id, tv) -> Tuple.of(id, tv.get1(), tv.get2()));
        return entry.list().ofMinSize(1).ofMaxSize(8).map(list -> {
            InMemoryPropertyBag b = new InMemoryPropertyBag();
            for (Tuple.Tuple3<PropertyId, MapiType, Object> e : list) {
                if (!b.contains(e.get1())) {
                    b.put(e.get1(), e.get2(), e.get3());
                }
            }
            return b;
        });
    }

    static Arbitrary<PropertyId> ids() {
        Arbitrary<PropertyId> tags = Arbitraries.integers().between(1, 0x7FFF).filter(i -> !RESERVED.contains(i))
                .map(PropertyId::tag);
        Arbitrary<PropertyId> lids = Arbitraries.longs().between(0, 0xFFFFFFFFL).map(l -> PropertyId.lid(SET, l));
        Arbitrary<PropertyId> names = strings(1, 12).map(n -> PropertyId.name(SET, n));
        Arbitrary<PropertyId> unmapped = Arbitraries.of(PropertyId.tag(0xF000), PropertyId.tag(0xFFFE));
        return Arbitraries.frequencyOf(Tuple.of(6, tags), Tuple.of(2, lids), Tuple.of(2, names), Tuple.of(1, unmapped));
    }

    /** Strings with every kind of char: lone surrogates, U+0000, non-Latin, and cp1252 text. */
    static Arbitrary<String> strings(int min, int max) {
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> odd = Arbitraries.of('\0', '\uD800', '\uDFFF', '\u00E9', '\u20AC', '\u65E5', 'a');
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(2, odd), Tuple.of(5, Arbitraries.chars().range(' ', '~')))
                .list().ofMinSize(min).ofMaxSize(max).map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }

    static Arbitrary<Instant> times() {
        Arbitrary<Instant> exact = Arbitraries.longs().between(0, Long.MAX_VALUE)
                .map(t -> MIN.plusSeconds(t / 10_000_000L).plusNanos(t % 10_000_000L * 100));
        Arbitrary<Instant> edges = Arbitraries.of(MIN, MAX, MAX.plusNanos(100), MIN.minusNanos(100),
                Instant.parse("2024-01-01T00:00:00.000000150Z"), Instant.EPOCH, Instant.parse("+60000-01-01T00:00:00Z"));
        Arbitrary<Instant> fine = Arbitraries.longs().between(0, 4_000_000_000L)
                .map(s -> Instant.ofEpochSecond(s, 123_456_789));
        return Arbitraries.frequencyOf(Tuple.of(6, exact), Tuple.of(3, edges), Tuple.of(1, fine));
    }

    static Arbitrary<Object> single(MapiType type) {
        switch (type) {
            case PtypInteger16:
                return Arbitraries.shorts().map(Object.class::cast);
            case PtypInteger32:
            case PtypErrorCode:
                return Arbitraries.integers().map(Object.class::cast);
            case PtypInteger64:
            case PtypCurrency:
                return Arbitraries.longs().map(Object.class::cast);
            case PtypFloating32:
                return Arbitraries.oneOf(Arbitraries.floats(), Arbitraries.of(Float.NaN, -0.0f,
                        Float.POSITIVE_INFINITY, Float.MIN_VALUE)).map(Object.class::cast);
            case PtypFloating64:
            case PtypFloatingTime:
                return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(Double.NaN, -0.0,
                        Double.NEGATIVE_INFINITY, Double.MIN_VALUE)).map(Object.class::cast);
            case PtypBoolean:
                return Arbitraries.of(true, false).map(Object.class::cast);
            case PtypString:
            case PtypString8:
                return strings(0, 20).map(Object.class::cast);
            case PtypTime:
                return times().map(Object.class::cast);
            case PtypGuid:
                return Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong())).map(Object.class::cast);
            default:
                return Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(Object.class::cast);
        }
    }

    static Arbitrary<Tuple.Tuple2<MapiType, Object>> typesAndValues() {
        List<Arbitrary<Tuple.Tuple2<MapiType, Object>>> each = new ArrayList<>();
        for (MapiType t : MapiType.values()) {
            if (t == MapiType.PtypUnspecified || t == MapiType.PtypNull || t == MapiType.PtypObject) {
                continue;
            }
            Arbitrary<Object> v = t.isMultiple()
                    ? single(t.elementType()).list().ofMaxSize(4).map(l -> (Object) List.copyOf(l)) : single(t);
            each.add(v.map(value -> Tuple.of(t, value)));
        }
        return Arbitraries.oneOf(each);
    }

}
