package dev.oxprops.testkit;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/**
 * The cross-backend conformance suite, for any {@link PropertyBag} implementation, run from a JUnit 5
 * {@code @TestFactory}:
 *
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicNode&gt; conformance() {
 *     return BagTestKit.roundTrip(BagBackend.of("mine", MyBag::new, bag -&gt; MyFormat.read(MyFormat.write(bag))));
 * }
 * </pre>
 *
 * {@link #roundTrip} runs everything: the MS-OXSHARE checks (six flavors through the backend and back, typed getters,
 * mirrors, violations), one value of each common type, and the read-side checks on what came back. A backend that
 * only reads (a PST file) runs {@link #readSide} on the bags it read.
 */
public final class BagTestKit {
    private BagTestKit() {}

    /** Every check, on a backend that writes and reads. */
    public static Stream<DynamicNode> roundTrip(BagBackend backend) {
        Objects.requireNonNull(backend, "backend");
        Trips trips = new Trips(backend);
        SharingChecks sharing = new SharingChecks(trips);
        List<DynamicNode> flavors = new ArrayList<>();
        for (Flavor f : Flavor.values()) {
            flavors.add(dynamicTest(f.name(), () -> sharing.flavorSurvivesAndValidatesClean(f)));
        }
        List<DynamicNode> values = new ArrayList<>();
        ValueChecks valueChecks = new ValueChecks(trips);
        int n = 0;
        for (Map.Entry<MapiType, Object> e : ValueChecks.samples().entrySet()) {
            int index = n++;
            values.add(dynamicTest(e.getKey().name(), () -> valueChecks.valueComesBack(e.getKey(), e.getValue(), index)));
        }
        Callable<List<PropertyBag>> read = () -> {
            List<PropertyBag> bags = new ArrayList<>();
            for (Flavor f : Flavor.values()) {
                bags.add(trips.through(Section4Example.message(f)));
            }
            return bags;
        };
        return Stream.of(
                dynamicContainer("every flavor survives " + backend.name() + " and validates clean", flavors),
                dynamicTest("typed getters read what comes back", sharing::typedGettersReadWhatComesBack),
                dynamicTest("mirrors are kept in sync", sharing::mirrorsKeptInSync),
                dynamicTest("a broken mirror is reported", sharing::brokenMirrorReported),
                dynamicTest("a missing required twin is reported", sharing::missingRequiredTwinReported),
                dynamicContainer("a value of each type comes back when carried", values),
                dynamicContainer("read side, on the six flavors read back", readSide(backend.name(), read)));
    }

    /**
     * The checks on bags a backend has read (for a backend that cannot write, such as a PST file): what each bag
     * lists and answers agree, values are of their types' Java forms, absent is absent, validation and typed reads
     * never fail untyped, read problems are complete.
     *
     * @param bags the bags to check, read by the backend (at least one)
     */
    public static Stream<DynamicNode> readSide(String name, Callable<? extends Collection<? extends PropertyBag>> bags) {
        Objects.requireNonNull(bags, "bags");
        return Stream.of(
                check(name, "lists what it holds as it answers for each", bags, ReadChecks::listsWhatItHolds),
                check(name, "holds values of their types' Java forms", bags, ReadChecks::valuesAreOfTheirTypes),
                check(name, "can carry what it holds", bags, ReadChecks::carriesWhatItHolds),
                check(name, "answers absent for an absent property", bags, ReadChecks::absentIsAbsent),
                check(name, "validates and reads typed without failing", bags, ReadChecks::validatesAndReadsWithoutFailing),
                check(name, "reports complete read problems", bags, ReadChecks::problemsAreComplete));
    }

    private static DynamicNode check(String name, String what, Callable<? extends Collection<? extends PropertyBag>> bags,
            BiConsumer<String, PropertyBag> check) {
        return dynamicTest(what, () -> {
            Collection<? extends PropertyBag> all = bags.call();
            if (all == null || all.isEmpty()) {
                throw new AssertionError(name + ": no bags to check");
            }
            int i = 0;
            for (PropertyBag bag : all) {
                check.accept(name + " bag " + i++, bag);
            }
        });
    }
}
