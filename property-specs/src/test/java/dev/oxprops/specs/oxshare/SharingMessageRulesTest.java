package dev.oxprops.specs.oxshare;

import static dev.oxprops.specs.oxshare.Section4Fixtures.RESPONSE_TIME;
import static dev.oxprops.specs.oxshare.Section4Fixtures.kendall;
import static dev.oxprops.specs.oxshare.Section4Fixtures.ryan;
import static dev.oxprops.specs.oxshare.Section4Fixtures.ryansCalendar;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.Receipt;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.MissingPropertyException;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyTypeException;
import dev.oxprops.runtime.model.IgnoredProperty;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageKeys.LocalType;
import dev.oxprops.specs.oxshare.SharingMessages.Provider;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of [MS-OXSHARE] sections 2 and 3 as the generated validator, accessor and receive view apply them. */
class SharingMessageRulesTest {
    private static final SharingMessageValidator VALIDATOR = SharingMessageValidator.INSTANCE;

    /** A valid message of each flavor, built through the 3.1.4 API. */
    static PropertyBag valid(Flavor flavor) {
        return Section4Example.message(flavor);
    }

    private static Set<String> properties(ValidationReport report) {
        return report.violations().stream().map(Violation::property).collect(Collectors.toSet());
    }

    private static Violation only(ValidationReport report) {
        assertEquals(1, report.violations().size(), report.format());
        return report.violations().get(0);
    }

    @ParameterizedTest
    @EnumSource(Flavor.class)
    void everyFlavorBuiltByTheApiIsClean(Flavor flavor) {
        ValidationReport report = VALIDATOR.validate(valid(flavor));
        assertTrue(report.isClean(), report.format());
        assertEquals(flavor.value(), SharingMessageAccessor.of(valid(flavor)).getFlavor());
    }

    /** A bag that, like MIME, carries only PS_INTERNET_HEADERS names (the X-Sharing twins). */
    static final class TwinsOnly extends dev.oxprops.runtime.ForwardingPropertyBag {
        private final InMemoryPropertyBag inner = new InMemoryPropertyBag();

        TwinsOnly(PropertyBag from) {
            from.forEach((id, type, value) -> {
                if (canCarry(id, type)) {
                    inner.put(id, type, value);
                }
            });
        }

        @Override
        protected PropertyBag delegate() {
            return inner;
        }

        @Override
        public boolean canCarry(dev.oxprops.runtime.PropertyId id, MapiType type) {
            return id instanceof dev.oxprops.runtime.PropertyId.Name
                    && ((dev.oxprops.runtime.PropertyId.Name) id).set().equals(dev.oxprops.runtime.PropertyId.PS_INTERNET_HEADERS);
        }
    }

    @Test
    void aHexTwinIsCheckedOnItsOwnWhenItsSourceIsNotCarried() {
        TwinsOnly mime = new TwinsOnly(valid(Flavor.INVITATION_SPECIAL_FOLDER));
        assertTrue(VALIDATOR.validate(mime).isClean(), VALIDATOR.validate(mime).format());
        // the spec's 4.1 example: 31 digits (a zero dropped); with no PidLidSharingProviderGuid to compare with
        SharingMessageKeys.X_SHARING_PROVIDER_GUID.write(mime, "AEF0060000000000C00000000000046");
        Violation v = only(VALIDATOR.validate(mime));
        assertEquals("PidNameXSharingProviderGuid", v.property());
        assertEquals(RuleKind.FORMAT, v.rule());
        assertEquals(Level.MUST, v.level());
        assertTrue(v.message().contains("32 hexadecimal digits"), v.message());
        SharingMessageKeys.X_SHARING_PROVIDER_GUID.write(mime, "AEF0060000000000C000000000000046");
        SharingMessageKeys.X_SHARING_FLAVOR.write(mime, "20310Z");
        assertEquals(RuleKind.FORMAT, only(VALIDATOR.validate(mime)).rule());
    }

    @Test
    void invitationAndRequestIsAnInvitationFor223AndARequestFor224() {
        // Decision D1 (docs/errata.md): 0x00020710 belongs to both groups.
        PropertyBag bag = valid(Flavor.INVITATION_AND_REQUEST);
        SharingMessageAccessor.of(bag).removeRemoteName();
        ValidationReport report = VALIDATOR.validate(bag);
        assertEquals(Set.of("PidLidSharingRemoteName", "PidNameXSharingRemoteName"), properties(report),
                "removing a property removes its mirror; both are required on 0x00020710");
        report.violations().forEach(v -> {
            assertEquals(Level.MUST, v.level());
            assertEquals(RuleKind.PRESENCE, v.rule());
        });
        PropertyBag answered = valid(Flavor.INVITATION_AND_REQUEST);
        SharingMessageAccessor.of(answered).setResponseType(SharingMessageKeys.ResponseType.ACCEPTED).setResponseTime(RESPONSE_TIME);
        assertTrue(VALIDATOR.validate(answered).isClean(), "2.2.4 names 0x00020710 as a request");
    }

    @Test
    void remotePropertiesOnARequestAreShouldNotAndHiddenFromReceivers() {
        PropertyBag request = valid(Flavor.REQUEST);
        SharingMessageAccessor.of(request).bag().put(SharingMessageKeys.REMOTE_NAME.id(), MapiType.PtypString, "Calendar");
        Violation v = only(VALIDATOR.validate(request));
        assertEquals("PidLidSharingRemoteName", v.property());
        assertEquals(Level.SHOULD_NOT, v.level());
        assertEquals("2.2.3", v.section());
        assertTrue(VALIDATOR.validate(request).isConformant(), "a SHOULD NOT does not break conformance");
        SharingMessageReceived received = SharingMessageReceived.of(request);
        assertTrue(received.findRemoteName().isEmpty(), "MUST be ignored upon receipt");
        List<IgnoredProperty> ignored = received.ignored();
        assertEquals(1, ignored.size());
        assertEquals("PidLidSharingRemoteName", ignored.get(0).canonicalName());
        assertEquals(Receipt.MUST_IGNORE, ignored.get(0).receipt());
    }

    @Test
    void responsePropertiesMustNotBeSetOnAnythingButARequest() {
        PropertyBag invitation = valid(Flavor.INVITATION_SPECIAL_FOLDER);
        SharingMessageAccessor.of(invitation).setResponseType(1).setResponseTime(RESPONSE_TIME);
        ValidationReport report = VALIDATOR.validate(invitation);
        assertEquals(Set.of("PidLidSharingResponseType", "PidLidSharingResponseTime"), properties(report));
        report.violations().forEach(v -> {
            assertEquals(Level.MUST_NOT, v.level());
            assertEquals("2.2.4", v.section());
        });
        assertFalse(report.isConformant());
    }

    @Test
    void answeringSetsBothResponseProperties() {
        PropertyBag request = valid(Flavor.REQUEST);
        SharingMessageAccessor.of(request).setResponseType(2);
        Violation v = only(VALIDATOR.validate(request));
        assertEquals("PidLidSharingResponseTime", v.property());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals("3.1.4.3", v.section());
    }

    @Test
    void settingTheLocalTypeWritesOnlyTheMirrorsTheFlavorAllows() {
        SharingMessageAccessor request = SharingMessageAccessor.create().setFlavor(Flavor.REQUEST).setLocalType("IPF.Task");
        assertEquals("IPF.Task", request.getXSharingLocalType());
        assertFalse(request.hasRemoteType(), "2.2.3: SHOULD NOT be set on a request");
        assertFalse(request.hasXSharingRemoteType());
        SharingMessageAccessor invitation = SharingMessageAccessor.create().setFlavor(Flavor.INVITATION_SPECIAL_FOLDER)
                .setLocalType("IPF.Task");
        assertEquals("IPF.Task", invitation.getRemoteType());
        assertEquals("IPF.Task", invitation.getXSharingRemoteType());
    }

    @Test
    void changingTheFlavorBringsDerivedMirrorsInLine() {
        SharingMessageAccessor m = SharingMessageAccessor.create().setLocalType("IPF.Contact");
        assertTrue(m.hasRemoteType(), "kind unknown yet: every mirror is written");
        m.setFlavor(Flavor.REQUEST);
        assertFalse(m.hasRemoteType(), "derived and now forbidden: removed");
        assertFalse(m.hasXSharingRemoteType());
        assertEquals("IPF.Contact", m.getXSharingLocalType());
        m.setFlavor(Flavor.ACCEPT);
        assertEquals("IPF.Contact", m.getRemoteType(), "allowed again and missing: written");
        assertEquals("IPF.Contact", m.getXSharingRemoteType());
    }

    @Test
    void aMirrorSetByHandWithAnotherValueIsKeptWhenTheFlavorChanges() {
        SharingMessageAccessor m = SharingMessageAccessor.create().setFlavor(Flavor.ACCEPT).setLocalType("IPF.Contact")
                .setRemoteType("IPF.Journal");
        m.setFlavor(Flavor.REQUEST);
        assertEquals("IPF.Journal", m.getRemoteType(), "not derived, so not dropped: the validator reports it instead");
        assertTrue(properties(VALIDATOR.validate(m.bag())).contains("PidLidSharingRemoteType"));
    }

    @Test
    void hexMirrorsFollowSection22() {
        SharingMessageAccessor m = SharingMessageAccessor.create().setFlavor(0x00000310).setCapabilities(0x000402B0);
        assertEquals("310", m.getXSharingFlavor(), "no leading zeros");
        assertEquals("402B0", m.getXSharingCapabilities(), "uppercase");
        m.setProviderGuid(SharingMessages.Provider.guid());
        assertEquals("AEF0060000000000C000000000000046", m.getXSharingProviderGuid(), "every byte");
        m.removeFlavor();
        assertFalse(m.hasXSharingFlavor(), "removing a property removes its mirrors");
    }

    @Test
    void aMalformedHexMirrorIsAViolationNamingIt() {
        for (String bad : List.of("0x20500", "020500", "2050", "2O500")) {
            PropertyBag bag = valid(Flavor.REQUEST);
            bag.put(SharingMessageKeys.X_SHARING_FLAVOR.id(), MapiType.PtypString, bad);
            Violation v = only(VALIDATOR.validate(bag));
            assertEquals("PidNameXSharingFlavor", v.property(), bad);
            assertEquals(RuleKind.MIRROR, v.rule());
            assertEquals("2.2.2.6", v.section());
        }
    }

    @Test
    void lowercaseHexDigitsStillRepresentTheValue() {
        PropertyBag bag = valid(Flavor.REQUEST);
        bag.put(SharingMessageKeys.X_SHARING_PROVIDER_GUID.id(), MapiType.PtypString, "aef0060000000000c000000000000046");
        assertTrue(VALIDATOR.validate(bag).isClean(), VALIDATOR.validate(bag).format());
    }

    @Test
    void flavorAndCapabilitiesMustAgreeOnSpecialFolders() {
        PropertyBag bag = valid(Flavor.INVITATION_FOLDER);
        SharingMessageAccessor.of(bag).setCapabilities(SharingMessageKeys.Capabilities.SPECIAL_FOLDER);
        Violation v = only(VALIDATOR.validate(bag));
        assertEquals("PidLidSharingCapabilities", v.property());
        assertEquals(RuleKind.IMPLIES, v.rule());
        PropertyBag request = valid(Flavor.REQUEST);
        SharingMessageAccessor.of(request).setCapabilities(SharingMessageKeys.Capabilities.NOT_SPECIAL_FOLDER);
        assertEquals(RuleKind.IMPLIES, only(VALIDATOR.validate(request)).rule());
    }

    @Test
    void messageClassBeginsWithIpmSharingInAnyCase() {
        for (String ok : List.of("IPM.Sharing", "IPM.Sharing.Custom", "ipm.sharing")) {
            PropertyBag bag = valid(Flavor.REQUEST);
            SharingMessageAccessor.of(bag).setMessageClass(ok);
            assertTrue(VALIDATOR.validate(bag).isClean(), ok);
        }
        PropertyBag bag = valid(Flavor.REQUEST);
        SharingMessageAccessor.of(bag).setMessageClass("IPM.Note");
        Violation v = only(VALIDATOR.validate(bag));
        assertEquals("PidTagMessageClass", v.property());
        assertEquals(RuleKind.MESSAGE_CLASS, v.rule());
        assertEquals("2.2.5.2", v.section());
        PropertyBag longer = valid(Flavor.REQUEST);
        SharingMessageAccessor.of(longer).setMessageClass("IPM.SharingX");
        assertEquals(RuleKind.MESSAGE_CLASS, only(VALIDATOR.validate(longer)).rule(), "IPM.SharingX is not derived from IPM.Sharing");
    }

    @Test
    void contentClassIsSharingAndConfigurationUrlIsEmpty() {
        PropertyBag bag = valid(Flavor.DENY);
        SharingMessageAccessor.of(bag).setContentClass("Note").setConfigurationUrl("http://example.com");
        ValidationReport report = VALIDATOR.validate(bag);
        assertEquals(Set.of("PidNameContentClass", "PidLidSharingConfigurationUrl"), properties(report));
        assertEquals(Set.of(RuleKind.FIXED, RuleKind.ZERO_LENGTH),
                report.violations().stream().map(Violation::rule).collect(Collectors.toSet()));
    }

    @Test
    void ignoredPropertiesOf226AreShouldNotAndHiddenOnReceipt() {
        PropertyBag bag = valid(Flavor.ACCEPT);
        SharingMessageAccessor.of(bag).setAnonymity(1).setXSharingRemotePath("/x");
        ValidationReport report = VALIDATOR.validate(bag);
        assertEquals(Set.of("PidLidSharingAnonymity", "PidNameXSharingRemotePath"), properties(report));
        report.violations().forEach(v -> assertEquals("2.2.6", v.section()));
        SharingMessageReceived received = SharingMessageReceived.of(bag);
        assertTrue(received.findAnonymity().isEmpty());
        assertEquals(2, received.ignored().size());
    }

    @Test
    void receiversThatIgnoreWhatTheyMayLookTheInitiatorUpElsewhere() {
        PropertyBag bag = valid(Flavor.ACCEPT);
        assertEquals("user10", SharingMessageReceived.of(bag).findInitiatorName().orElseThrow());
        SharingMessageReceived outlook2007 = SharingMessageReceived.ignoringOptional(bag);
        assertTrue(outlook2007.findInitiatorName().isEmpty());
        assertTrue(outlook2007.findRemoteType().isEmpty(), "<8>");
        assertEquals("IPF.Appointment", outlook2007.findLocalType().orElseThrow());
        assertTrue(outlook2007.ignored().stream().allMatch(i -> i.receipt() == Receipt.MAY_IGNORE));
    }

    @Test
    void aProviderGuidStoredAsPtypGuidIsAccepted() {
        PropertyBag bag = valid(Flavor.REQUEST);
        bag.put(SharingMessageKeys.PROVIDER_GUID.id(), MapiType.PtypGuid,
                Guids.fromBytes(SharingMessages.Provider.guid(), 0));
        assertTrue(VALIDATOR.validate(bag).isClean(), VALIDATOR.validate(bag).format());
        assertArrayEquals(SharingMessages.Provider.guid(), SharingMessageAccessor.of(bag).getProviderGuid());
    }

    @Test
    void wrongTypesAreViolationsForTheValidatorAndTypedExceptionsForTheAccessor() {
        PropertyBag bag = valid(Flavor.REQUEST);
        bag.put(SharingMessageKeys.CAPABILITIES.id(), MapiType.PtypString, "40290");
        Violation v = only(VALIDATOR.validate(bag));
        assertEquals("PidLidSharingCapabilities", v.property());
        assertEquals(RuleKind.TYPE, v.rule());
        PropertyTypeException e = assertThrows(PropertyTypeException.class, () -> SharingMessageAccessor.of(bag).getCapabilities());
        assertEquals("PidLidSharingCapabilities", e.property());
        assertEquals(MapiType.PtypInteger32, e.expected());
    }

    @Test
    void aMissingOrUnknownFlavorIsReportedAndOnlyTheCommonRulesApply() {
        PropertyBag missing = valid(Flavor.REQUEST);
        missing.remove(SharingMessageKeys.FLAVOR.id());
        ValidationReport report = VALIDATOR.validate(missing);
        assertTrue(report.violations().stream().anyMatch(v -> v.rule() == RuleKind.DISCRIMINATOR
                && v.property().equals("PidLidSharingFlavor")), report.format());
        assertThrows(MissingPropertyException.class, () -> SharingMessageAccessor.of(missing).getFlavor());

        PropertyBag unknown = valid(Flavor.REQUEST);
        unknown.put(SharingMessageKeys.FLAVOR.id(), MapiType.PtypInteger32, 0x00012345);
        report = VALIDATOR.validate(unknown);
        assertTrue(report.violations().stream().anyMatch(v -> v.rule() == RuleKind.ONE_OF), report.format());
        assertThrows(MalformedValueException.class, () -> SharingMessageAccessor.of(unknown).getFlavorEnum());
    }

    @Test
    void theValidatorReportsEverythingAtOnceAndNeverThrows() {
        ValidationReport empty = VALIDATOR.validate(new InMemoryPropertyBag());
        assertTrue(empty.violations().size() >= 10, empty.format());
        PropertyBag garbage = new InMemoryPropertyBag();
        for (var key : SharingMessageKeys.ALL) {
            garbage.put(key.id(), key.type(), key.type() == MapiType.PtypString ? (Object) 42 : "text");
        }
        ValidationReport report = VALIDATOR.validate(garbage);
        assertFalse(report.isConformant());
        assertTrue(report.violations().stream().filter(v -> v.rule() == RuleKind.TYPE).count() > 10, report.format());
    }

    @Test
    void aMalformedEntryIdIsATypedExceptionNamingTheProperty() {
        PropertyBag bag = valid(Flavor.REQUEST);
        bag.put(SharingMessageKeys.INITIATOR_ENTRY_ID.id(), MapiType.PtypBinary, new byte[] {1, 2, 3});
        MalformedValueException e = assertThrows(MalformedValueException.class,
                () -> SharingMessageAccessor.of(bag).getInitiatorEntryId());
        assertEquals("PidLidSharingInitiatorEntryId", e.property());
    }

    @Test
    void aResponseTakesTheRequestsLocalTypeAndTheCrossMessageCheckSaysSo() {
        PropertyBag request = SharingMessageAccessor.create().bag();
        SharingMessages.createRequest(request, Provider.EXCHANGE, kendall(), LocalType.TASKS, "Tasks?");
        PropertyBag denial = new InMemoryPropertyBag();
        SharingMessages.deny(request, denial, Provider.EXCHANGE, ryan(), RESPONSE_TIME, "No");
        assertEquals("IPF.Task", SharingMessageAccessor.of(denial).getLocalType());
        assertTrue(SharingMessages.checkResponse(request, denial).isClean());
        SharingMessageAccessor.of(denial).setLocalType(LocalType.NOTES);
        Violation v = only(SharingMessages.checkResponse(request, denial));
        assertEquals(RuleKind.CROSS_MESSAGE, v.rule());
        assertEquals("2.2.2.10", v.section());
    }

    @Test
    void theApiRefusesWhatTheProtocolDoesNotAllow() {
        SharingProtocolException notARequest = assertThrows(SharingProtocolException.class, () -> SharingMessages.accept(
                valid(Flavor.INVITATION_SPECIAL_FOLDER), new InMemoryPropertyBag(), Provider.EXCHANGE, ryan(), ryansCalendar(),
                RESPONSE_TIME, "x"));
        assertEquals("PidLidSharingFlavor", notARequest.property());
        assertThrows(SharingProtocolException.class, () -> SharingMessages.createInvitation(new InMemoryPropertyBag(),
                Provider.EXCHANGE, ryan(), new SharingMessages.SharedFolder("Project", LocalType.CALENDAR,
                        ryansCalendar().entryId(), ryansCalendar().storeEntryId(), false), true, "x"));
        PropertyBag contactsRequest = new InMemoryPropertyBag();
        SharingMessages.createRequest(contactsRequest, Provider.EXCHANGE, kendall(), LocalType.CONTACTS, "Contacts?");
        SharingProtocolException wrongFolder = assertThrows(SharingProtocolException.class, () -> SharingMessages.accept(
                contactsRequest, new InMemoryPropertyBag(), Provider.EXCHANGE, ryan(), ryansCalendar(), RESPONSE_TIME, "x"));
        assertEquals("PidLidSharingLocalType", wrongFolder.property());
    }

    @Test
    void theModelMatrixAgreesWithTheSpecForTheRemoteName() {
        var remoteName = SharingMessageModel.SPEC.property("PidLidSharingRemoteName").orElseThrow();
        List<String> cells = remoteName.applicability().stream().map(a -> a.shortForm()).toList();
        assertEquals(List.of("MUST", "MUST", "SHOULD NOT; ignored on receipt", "MUST", "SHOULD NOT; ignored on receipt", "MUST"),
                cells);
        assertEquals(84, SharingMessageModel.SPEC.properties().size());
    }

    @Test
    void theCrossMessageCheckKnowsRequestsResponsesAndTheirMarks() {
        PropertyBag request = valid(Flavor.REQUEST);
        PropertyBag denial = new InMemoryPropertyBag();
        SharingMessages.deny(request, denial, Provider.EXCHANGE, ryan(), RESPONSE_TIME, "No");
        SharingMessageAccessor.of(request).setResponseType(SharingMessageKeys.ResponseType.ACCEPTED);
        Violation marked = only(SharingMessages.checkResponse(request, denial));
        assertEquals("PidLidSharingResponseType", marked.property());
        assertEquals("2.2.4.2", marked.section());

        ValidationReport swapped = SharingMessages.checkResponse(valid(Flavor.ACCEPT), valid(Flavor.INVITATION_SPECIAL_FOLDER));
        assertEquals(2, swapped.violations().size(), swapped.format());
        assertTrue(swapped.violations().stream().allMatch(v -> v.rule() == RuleKind.CROSS_MESSAGE
                && v.property().equals("PidLidSharingFlavor")), swapped.format());
        assertTrue(swapped.format().contains("not a sharing request") && swapped.format().contains("not a sharing response"));
        assertEquals(2, SharingMessages.checkResponse(new InMemoryPropertyBag(), new InMemoryPropertyBag()).violations().size(),
                "two empty bags: neither a request nor a response, and nothing thrown");
    }

    // Rules no other test pinned: each is broken once, and the violation's property, rule, level and section checked.

    @Test
    void aResponseTimeWithoutAResponseTypeIsTheOtherHalfOf3143() {
        PropertyBag request = valid(Flavor.REQUEST);
        SharingMessageAccessor.of(request).setResponseTime(RESPONSE_TIME);
        ValidationReport report = VALIDATOR.validate(request);
        Violation v = only(report);
        assertEquals("PidLidSharingResponseType", v.property());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals(Level.MUST, v.level());
        assertEquals("3.1.4.3", v.section());
        assertFalse(report.isConformant());
    }

    @Test
    void aLocalTypeOutsideTheListOf22210IsAMustViolation() {
        PropertyBag bag = valid(Flavor.REQUEST);
        bag.put(SharingMessageKeys.LOCAL_TYPE.id(), MapiType.PtypString, "IPF.Note");
        bag.put(SharingMessageKeys.X_SHARING_LOCAL_TYPE.id(), MapiType.PtypString, "IPF.Note");
        Violation v = only(VALIDATOR.validate(bag));
        assertEquals("PidLidSharingLocalType", v.property());
        assertEquals(RuleKind.ONE_OF, v.rule());
        assertEquals(Level.MUST, v.level());
        assertEquals("2.2.2.10", v.section());
    }

    @Test
    void aResponseTypeOutsideTheListOf22242IsAMustViolation() {
        PropertyBag request = valid(Flavor.REQUEST);
        SharingMessageAccessor.of(request).setResponseType(3).setResponseTime(RESPONSE_TIME);
        Violation v = only(VALIDATOR.validate(request));
        assertEquals("PidLidSharingResponseType", v.property());
        assertEquals(RuleKind.ONE_OF, v.rule());
        assertEquals(Level.MUST, v.level());
        assertEquals("2.2.4.2", v.section());
    }

    @ParameterizedTest
    @EnumSource(value = Flavor.class, names = {"INVITATION_SPECIAL_FOLDER", "REQUEST", "INVITATION_AND_REQUEST", "DENY", "ACCEPT"})
    void everySpecialFolderFlavorNeedsTheSpecialFolderCapabilities(Flavor flavor) {
        PropertyBag bag = valid(flavor);
        SharingMessageAccessor.of(bag).setCapabilities(SharingMessageKeys.Capabilities.NOT_SPECIAL_FOLDER);
        Violation v = only(VALIDATOR.validate(bag));
        assertEquals("PidLidSharingCapabilities", v.property());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals(Level.MUST, v.level());
        assertEquals("2.2.2.1", v.section());
    }

    @Test
    void sameValueMirrorsAreCheckedWhereTheFlavorAllowsThem() {
        // a mirror set by hand to another value than its source -> a MIRROR violation on it, at its section (a mirror
        // of it, like PidNameXSharingRemoteType of PidLidSharingRemoteType, is then reported too)
        Object[][] cases = {
            {SharingMessageKeys.REMOTE_TYPE, "IPF.Journal", "2.2.3.5"},
            {SharingMessageKeys.X_SHARING_LOCAL_TYPE, "IPF.Journal", "2.2.2.11"},
            {SharingMessageKeys.X_SHARING_PROVIDER_NAME, "Someone else", "2.2.2.15"},
            {SharingMessageKeys.X_SHARING_REMOTE_NAME, "Other", "2.2.3.2"},
            {SharingMessageKeys.X_SHARING_CONFIG_URL, "http://x", "2.2.2.4"},
        };
        for (Object[] c : cases) {
            dev.oxprops.runtime.PropertyKey<?> key = (dev.oxprops.runtime.PropertyKey<?>) c[0];
            PropertyBag bag = valid(Flavor.ACCEPT);
            bag.put(key.id(), MapiType.PtypString, c[1]);
            List<Violation> mirror = VALIDATOR.validate(bag).violations().stream()
                    .filter(v -> v.rule() == RuleKind.MIRROR && v.property().equals(key.canonicalName())).toList();
            assertEquals(1, mirror.size(), key.canonicalName() + ": " + VALIDATOR.validate(bag).format());
            assertEquals(key.canonicalName(), mirror.get(0).property());
            assertEquals(Level.MUST, mirror.get(0).level(), key.canonicalName());
            assertEquals(c[2], mirror.get(0).section(), key.canonicalName());
        }
    }

    @Test
    void aRequestMarkedDeniedButAnsweredByAnAcceptanceIsReported() {
        PropertyBag request = valid(Flavor.REQUEST);
        PropertyBag acceptance = new InMemoryPropertyBag();
        SharingMessages.accept(request, acceptance, Provider.EXCHANGE, ryan(), ryansCalendar(), RESPONSE_TIME, "Yes");
        SharingMessageAccessor.of(request).setResponseType(SharingMessageKeys.ResponseType.DENIED);
        Violation marked = only(SharingMessages.checkResponse(request, acceptance));
        assertEquals("PidLidSharingResponseType", marked.property());
        assertEquals(RuleKind.CROSS_MESSAGE, marked.rule());
        assertEquals("2.2.4.2", marked.section());
    }
    @Test
    void anAnsweredRequestIsRefusedUntilItsAnswerIsCleared() {
        PropertyBag request = valid(Flavor.REQUEST);
        SharingMessages.accept(request, new InMemoryPropertyBag(), Provider.EXCHANGE, ryan(), ryansCalendar(), RESPONSE_TIME, "Yes");
        PropertyBag denial = new InMemoryPropertyBag();
        SharingProtocolException e = assertThrows(SharingProtocolException.class,
                () -> SharingMessages.deny(request, denial, Provider.EXCHANGE, ryan(), RESPONSE_TIME, "No"));
        assertTrue(e.getMessage().contains("already answered (accepted at 2008-03-06T23:43:00Z)"), e.getMessage());
        assertEquals(SharingMessageKeys.ResponseType.ACCEPTED.value(), SharingMessageAccessor.of(request).getResponseType(),
                "the refused answer leaves the request as it was");
        assertEquals(0, denial.size(), "and writes nothing into the response");
        SharingMessages.clearAnswer(request);
        SharingMessages.deny(request, denial, Provider.EXCHANGE, ryan(), RESPONSE_TIME, "No");
        assertEquals(SharingMessageKeys.ResponseType.DENIED.value(), SharingMessageAccessor.of(request).getResponseType());
    }

    @Test
    void theBodyTextSaysWhatTheMessageIsInWords() {
        assertTrue(SharingMessages.bodyText(valid(Flavor.REQUEST)).startsWith(
                "user12 (user12@fabrikam.com) asks for permission to view your calendar folder."),
                SharingMessages.bodyText(valid(Flavor.REQUEST)));
        assertTrue(SharingMessages.bodyText(valid(Flavor.ACCEPT)).contains("has allowed you to view the calendar folder \"Calendar\""),
                SharingMessages.bodyText(valid(Flavor.ACCEPT)));
        assertTrue(SharingMessages.bodyText(valid(Flavor.DENY)).contains("has denied your request"));
        for (Flavor f : Flavor.values()) {
            assertTrue(SharingMessages.bodyText(valid(f)).contains("IPM.Sharing"), f.name());
        }
    }
}
