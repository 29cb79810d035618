package dev.oxprops.specs.oxshare;

import static dev.oxprops.specs.oxshare.Section4Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.FileTime;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxshare.SharingMessageKeys.LocalType;
import dev.oxprops.specs.oxshare.SharingMessages.Provider;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * [MS-OXSHARE] section 4, row by row: the three example messages are built through the generated API
 * (via {@link SharingMessages}) and every row of the example tables is compared: property id (with the
 * example's name-to-id mapping), type and value; binary values byte for byte. Where an example contradicts
 * sections 2 and 3, the normative text wins and the test pins the difference (see docs/errata.md).
 */
class Section4ConformanceTest {
    private static final NamedPropertyMap MAP = serverMapping();

    /** One row of an example table: canonical name, property id, type, value (binary as hex). */
    record Row(String property, int id, MapiType type, Object value) {
        @Override
        public String toString() {
            return String.format("%s 0x%04X %s %s", property, id, type, value);
        }
    }

    private static Row row(String property, int id, MapiType type, Object value) {
        return new Row(property, id, type, value);
    }

    /** The rows of a bag as the example tables show them. */
    private static Map<String, Row> rowsOf(PropertyBag bag) {
        Map<String, Row> rows = new LinkedHashMap<>();
        bag.forEach((id, type, value) -> {
            PropertyKey<?> key = keyOf(id);
            int number = id instanceof PropertyId.Tag ? ((PropertyId.Tag) id).id() : MAP.find(id);
            Object shown = value instanceof byte[] ? Hex.ofBytes((byte[]) value) : value;
            rows.put(key.canonicalName(), new Row(key.canonicalName(), number, type, shown));
        });
        return rows;
    }

    private static PropertyKey<?> keyOf(PropertyId id) {
        return SharingMessageKeys.ALL.stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the bag holds a property the spec does not declare: " + id));
    }

    private static void assertRows(List<Row> expected, PropertyBag bag) {
        Map<String, Row> actual = rowsOf(bag);
        for (Row e : expected) {
            assertEquals(e, actual.get(e.property()), "row " + e.property());
        }
        assertEquals(expected.size(), actual.size(), "the message holds exactly the rows of the example: " + actual.keySet());
    }

    private static List<Row> commonRows(String subject, int flavor, String xFlavor, String initiatorHex, String user) {
        return List.of(
                row("PidTagMessageClass", 0x001A, MapiType.PtypString, "IPM.Sharing"),
                row("PidNameContentClass", 0x806D, MapiType.PtypString, "Sharing"),
                row("PidTagNormalizedSubject", 0x0E1D, MapiType.PtypString, subject),
                row("PidTagSubjectPrefix", 0x003D, MapiType.PtypString, ""),
                row("PidLidSharingProviderGuid", 0x8243, MapiType.PtypBinary, PROVIDER_GUID_HEX),
                // 4.1 prints 31 digits; 2.2.2.13: the hex string of the 16 bytes (errata E1)
                row("PidNameXSharingProviderGuid", 0x836F, MapiType.PtypString, PROVIDER_GUID_HEX),
                row("PidLidSharingProviderName", 0x8244, MapiType.PtypString, "Microsoft Exchange"),
                row("PidNameXSharingProviderName", 0x8370, MapiType.PtypString, "Microsoft Exchange"),
                row("PidLidSharingProviderUrl", 0x8245, MapiType.PtypString, "HTTP://www.microsoft.com/exchange"),
                row("PidNameXSharingProviderUrl", 0x8371, MapiType.PtypString, "HTTP://www.microsoft.com/exchange"),
                row("PidLidSharingConfigurationUrl", 0x83D0, MapiType.PtypString, ""),
                row("PidNameXSharingConfigUrl", 0x8377, MapiType.PtypString, ""),
                row("PidLidSharingFlavor", 0x823D, MapiType.PtypInteger32, flavor),
                row("PidNameXSharingFlavor", 0x836D, MapiType.PtypString, xFlavor),
                row("PidLidSharingCapabilities", 0x823C, MapiType.PtypInteger32, 0x00040290),
                row("PidNameXSharingCapabilities", 0x836C, MapiType.PtypString, "40290"),
                row("PidLidSharingLocalType", 0x824F, MapiType.PtypString, "IPF.Appointment"),
                row("PidNameXSharingLocalType", 0x8379, MapiType.PtypString, "IPF.Appointment"),
                row("PidLidSharingInitiatorEntryId", 0x8249, MapiType.PtypBinary, initiatorHex),
                row("PidLidSharingInitiatorName", 0x8029, MapiType.PtypString, user),
                row("PidLidSharingInitiatorSmtp", 0x8248, MapiType.PtypString, user + "@fabrikam.com"));
    }

    private static PropertyBag request() {
        PropertyBag bag = new InMemoryPropertyBag();
        SharingMessages.createRequest(bag, Provider.EXCHANGE, kendall(), LocalType.CALENDAR, "Sharing request: calendar");
        return bag;
    }

    @Test
    void section41RequestMatchesEveryRow() {
        PropertyBag request = request();
        assertRows(commonRows("Sharing request: calendar", 0x00020500, "20500", KENDALL_ENTRY_ID_HEX, "user12"), request);
        assertTrue(SharingMessageValidator.INSTANCE.validate(request).isClean(),
                SharingMessageValidator.INSTANCE.validate(request).format());
    }

    @Test
    void section41InitiatorEntryIdIsTheDumpsBytesAndItsParts() {
        byte[] stored = SharingMessageAccessor.of(request()).getInitiatorEntryIdRaw();
        assertEquals(125, stored.length, "\"The size of the value is 125 bytes.\"");
        assertArrayEquals(bytes(KENDALL_ENTRY_ID_HEX), stored);
        assertEquals("/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user12",
                SharingMessageAccessor.of(request()).getInitiatorEntryId().x500Dn());
    }

    @Test
    void section42DenialMatchesEveryRowExceptTheInitiatorRowsTheExampleCopiedFromTheRequest() {
        PropertyBag request = request();
        PropertyBag denial = new InMemoryPropertyBag();
        SharingMessages.deny(request, denial, Provider.EXCHANGE, ryan(), RESPONSE_TIME, "Denied: sharing request: calendar");
        // Errata E3: 4.2 shows Kendall (user12) as the initiator of Ryan's denial; 2.2.2.7 to 2.2.2.9 say the
        // initiator is the logged-on user, Ryan (user10, as in 4.3).
        assertRows(commonRows("Denied: sharing request: calendar", 0x00025100, "25100", RYAN_ENTRY_ID_HEX, "user10"), denial);
        assertTrue(SharingMessageValidator.INSTANCE.validate(denial).isClean());
    }

    @Test
    void section42MarksTheRequestDeniedWithTheTimeBytesShown() {
        PropertyBag request = request();
        SharingMessages.deny(request, new InMemoryPropertyBag(), Provider.EXCHANGE, ryan(), RESPONSE_TIME, "Denied");
        Map<String, Row> rows = rowsOf(request);
        assertEquals(row("PidLidSharingResponseType", 0x83E4, MapiType.PtypInteger32, 2), rows.get("PidLidSharingResponseType"));
        assertEquals(row("PidLidSharingResponseTime", 0x83E3, MapiType.PtypTime, RESPONSE_TIME), rows.get("PidLidSharingResponseTime"));
        assertEquals("02000000", Hex.ofBytes(littleEndian((Integer) request.get(SharingMessageKeys.RESPONSE_TYPE.id()))));
        assertEquals(RESPONSE_TIME_BYTES, Hex.ofBytes(FileTime.toBytes(SharingMessageAccessor.of(request).getResponseTime())));
        assertEquals("2008/03/06 23:43:00.000", FileTime.format(FileTime.fromBytes(bytes(RESPONSE_TIME_BYTES), 0)));
        assertTrue(SharingMessageValidator.INSTANCE.validate(request).isClean(), "a marked request is still a valid request");
    }

    @Test
    void section43AcceptanceMatchesEveryRow() {
        PropertyBag request = request();
        PropertyBag acceptance = new InMemoryPropertyBag();
        SharingMessages.accept(request, acceptance, Provider.EXCHANGE, ryan(), ryansCalendar(), RESPONSE_TIME,
                "Allowed: sharing request: calendar");
        List<Row> expected = new java.util.ArrayList<>(commonRows("Allowed: sharing request: calendar", 0x00023310, "23310",
                RYAN_ENTRY_ID_HEX, "user10"));
        expected.addAll(List.of(
                row("PidLidSharingRemoteName", 0x8026, MapiType.PtypString, "Calendar"),
                row("PidNameXSharingRemoteName", 0x8373, MapiType.PtypString, "Calendar"),
                row("PidLidSharingRemoteType", 0x8247, MapiType.PtypString, "IPF.Appointment"),
                row("PidNameXSharingRemoteType", 0x8376, MapiType.PtypString, "IPF.Appointment"),
                row("PidLidSharingRemoteUid", 0x8246, MapiType.PtypString, RYAN_CALENDAR_UID),
                // 4.3 prints the X- twin one digit short; 2.2.3.8: the same value (errata E4)
                row("PidNameXSharingRemoteUid", 0x8374, MapiType.PtypString, RYAN_CALENDAR_UID),
                row("PidLidSharingRemoteStoreUid", 0x83E1, MapiType.PtypString, RYAN_STORE_UID),
                row("PidNameXSharingRemoteStoreUid", 0x8375, MapiType.PtypString, RYAN_STORE_UID)));
        assertRows(expected, acceptance);
        assertTrue(SharingMessageValidator.INSTANCE.validate(acceptance).isClean(),
                SharingMessageValidator.INSTANCE.validate(acceptance).format());
        Map<String, Row> marked = rowsOf(request);
        assertEquals(row("PidLidSharingResponseType", 0x83E4, MapiType.PtypInteger32, 1), marked.get("PidLidSharingResponseType"));
        assertEquals("01000000", Hex.ofBytes(littleEndian((Integer) request.get(SharingMessageKeys.RESPONSE_TYPE.id()))));
        assertEquals(RESPONSE_TIME_BYTES, Hex.ofBytes(FileTime.toBytes((java.time.Instant) request.get(SharingMessageKeys.RESPONSE_TIME.id()))));
        assertTrue(SharingMessages.checkResponse(request, acceptance).isClean());
    }

    @Test
    void section43RemoteIdsReadBackAsTheirParts() {
        PropertyBag acceptance = new InMemoryPropertyBag();
        SharingMessages.accept(request(), acceptance, Provider.EXCHANGE, ryan(), ryansCalendar(), RESPONSE_TIME, "Allowed");
        SharingMessageAccessor a = SharingMessageAccessor.of(acceptance);
        assertEquals(46, a.getRemoteUid().toBytes().length);
        assertEquals("3659R9-A11", a.getRemoteStoreUid().serverShortname());
        assertTrue(a.getRemoteStoreUid().mailboxDn().endsWith("/cn=user10"));
    }

    // ------------------------------------------------------------------ errata: the examples as printed

    /** The example of 4.1 exactly as printed, through the raw bag. */
    private static PropertyBag requestAsPrinted() {
        PropertyBag bag = request();
        bag.put(SharingMessageKeys.X_SHARING_PROVIDER_GUID.id(), MapiType.PtypString, PROVIDER_GUID_AS_PRINTED_IN_4_1);
        return bag;
    }

    @Test
    void erratumE1ProviderGuidIsSixteenBytesAndThe31DigitTwinOf41IsAMirrorViolation() {
        assertEquals(16, bytes(PROVIDER_GUID_HEX).length, "4.1: \"The size of the value is 16 bytes.\"");
        assertEquals(15, bytes(PROVIDER_GUID_AS_WRITTEN_IN_2_2_2_12).length, "2.2.2.12's byte list drops one 00");
        assertEquals(31, PROVIDER_GUID_AS_PRINTED_IN_4_1.length());
        List<Violation> found = SharingMessageValidator.INSTANCE.validate(requestAsPrinted()).violations();
        assertEquals(1, found.size(), found.toString());
        assertEquals("PidNameXSharingProviderGuid", found.get(0).property());
        assertEquals(RuleKind.MIRROR, found.get(0).rule());
        assertEquals("2.2.2.13", found.get(0).section());
    }

    @Test
    void erratumE1The15ByteGuidOfTheNormativeTextFailsTheFixedRule() {
        PropertyBag bag = request();
        SharingMessageAccessor.of(bag).setProviderGuid(bytes(PROVIDER_GUID_AS_WRITTEN_IN_2_2_2_12));
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(bag);
        assertEquals(List.of("PidLidSharingProviderGuid"), report.violations().stream().map(Violation::property).toList());
        assertEquals(RuleKind.FIXED, report.violations().get(0).rule());
        assertEquals("AEF0060000000000C0000000000046", SharingMessageAccessor.of(bag).getXSharingProviderGuid(),
                "the mirror follows whatever is set: 2.2.2.13's 30-digit string is the hex of 2.2.2.12's 15 bytes");
    }

    @Test
    void erratumE2TheEntryIdDumpsOf42And43DropAByteOfTheTypeField() {
        String dumpOf43 = RYAN_ENTRY_ID_HEX.replaceFirst("2B2FE18201000000000000002F", "2B2FE182010000000000002F");
        assertEquals(124, bytes(dumpOf43).length, "the dumps say 125 bytes but row 0x0010 holds 15");
        assertFalse(Arrays.equals(bytes(RYAN_ENTRY_ID_HEX), bytes(dumpOf43)));
        dev.oxprops.runtime.entryid.AddressBookEntryId misread = dev.oxprops.runtime.entryid.AddressBookEntryId.parse(bytes(dumpOf43));
        assertNotEquals(dev.oxprops.runtime.entryid.AddressBookEntryId.LOCAL_MAIL_USER, misread.type(),
                "read as printed, the Type field swallows the '/' of the DN");
        assertFalse(misread.x500Dn().startsWith("/o="));
        assertEquals(0, ryan().entryId().type(), "the 125-byte structure is a local mail user");
    }

    @Test
    void erratumE4AndE5TheXTwinsOf43AsPrintedAreMirrorViolations() {
        PropertyBag acceptance = new InMemoryPropertyBag();
        SharingMessages.accept(request(), acceptance, Provider.EXCHANGE, ryan(), ryansCalendar(), RESPONSE_TIME, "Allowed");
        acceptance.put(SharingMessageKeys.X_SHARING_REMOTE_UID.id(), MapiType.PtypString, RYAN_CALENDAR_UID_AS_PRINTED_IN_X);
        acceptance.put(SharingMessageKeys.X_SHARING_REMOTE_STORE_UID.id(), MapiType.PtypString, RYAN_STORE_UID_AS_PRINTED_IN_X);
        assertEquals(91, RYAN_CALENDAR_UID_AS_PRINTED_IN_X.length());
        assertEquals(335, RYAN_STORE_UID_AS_PRINTED_IN_X.length());
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(acceptance);
        assertEquals(java.util.Set.of("PidNameXSharingRemoteUid", "PidNameXSharingRemoteStoreUid"),
                report.violations().stream().map(Violation::property).collect(java.util.stream.Collectors.toSet()), report.format());
        assertEquals(2, report.violations().size());
        report.violations().forEach(v -> assertEquals(RuleKind.MIRROR, v.rule()));
        assertNotEquals(RYAN_CALENDAR_UID, RYAN_CALENDAR_UID_AS_PRINTED_IN_X);
    }

    private static byte[] littleEndian(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }
}
