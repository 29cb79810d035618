package dev.oxprops.processor.functional;

import static dev.oxprops.processor.functional.Toys.ORDER;
import static dev.oxprops.processor.functional.Toys.QUOTE;
import static dev.oxprops.processor.functional.Toys.RECEIPT;
import static dev.oxprops.processor.functional.Toys.call;
import static dev.oxprops.processor.functional.Toys.key;
import static dev.oxprops.processor.functional.Toys.received;
import static dev.oxprops.processor.functional.Toys.receivedIgnoringOptional;
import static dev.oxprops.processor.functional.Toys.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Receipt;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.IgnoredProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The receive view hides what a receiver must (or may) ignore for the message's kind, and says so. */
class ToyReceivedTest {
    @BeforeAll
    static void compileToysAgain() {
        Toys.reset();
    }


    private static void put(InMemoryPropertyBag bag, String constant, Object value) {
        PropertyKey<?> k = key(constant);
        bag.put(k.id(), k.type(), value);
    }

    @SuppressWarnings("unchecked")
    private static List<IgnoredProperty> ignored(Object view) {
        return (List<IgnoredProperty>) call(view, "ignored");
    }

    @Test
    void mustIgnorePropertiesAreHiddenAndListedWithTheirRule() {
        InMemoryPropertyBag bag = valid(RECEIPT);
        put(bag, "REMOTE_NAME", "stale");
        put(bag, "X_REMOTE_NAME", "stale");
        put(bag, "LEGACY_FLAGS", 9);
        Object view = received(bag);
        assertEquals(2, call(view, "kindIndex"));
        assertEquals(Optional.empty(), call(view, "findRemoteName"));
        assertEquals(Optional.empty(), call(view, "findXRemoteName"));
        assertEquals(Optional.empty(), call(view, "findLegacyFlags"));
        assertEquals(Optional.of("Ann"), call(view, "findSenderName"), "MAY_IGNORE is visible by default");
        assertEquals(Optional.of("shop"), call(view, "findLocalName"));

        List<IgnoredProperty> hidden = ignored(view);
        assertEquals(List.of("PidLidToyRemoteName", "PidNameXToyRemoteName", "PidLidToyLegacyFlags"),
                hidden.stream().map(IgnoredProperty::canonicalName).toList());
        IgnoredProperty remote = hidden.get(0);
        assertEquals(Receipt.MUST_IGNORE, remote.receipt());
        assertEquals("2.8.1", remote.section());
        assertEquals("<1> stale on receipts", remote.note());
        assertEquals(key("REMOTE_NAME").id(), remote.id());
        assertEquals("2.8.2", hidden.get(1).section(), "the property's section when the rule names none");
        assertEquals("2.15", hidden.get(2).section());
        assertEquals("<3> unused", hidden.get(2).note());
        assertTrue(remote.toString().contains("MUST be ignored upon receipt"), remote.toString());
    }

    @Test
    void ignoringOptionalAlsoHidesMayIgnoreProperties() {
        InMemoryPropertyBag bag = valid(QUOTE);
        Object view = receivedIgnoringOptional(bag);
        assertEquals(Optional.empty(), call(view, "findSenderName"));
        List<IgnoredProperty> hidden = ignored(view);
        assertEquals(1, hidden.size(), hidden::toString);
        assertEquals("PidLidToySenderName", hidden.get(0).canonicalName());
        assertEquals(Receipt.MAY_IGNORE, hidden.get(0).receipt());
        assertEquals("<2> receivers look it up instead", hidden.get(0).note());
        assertEquals("2.13", hidden.get(0).section());
    }

    @Test
    void whatTheKindAllowsIsVisibleAndAbsentPropertiesAreNotListed() {
        InMemoryPropertyBag bag = valid(ORDER);
        Object view = received(bag);
        assertEquals(Optional.of("shop"), call(view, "findRemoteName"), "an order uses the remote name");
        assertEquals(Optional.of("shop"), call(view, "findXRemoteName"));
        assertEquals(List.of(), ignored(view), "nothing hidden is present");
        put(bag, "LEGACY_FLAGS", 1);
        assertEquals(List.of("PidLidToyLegacyFlags"),
                ignored(received(bag)).stream().map(IgnoredProperty::canonicalName).toList(), "@Ignored: on every kind");
    }

    @Test
    void theViewDecodesCodecPropertiesAndReadsEveryType() {
        InMemoryPropertyBag bag = valid(ORDER);
        put(bag, "PRICE", 250L);
        put(bag, "TAGS", List.of("x"));
        Object view = received(bag);
        assertEquals(Optional.of(new BigDecimal("2.50")), call(view, "findPrice"));
        assertEquals(Optional.of(List.of("x")), call(view, "findTags"));
        assertEquals(Optional.of(3), call(view, "findCount"));
        assertEquals(Optional.of((short) 2), call(view, "findVersion"));
    }

    @Test
    void anUnknownKindHidesOnlyWhatEveryKindIgnores() {
        InMemoryPropertyBag bag = valid(RECEIPT);
        put(bag, "KIND", 77);
        put(bag, "REMOTE_NAME", "stale");
        put(bag, "LEGACY_FLAGS", 1);
        Object view = received(bag);
        assertEquals(-1, call(view, "kindIndex"));
        assertEquals(Optional.of("stale"), call(view, "findRemoteName"), "ignored on receipts only");
        assertEquals(List.of("PidLidToyLegacyFlags"), ignored(view).stream().map(IgnoredProperty::canonicalName).toList());
    }
}
