package dev.oxprops.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.ForwardingPropertyBag;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/** The kit fails backends that lose or change what they were given, naming the check. */
class BrokenBackendsTest {
    /** The display names of the kit's checks that fail. */
    static List<String> failures(Stream<DynamicNode> kit) {
        List<String> failed = new ArrayList<>();
        kit.forEach(node -> run(node, "", failed));
        return failed;
    }

    private static void run(DynamicNode node, String path, List<String> failed) {
        String name = path + node.getDisplayName();
        if (node instanceof DynamicContainer c) {
            c.getChildren().forEach(child -> run(child, name + " / ", failed));
        } else {
            try {
                ((DynamicTest) node).getExecutable().execute();
            } catch (Throwable t) {
                failed.add(name);
            }
        }
    }

    private static Stream<DynamicNode> kit(BagBackend.Trip trip) {
        return BagTestKit.roundTrip(BagBackend.of("broken", InMemoryPropertyBag::new, trip));
    }

    @Test
    void aCorrectBackendFailsNothing() {
        assertEquals(List.of(), failures(kit(InMemoryPropertyBag::copyOf)));
    }

    @Test
    void aBackendThatDropsBinaryValuesFails() {
        List<String> failed = failures(kit(bag -> {
            InMemoryPropertyBag copy = new InMemoryPropertyBag();
            bag.forEach((id, type, value) -> {
                if (type != MapiType.PtypBinary) {
                    copy.put(id, type, value);
                }
            });
            return copy;
        }));
        assertTrue(failed.contains("a value of each type comes back when carried / PtypBinary"), failed.toString());
        assertTrue(failed.stream().anyMatch(f -> f.startsWith("every flavor survives")), failed.toString());
    }

    @Test
    void aBackendThatTurnsIntegersIntoLongsFails() {
        List<String> failed = failures(kit(bag -> {
            PropertyBag copy = new InMemoryPropertyBag();
            bag.forEach((id, type, value) -> copy.put(id, type, value instanceof Integer i ? (Object) i.longValue() : value));
            return copy;
        }));
        assertTrue(failed.contains("a value of each type comes back when carried / PtypInteger32"), failed.toString());
    }

    @Test
    void aBackendWhoseBagsMiscountFailsTheReadSide() {
        PropertyBag held = Section4Example.message(Flavor.ACCEPT);
        List<String> failed = failures(BagTestKit.readSide("miscounting", () -> List.of(new ForwardingPropertyBag() {
            @Override
            protected PropertyBag delegate() {
                return held;
            }

            @Override
            public int size() {
                return held.size() + 1;
            }
        })));
        assertEquals(List.of("lists what it holds as it answers for each"), failed);
    }

    @Test
    void noBagsToReadIsAFailure() {
        assertEquals(6, failures(BagTestKit.readSide("nothing", List::of)).size());
    }
}
