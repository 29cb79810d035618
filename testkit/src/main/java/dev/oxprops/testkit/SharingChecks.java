package dev.oxprops.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageKeys.LocalType;
import dev.oxprops.specs.oxshare.SharingMessageModel;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import dev.oxprops.specs.oxshare.SharingMessages;
import java.util.List;

/**
 * The MS-OXSHARE checks every backend passes: each of the six flavors built through the generated API, sent through
 * the backend and back, read with typed getters and validated; mirrors kept in sync on every bag that carries them;
 * a broken mirror reported the same way everywhere. What a bag cannot carry is never reported as missing.
 */
final class SharingChecks {
    private static final SharingMessages.Initiator RYAN = Section4Example.ryan();
    private static final SharingMessages.SharedFolder CALENDAR = Section4Example.ryansCalendar();

    private final Trips trips;

    SharingChecks(Trips trips) {
        this.trips = trips;
    }

    void flavorSurvivesAndValidatesClean(Flavor flavor) throws Exception {
        PropertyBag original = Section4Example.message(flavor);
        PropertyBag back = trips.through(original);
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(back);
        assertEquals(List.of(), sentViolations(original, report), trips.name() + ": " + report.format());
        assertEquals(flavor.ordinal(), SharingMessageKeys.discriminatorIndex(back),
                "the kind of message is known, from the flavor or from X-Sharing-Flavor");
        int carried = 0;
        for (PropertyKey<?> key : SharingMessageKeys.ALL) {
            Object value = original.get(key.id());
            if (value == null || !trips.sends(value)) {
                continue;
            }
            if (back.canCarry(key.id(), key.type())) {
                carried++;
                assertTrue(MapiValues.sameValue(value, key.read(back)), trips.name() + " " + key.canonicalName());
            } else {
                assertTrue(report.notCarried().contains(key.canonicalName()) || !demanded(key, flavor),
                        key.canonicalName() + " neither carried nor listed as not carried");
            }
        }
        long headers = SharingMessageKeys.ALL.stream().filter(k -> original.get(k.id()) != null)
                .filter(k -> k.canonicalName().startsWith("PidName")).count();
        assertTrue(headers >= 8, "the X-Sharing twins and the content class");
        assertTrue(carried >= headers, trips.name() + " carries at least the PS_INTERNET_HEADERS properties: " + carried);
    }

    /** The violations of {@code report} on properties of {@code original} the backend was given (its limitations). */
    private List<Violation> sentViolations(PropertyBag original, ValidationReport report) {
        List<String> unsent = SharingMessageKeys.ALL.stream().filter(k -> original.get(k.id()) != null)
                .filter(k -> !trips.sends(original.get(k.id()))).map(PropertyKey::canonicalName).toList();
        return report.violations().stream().filter(v -> !unsent.contains(v.property())).toList();
    }

    private static boolean demanded(PropertyKey<?> key, Flavor flavor) {
        return SharingMessageModel.SPEC.property(key.canonicalName()).orElseThrow().applicabilityAt(flavor.ordinal())
                .presence().demands();
    }

    void typedGettersReadWhatComesBack() throws Exception {
        PropertyBag original = Section4Example.message(Flavor.ACCEPT);
        PropertyBag back = trips.through(original);
        SharingMessageAccessor m = SharingMessageAccessor.of(back);
        assertEquals("23310", m.getXSharingFlavor());
        assertEquals("IPF.Appointment", m.getXSharingLocalType());
        assertEquals("Calendar", m.getXSharingRemoteName());
        assertEquals(CALENDAR.entryId(), FolderEntryId.parse(Hex.parseBytes(m.getXSharingRemoteUid())));
        if (carries(back, SharingMessageKeys.FLAVOR) && sent(original, SharingMessageKeys.FLAVOR)) {
            assertEquals(Flavor.ACCEPT, m.getFlavorEnum());
        }
        if (carries(back, SharingMessageKeys.REMOTE_UID) && sent(original, SharingMessageKeys.REMOTE_UID)) {
            assertEquals(CALENDAR.entryId(), m.getRemoteUid());
        }
        if (carries(back, SharingMessageKeys.INITIATOR_ENTRY_ID) && sent(original, SharingMessageKeys.INITIATOR_ENTRY_ID)) {
            assertEquals(RYAN.entryId(), m.getInitiatorEntryId());
        }
        if (carries(back, SharingMessageKeys.PROVIDER_GUID) && sent(original, SharingMessageKeys.PROVIDER_GUID)) {
            assertArrayEquals(SharingMessages.Provider.guid(), m.getProviderGuid());
        }
    }

    void mirrorsKeptInSync() throws Exception {
        PropertyBag original = Section4Example.message(Flavor.INVITATION_SPECIAL_FOLDER);
        PropertyBag bag = trips.copyOf(original);
        SharingMessageAccessor m = SharingMessageAccessor.of(bag);
        if (carries(bag, SharingMessageKeys.LOCAL_TYPE)) {
            m.setLocalType(LocalType.TASKS);
        } else {
            // a bag that carries only the twins (MIME): they are set directly and validated alone
            m.setXSharingLocalType("IPF.Task").setXSharingRemoteType("IPF.Task");
        }
        SharingMessageAccessor back = SharingMessageAccessor.of(trips.roundTrip(bag));
        assertEquals("IPF.Task", back.getXSharingLocalType());
        assertEquals("IPF.Task", back.getXSharingRemoteType());
        assertEquals(List.of(), sentViolations(original, back.validate()), back.validate().format());
    }

    void brokenMirrorReported() throws Exception {
        PropertyBag original = Section4Example.message(Flavor.REQUEST);
        PropertyBag bag = trips.copyOf(original);
        PropertyKey<String> twin = SharingMessageKeys.X_SHARING_CAPABILITIES;
        bag.put(twin.id(), twin.type(), "402B0");
        PropertyBag back = trips.roundTrip(bag);
        List<Violation> found = sentViolations(original, SharingMessageValidator.INSTANCE.validate(back));
        if (!carries(back, SharingMessageKeys.CAPABILITIES)) {
            assertEquals(List.of(), found, "the source is not carried, so the mirror cannot be checked");
        } else {
            assertEquals(1, found.size(), found.toString());
            assertEquals("PidNameXSharingCapabilities", found.get(0).property());
            assertEquals(RuleKind.MIRROR, found.get(0).rule());
        }
    }

    void missingRequiredTwinReported() throws Exception {
        PropertyBag bag = trips.copyOf(Section4Example.message(Flavor.DENY));
        bag.remove(SharingMessageKeys.X_SHARING_FLAVOR.id());
        List<Violation> found = SharingMessageValidator.INSTANCE.validate(trips.roundTrip(bag)).violations();
        assertFalse(found.isEmpty());
        assertTrue(found.stream().anyMatch(v -> v.property().equals("PidNameXSharingFlavor")
                || v.rule() == RuleKind.DISCRIMINATOR), found.toString());
    }

    private boolean sent(PropertyBag original, PropertyKey<?> key) {
        Object value = original.get(key.id());
        return value != null && trips.sends(value);
    }

    private static boolean carries(PropertyBag bag, PropertyKey<?> key) {
        return bag.canCarry(key.id(), key.type());
    }
}
