package dev.oxprops.specs.oxshare;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.ValidationReport;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Property-based: the validator never throws, whatever a bag holds (declared and foreign ids, any declared type,
 * values of any class), and every declared property holding a value its key cannot read is named by a violation.
 */
class ValidatorPropertiesTest {
    private static final List<PropertyKey<?>> KEYS = SharingMessageKeys.ALL;

    @Provide
    Arbitrary<Object> anyValue() {
        return Arbitraries.oneOf(Arbitraries.integers().map(i -> (Object) i), Arbitraries.strings().ofMaxLength(40).map(s -> s),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(b -> b), Arbitraries.longs().map(l -> l),
                Arbitraries.just(true), Arbitraries.just(UUID.fromString("0006f0ae-0000-0000-c000-000000000046")),
                Arbitraries.just(Instant.parse("2008-03-06T23:43:00Z")), Arbitraries.just(List.of("a", 1)),
                Arbitraries.just(new Object()), Arbitraries.shorts().map(s -> s),
                Arbitraries.of(0x00020310, 0x00000310, 0x00020500, 0x00020710, 0x00025100, 0x00023310).map(i -> i),
                Arbitraries.of("20310", "310", "20500", "IPF.Appointment", "IPM.Sharing", "Sharing", "").map(s -> s));
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, MapiType, Object>>> entries() {
        Arbitrary<Integer> which = Arbitraries.integers().between(-20, KEYS.size() - 1);
        Arbitrary<MapiType> type = Arbitraries.of(MapiType.class);
        return Combinators.combine(which, type, anyValue()).as(Tuple::of).list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void neverThrowsAndNamesEveryUnreadableValue(@ForAll("entries") List<Tuple.Tuple3<Integer, MapiType, Object>> entries) {
        PropertyBag bag = new InMemoryPropertyBag();
        for (Tuple.Tuple3<Integer, MapiType, Object> e : entries) {
            PropertyId id = e.get1() >= 0 ? KEYS.get(e.get1()).id() : PropertyId.tag(0x6000 - e.get1());
            bag.put(id, e.get2(), e.get3());
        }
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(bag);
        for (PropertyKey<?> key : KEYS) {
            Object raw = bag.get(key.id());
            if (raw != null && !key.accepts(bag.typeOf(key.id()), raw) && report.about(key.canonicalName()).isEmpty()) {
                throw new AssertionError(key.canonicalName() + " holds " + raw + " but no violation names it: " + report.format());
            }
        }
        SharingMessageReceived.of(bag).ignored();
    }
}
