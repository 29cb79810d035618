package dev.oxprops.backend.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageKeys.LocalType;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import dev.oxprops.specs.oxshare.SharingMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same tests on the in-memory bag and on every backend: each of the six flavors built through the
 * generated API, sent through the backend's format and back, read with typed getters and validated; mirrors
 * kept in sync on every bag that carries them; a broken mirror reported the same way everywhere. A backend
 * that cannot carry a property (MIME carries only Internet headers) must not report it as missing.
 */
class SharedSuiteTest {
    private static final SharingMessages.Initiator RYAN = Section4Example.ryan();
    private static final SharingMessages.SharedFolder CALENDAR = Section4Example.ryansCalendar();

    /** A complete, valid message of {@code flavor}, in memory. */
    static PropertyBag message(Flavor flavor) {
        return Section4Example.message(flavor);
    }

    static Stream<Arguments> everyBackendAndFlavor() {
        List<Arguments> out = new ArrayList<>();
        for (Backend b : Backend.values()) {
            for (Flavor f : Flavor.values()) {
                out.add(Arguments.of(b, f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyBackendAndFlavor")
    void everyFlavorSurvivesTheBackendAndValidatesClean(Backend backend, Flavor flavor) {
        PropertyBag original = message(flavor);
        PropertyBag back = backend.roundTrip(backend.copyOf(original));
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(back);
        assertTrue(report.isClean(), backend + ": " + report.format());
        assertEquals(flavor.ordinal(), SharingMessageKeys.discriminatorIndex(back),
                "the kind of message is known, from the flavor or (MIME) from X-Sharing-Flavor");
        int carried = 0;
        for (PropertyKey<?> key : SharingMessageKeys.ALL) {
            Object value = original.get(key.id());
            if (value == null) {
                continue;
            }
            if (back.canCarry(key.id(), key.type())) {
                carried++;
                assertTrue(MapiValues.sameValue(value, key.read(back)), backend + " " + key.canonicalName());
            } else {
                assertTrue(report.notCarried().contains(key.canonicalName()) || !demanded(key, flavor),
                        key.canonicalName() + " neither carried nor listed as not carried");
            }
        }
        long twinsAndContentClass = SharingMessageKeys.ALL.stream().filter(k -> original.get(k.id()) != null)
                .filter(k -> k.canonicalName().startsWith("PidName")).count();
        assertTrue(carried >= twinsAndContentClass, backend + " carries at least the PS_INTERNET_HEADERS properties: " + carried);
        assertTrue(twinsAndContentClass >= 8, "the X-Sharing twins and the content class");
    }

    private static boolean demanded(PropertyKey<?> key, Flavor flavor) {
        return dev.oxprops.specs.oxshare.SharingMessageModel.SPEC.property(key.canonicalName()).orElseThrow()
                .applicabilityAt(flavor.ordinal()).presence().demands();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void typedGettersReadWhatTheBackendGivesBack(Backend backend) {
        PropertyBag back = backend.roundTrip(backend.copyOf(message(Flavor.ACCEPT)));
        SharingMessageAccessor m = SharingMessageAccessor.of(back);
        assertEquals("23310", m.getXSharingFlavor());
        assertEquals("IPF.Appointment", m.getXSharingLocalType());
        assertEquals("Calendar", m.getXSharingRemoteName());
        assertEquals(CALENDAR.entryId(), FolderEntryId.parse(Hex.parseBytes(m.getXSharingRemoteUid())));
        if (backend != Backend.MIME) {
            assertEquals(Flavor.ACCEPT, m.getFlavorEnum());
            assertEquals(CALENDAR.entryId(), m.getRemoteUid());
            assertEquals(RYAN.entryId(), m.getInitiatorEntryId());
            assertArrayEquals(SharingMessages.Provider.guid(), m.getProviderGuid());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void mirrorsAreKeptInSyncOnEveryBagThatCarriesThem(Backend backend) {
        PropertyBag bag = backend.copyOf(message(Flavor.INVITATION_SPECIAL_FOLDER));
        SharingMessageAccessor m = SharingMessageAccessor.of(bag);
        if (bag.canCarry(SharingMessageKeys.LOCAL_TYPE.id(), SharingMessageKeys.LOCAL_TYPE.type())) {
            m.setLocalType(LocalType.TASKS);
        } else {
            // MIME carries only the twins: they are set directly and validated alone
            m.setXSharingLocalType("IPF.Task").setXSharingRemoteType("IPF.Task");
        }
        SharingMessageAccessor back = SharingMessageAccessor.of(backend.roundTrip(bag));
        assertEquals("IPF.Task", back.getXSharingLocalType());
        assertEquals("IPF.Task", back.getXSharingRemoteType());
        assertTrue(back.validate().isClean(), back.validate().format());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBrokenMirrorIsReportedTheSameWayEverywhere(Backend backend) {
        PropertyBag bag = backend.copyOf(message(Flavor.REQUEST));
        bag.put(SharingMessageKeys.X_SHARING_CAPABILITIES.id(), SharingMessageKeys.X_SHARING_CAPABILITIES.type(), "402B0");
        List<Violation> found = SharingMessageValidator.INSTANCE.validate(backend.roundTrip(bag)).violations();
        if (backend == Backend.MIME) {
            assertEquals(List.of(), found, "the source is not carried by MIME, so the mirror cannot be checked");
        } else {
            assertEquals(1, found.size(), found.toString());
            assertEquals("PidNameXSharingCapabilities", found.get(0).property());
            assertEquals(RuleKind.MIRROR, found.get(0).rule());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMissingRequiredTwinIsReportedEverywhere(Backend backend) {
        PropertyBag bag = backend.copyOf(message(Flavor.DENY));
        bag.remove(SharingMessageKeys.X_SHARING_FLAVOR.id());
        List<Violation> found = SharingMessageValidator.INSTANCE.validate(backend.roundTrip(bag)).violations();
        assertFalse(found.isEmpty());
        assertTrue(found.stream().anyMatch(v -> v.property().equals("PidNameXSharingFlavor")
                || v.rule() == RuleKind.DISCRIMINATOR), found.toString());
    }
}
