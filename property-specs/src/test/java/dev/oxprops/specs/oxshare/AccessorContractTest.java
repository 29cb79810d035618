package dev.oxprops.specs.oxshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the README promises about the generated accessor and keys: {@code setX(null)} removes (for every setter
 * that can take null), a primitive-typed property is removed with {@code removeX()}, {@code getXEnum()} throws
 * MalformedValueException for a value outside the list, and key-level writes touch one property only (mirrors are
 * the accessor's business).
 */
class AccessorContractTest {
    /** Every property set: an acceptance (which describes the folder) with the response marks too. */
    private static PropertyBag full() {
        PropertyBag bag = Section4Example.message(Flavor.ACCEPT);
        SharingMessageKeys.RESPONSE_TYPE.write(bag, SharingMessageKeys.ResponseType.ACCEPTED.value());
        SharingMessageKeys.RESPONSE_TIME.write(bag, Section4Example.RESPONSE_TIME);
        return bag;
    }

    @Test
    void everySetterThatTakesAReferenceRemovesWithNull() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Method m : SharingMessageAccessor.class.getMethods()) {
            if (!m.getName().startsWith("set") || m.getParameterCount() != 1 || m.getParameterTypes()[0].isPrimitive()) {
                continue;
            }
            String property = m.getName().substring(3).replaceFirst("Raw$", "");
            Method has = SharingMessageAccessor.class.getMethod("has" + property);
            PropertyBag bag = full();
            SharingMessageAccessor a = SharingMessageAccessor.of(bag);
            boolean wasSet = (Boolean) has.invoke(a);
            m.invoke(a, new Object[] {null}); // never throws, set or not
            assertFalse((Boolean) has.invoke(a), m + " with null removes " + property);
            if (wasSet) {
                checked.add(m.getName() + "(" + m.getParameterTypes()[0].getSimpleName() + ")");
            }
        }
        assertTrue(checked.size() >= 30, checked::toString);
        assertTrue(checked.contains("setFlavor(Flavor)"), checked::toString);
    }

    @Test
    void aPrimitiveTypedPropertyIsRemovedWithRemove() throws Exception {
        for (Method m : SharingMessageAccessor.class.getMethods()) {
            if (m.getName().startsWith("set") && m.getParameterCount() == 1 && m.getParameterTypes()[0].isPrimitive()) {
                String property = m.getName().substring(3);
                PropertyBag bag = full();
                SharingMessageAccessor a = SharingMessageAccessor.of(bag);
                SharingMessageAccessor.class.getMethod("remove" + property).invoke(a);
                assertFalse((Boolean) SharingMessageAccessor.class.getMethod("has" + property).invoke(a), property);
            }
        }
        SharingMessageAccessor a = SharingMessageAccessor.of(full());
        a.removeFlavor();
        assertFalse(a.hasFlavor());
        assertFalse(a.hasXSharingFlavor(), "its mirror goes too");
    }

    @Test
    void anEnumGetterThrowsMalformedValueForAValueOutsideTheList() {
        SharingMessageAccessor a = SharingMessageAccessor.of(full()).setFlavor(42);
        assertEquals(42, a.getFlavor());
        MalformedValueException e = assertThrows(MalformedValueException.class, a::getFlavorEnum);
        assertTrue(e.getMessage().contains("PidLidSharingFlavor"), e.getMessage());
    }

    @Test
    void keyLevelWritesTouchOnePropertyAndLeaveMirrorsAlone() {
        PropertyBag bag = full();
        PropertyKey<Integer> flavor = SharingMessageKeys.FLAVOR;
        flavor.write(bag, Flavor.DENY.value());
        assertEquals("23310", SharingMessageKeys.X_SHARING_FLAVOR.find(bag).orElseThrow(), "the mirror is not written");
        assertTrue(SharingMessageValidator.INSTANCE.validate(bag).violations().stream()
                .anyMatch(v -> v.property().equals("PidNameXSharingFlavor") && v.rule() == RuleKind.MIRROR),
                "and the validator says so");
        SharingMessageAccessor.of(bag).setFlavor(Flavor.DENY);
        assertEquals("25100", SharingMessageKeys.X_SHARING_FLAVOR.find(bag).orElseThrow(), "the accessor writes it");
    }
}
