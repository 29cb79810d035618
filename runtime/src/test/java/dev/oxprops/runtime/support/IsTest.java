package dev.oxprops.runtime.support;

import static dev.oxprops.runtime.support.RulesTest.BIG;
import static dev.oxprops.runtime.support.RulesTest.BLOB;
import static dev.oxprops.runtime.support.RulesTest.CLASS;
import static dev.oxprops.runtime.support.RulesTest.CONFIG_URL;
import static dev.oxprops.runtime.support.RulesTest.FLAVOR;
import static dev.oxprops.runtime.support.RulesTest.PROVIDER;
import static dev.oxprops.runtime.support.RulesTest.SMALL;
import static dev.oxprops.runtime.support.RulesTest.X_FLAVOR;
import static dev.oxprops.runtime.support.RulesTest.X_PROVIDER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The quick tests of generated validators ({@link Is}) are sound: whenever one passes, the rule it stands in front of
 * reports nothing, on values of every class a bag may hold; and each fails on a value its rule reports (else it would
 * test nothing).
 */
class IsTest {
    /** Values of many classes, some equal to the ones the tests look for. */
    private static final Object[] VALUES = {null, 0x00020310, 0x00000310, 1, -1, 0, (short) 1, (short) -1, 1L, -1L,
        0x00020310L, "", "Sharing", "sharing", "IPM.Sharing", "ipm.sharing.x", "IPM.SharingX", "20310", "00020310",
        "310", "zz", "0102", "AEF0", new byte[0], new byte[] {1, 2}, new byte[] {(byte) 0xAE, (byte) 0xF0}, Boolean.TRUE,
        Boolean.FALSE, Instant.EPOCH, UUID.fromString("00000000-0000-0000-0000-000000000001"), List.of("a")};

    @Test
    void aPassingValueTestMeansThePropertyRuleIsSilent() {
        sound(FLAVOR, Rules.oneOfValue(FLAVOR, Level.MUST, "", 0x00020310, 0x00000310), r -> Is.intIn(r, 0x00020310, 0x00000310));
        sound(FLAVOR, Rules.oneOfValue(FLAVOR, Level.MUST, "", 1), r -> Is.intIn(r, 1));
        sound(FLAVOR, Rules.oneOfValue(FLAVOR, Level.MUST, "", 1, 0, -1), r -> Is.intIn(r, 1, 0, -1));
        sound(FLAVOR, Rules.oneOfValue(FLAVOR, Level.MUST, "", 1, 0, -1, 0x310), r -> Is.intIn(r, 1, 0, -1, 0x310));
        sound(CONFIG_URL, Rules.fixedValue(CONFIG_URL, Level.MUST, "", "Sharing"), r -> Is.stringIn(r, "Sharing"));
        sound(CONFIG_URL, Rules.oneOfValue(CONFIG_URL, Level.MUST, "", "Sharing", ""), r -> Is.stringIn(r, "Sharing", ""));
        sound(CONFIG_URL, Rules.oneOfValue(CONFIG_URL, Level.MUST, "", "a", "b", "zz"), r -> Is.stringIn(r, "a", "b", "zz"));
        sound(CONFIG_URL, Rules.oneOfValue(CONFIG_URL, Level.MUST, "", "a", "b", "c", "310"),
                r -> Is.stringIn(r, "a", "b", "c", "310"));
        sound(CONFIG_URL, Rules.zeroLengthValue(CONFIG_URL, Level.MUST, ""), Is::emptyString);
        sound(BLOB, Rules.zeroLengthValue(BLOB, Level.MUST, ""), Is::emptyBytes);
        sound(BLOB, Rules.fixedValue(BLOB, Level.MUST, "", new byte[] {1, 2}), r -> Is.bytesEqual(r, new byte[] {1, 2}));
        sound(PROVIDER, Rules.fixedValue(PROVIDER, Level.MUST, "", new byte[] {1, 2}), r -> Is.bytesEqual(r, new byte[] {1, 2}));
        sound(CLASS, Rules.startsWithValue(CLASS, Level.MUST, "", "IPM.", false), r -> Is.startsWith(r, "IPM."));
        sound(CLASS, Rules.startsWithValue(CLASS, Level.MUST, "", "IPM.", true), r -> Is.startsWithIgnoreCase(r, "IPM."));
        sound(CLASS, ValueRules.messageClass(CLASS, Level.MUST, "", true, "IPM.Sharing"), r -> Is.inFamily(r, "IPM.Sharing"));
        sound(CLASS, ValueRules.messageClass(CLASS, Level.MUST, "", false, "IPM.Sharing"), r -> Is.messageClass(r, "IPM.Sharing"));
        // a flags test accepts any integer class: generated code tests the key's class first
        sound(FLAVOR, ValueRules.flags(FLAVOR, Level.MUST, "", 0x00020310L, "A"),
                r -> r instanceof Integer && Is.flagsWithin(r, 0x00020310L));
        sound(SMALL, ValueRules.flags(SMALL, Level.MUST, "", 0x00FFL, "A"), r -> r instanceof Short && Is.flagsWithin(r, 0x00FFL));
        sound(BIG, ValueRules.flags(BIG, Level.MUST, "", 1L, "A"), r -> r instanceof Long && Is.flagsWithin(r, 1L));
        PropertyKey<Boolean> flag = PropertyKey.of("PidLidFlag", FLAVOR.id(), MapiType.PtypBoolean, "2.1", Boolean.class);
        sound(flag, Rules.fixedValue(flag, Level.MUST, "", true), r -> Is.booleanIs(r, true));
    }

    @Test
    void aPassingMirrorTestMeansTheMirrorRuleIsSilent() {
        PropertyKey<String> copy = PropertyKey.of("PidLidCopy", X_PROVIDER.id(), MapiType.PtypString, "2.1", String.class);
        PropertyKey<Integer> twin = PropertyKey.of("PidLidTwin", X_FLAVOR.id(), MapiType.PtypInteger32, "2.1", Integer.class);
        soundMirror(copy, CONFIG_URL, MirrorKind.SAME, false, Is::sameString);
        soundMirror(copy, CONFIG_URL, MirrorKind.SAME, true, Is::sameStringWithSource);
        soundMirror(twin, FLAVOR, MirrorKind.SAME, false, Is::sameInt);
        soundMirror(X_FLAVOR, FLAVOR, MirrorKind.HEX, false, Is::hexOfInt);
        soundMirror(X_PROVIDER, PROVIDER, MirrorKind.HEX, false, Is::hexOfBytes);
        soundMirror(X_PROVIDER, BLOB, MirrorKind.HEX, false, Is::hexOfBytes);
    }

    @Test
    void conditionTestsAgreeWithConditionsOnValuesOfTheKeysClass() {
        Condition family = Condition.inFamily(CLASS, "IPM.Sharing");
        Condition bits = Condition.bits(FLAVOR, 0x00000310L, 0x00020000L);
        for (Object value : VALUES) {
            InMemoryPropertyBag bag = bagWith(CLASS, value);
            if (value instanceof String) {
                assertTrue(family.test(bag) == Is.inFamily(value, "IPM.Sharing"), String.valueOf(value));
            }
            bag = bagWith(FLAVOR, value);
            if (value instanceof Integer) {
                assertTrue(bits.test(bag) == Is.bits(value, 0x00000310L, 0x00020000L), String.valueOf(value));
            }
        }
    }

    /** Whenever {@code test} passes on a value, the required property rule with {@code check} reports nothing. */
    private static void sound(PropertyKey<?> key, ValueCheck check, Predicate<Object> test) {
        PropertyRule rule = Rules.property(key, PresenceRule.REQUIRED, "2.1", check);
        int reported = 0;
        for (Object value : VALUES) {
            InMemoryPropertyBag bag = bagWith(key, value);
            Violations v = rule.check(bag, bag.get(key.id()), null);
            if (test.test(value)) {
                assertNull(v, () -> key.canonicalName() + " = " + show(value) + " passes the quick test, yet the rule reports");
            }
            reported += v == null ? 0 : 1;
        }
        assertTrue(reported > 0, "no value breaks the rule");
        assertFalse(test.test(null), "an absent required value passes");
    }

    private static void soundMirror(PropertyKey<?> mirror, PropertyKey<?> source, MirrorKind kind, boolean withSource,
            BiPredicate<Object, Object> test) {
        MirrorRule rule = withSource ? Rules.mirrorSetWithSource(mirror, source, kind, Level.MUST, "2.1")
                : Rules.mirror(mirror, source, kind, Level.MUST, "2.1");
        int reported = 0;
        for (Object m : VALUES) {
            for (Object s : VALUES) {
                InMemoryPropertyBag bag = bagWith(source, s);
                put(bag, mirror, m);
                Violations v = rule.check(bag, bag.get(mirror.id()), bag.get(source.id()), null);
                if (test.test(m, s)) {
                    assertNull(v, () -> mirror.canonicalName() + " = " + show(m) + ", " + source.canonicalName() + " = " + show(s)
                            + " pass the quick test, yet the rule reports");
                }
                reported += v == null ? 0 : 1;
            }
        }
        assertTrue(reported > 0, "no pair breaks the rule");
    }

    private static InMemoryPropertyBag bagWith(PropertyKey<?> key, Object value) {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        put(bag, key, value);
        return bag;
    }

    /** Stores {@code value} as the key's type when it is of the key's class, else as the type its class implies. */
    private static void put(InMemoryPropertyBag bag, PropertyKey<?> key, Object value) {
        if (value == null) {
            return;
        }
        MapiType type = key.javaClass().isInstance(value) ? key.type() : MapiValues.impliedType(value);
        bag.put(key.id(), type != null ? type : MapiType.PtypMultipleString, value);
    }

    private static String show(Object value) {
        return value instanceof byte[] ? Arrays.toString((byte[]) value) : String.valueOf(value);
    }
}
