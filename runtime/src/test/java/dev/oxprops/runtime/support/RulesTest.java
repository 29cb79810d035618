package dev.oxprops.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RulesTest {
    private static final UUID SET = UUID.fromString("00062040-0000-0000-C000-000000000046");
    static final PropertyKey<Integer> FLAVOR =
            PropertyKey.of("PidLidFlavor", PropertyId.lid(SET, 0x8A18), MapiType.PtypInteger32, "2.2.2.5", Integer.class);
    static final PropertyKey<String> X_FLAVOR = PropertyKey.of("PidNameXFlavor",
            PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Flavor"), MapiType.PtypString, "2.2.2.6", String.class);
    static final PropertyKey<Short> SMALL =
            PropertyKey.of("PidLidSmall", PropertyId.lid(SET, 0x8A20), MapiType.PtypInteger16, "2.9", Short.class);
    static final PropertyKey<Long> BIG =
            PropertyKey.of("PidLidBig", PropertyId.lid(SET, 0x8A21), MapiType.PtypInteger64, "2.10", Long.class);
    static final PropertyKey<byte[]> PROVIDER = PropertyKey.of("PidLidProvider", PropertyId.lid(SET, 0x8A01),
            MapiType.PtypBinary, "2.2.2.12", byte[].class, MapiType.PtypGuid);
    static final PropertyKey<UUID> PROVIDER_GUID =
            PropertyKey.of("PidLidProviderGuid", PropertyId.lid(SET, 0x8A02), MapiType.PtypGuid, "2.11", UUID.class);
    static final PropertyKey<String> X_PROVIDER = PropertyKey.of("PidNameXProvider",
            PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Provider"), MapiType.PtypString, "2.2.2.13", String.class);
    static final PropertyKey<String> CLASS =
            PropertyKey.of("PidTagMessageClass", PropertyId.tag(0x001A), MapiType.PtypString, "2.2.1.3", String.class);
    static final PropertyKey<String> CONFIG_URL =
            PropertyKey.of("PidLidConfigUrl", PropertyId.lid(SET, 0x8A24), MapiType.PtypString, "2.2.2.3", String.class);
    static final PropertyKey<List<byte[]>> BLOBS = PropertyKey.of("PidLidBlobs", PropertyId.lid(SET, 0x8A25),
            MapiType.PtypMultipleBinary, "2.12", List.class);

    static final PropertyKey<byte[]> BLOB =
            PropertyKey.of("PidLidBlob", PropertyId.lid(SET, 0x8A26), MapiType.PtypBinary, "2.13", byte[].class);

    private static final byte[] PROVIDER_BYTES = Hex.parseBytes("AEF0060000000000C000000000000046");

    /** A bag that cannot carry some ids, as a MIME message carries only headers. */
    static final class LimitedBag extends DelegatingBag {
        private final Set<PropertyId> carried;

        LimitedBag(Set<PropertyId> carried) {
            this.carried = carried;
        }

        @Override
        public boolean canCarry(PropertyId id, MapiType type) {
            return carried.contains(id);
        }
    }

    static class DelegatingBag extends dev.oxprops.runtime.ForwardingPropertyBag {
        final InMemoryPropertyBag inner = new InMemoryPropertyBag();

        @Override
        protected PropertyBag delegate() {
            return inner;
        }
    }

    private static InMemoryPropertyBag bag() {
        return new InMemoryPropertyBag();
    }

    /** The one violation {@code rule} finds in {@code bag}. */
    private static Violation single(Rule rule, PropertyBag bag) {
        ValidationReport report = Violations.report(rule.check(bag, null), ValidationReport.clean("SPEC"));
        assertEquals(1, report.violations().size(), report.format());
        assertEquals(List.of(), report.notCarried());
        return report.violations().get(0);
    }

    private static void none(Rule rule, PropertyBag bag) {
        assertNull(rule.check(bag, null), () -> Violations.report(rule.check(bag, null), ValidationReport.clean("S")).format());
    }

    private static void assertViolation(Violation v, PropertyKey<?> key, RuleKind kind, Level level, String section) {
        assertEquals(key.canonicalName(), v.property());
        assertEquals(key.id(), v.id());
        assertEquals(kind, v.rule());
        assertEquals(level, v.level());
        assertEquals(section, v.section());
    }

    // presence

    @Test
    void requiredPropertyAbsentIsAMustViolation() {
        Violation v = single(Rules.presence(FLAVOR, PresenceRule.REQUIRED, "2.2.2.5"), bag());
        assertViolation(v, FLAVOR, RuleKind.PRESENCE, Level.MUST, "2.2.2.5");
        assertEquals("is not set", v.message());
        assertEquals("MUST [2.2.2.5] PidLidFlavor: is not set", v.toString());
    }

    @Test
    void recommendedPropertyAbsentIsAShouldViolation() {
        Violation v = single(Rules.presence(FLAVOR, PresenceRule.RECOMMENDED, "4.1"), bag());
        assertViolation(v, FLAVOR, RuleKind.PRESENCE, Level.SHOULD, "4.1");
    }

    @Test
    void presenceSectionDefaultsToTheKeys() {
        assertEquals("2.2.2.5", single(Rules.presence(FLAVOR, PresenceRule.REQUIRED, null), bag()).section());
        assertEquals("2.2.2.5", single(Rules.presence(FLAVOR, PresenceRule.REQUIRED, ""), bag()).section());
    }

    @Test
    void requiredPropertyPresentIsFineEvenWithTheWrongType() {
        InMemoryPropertyBag bag = bag();
        bag.put(FLAVOR.id(), MapiType.PtypInteger32, 0x310);
        none(Rules.presence(FLAVOR, PresenceRule.REQUIRED, "x"), bag);
        bag.put(FLAVOR.id(), MapiType.PtypString, "310");
        none(Rules.presence(FLAVOR, PresenceRule.REQUIRED, "x"), bag);
    }

    @Test
    void optionalNeverReports() {
        none(Rules.presence(FLAVOR, PresenceRule.OPTIONAL, "x"), bag());
        InMemoryPropertyBag bag = bag();
        FLAVOR.write(bag, 1);
        none(Rules.presence(FLAVOR, PresenceRule.OPTIONAL, "x"), bag);
    }

    @ParameterizedTest
    @EnumSource(value = PresenceRule.class, names = {"SHOULD_NOT", "MUST_NOT"})
    void forbiddenPropertyPresentIsReportedWithItsValue(PresenceRule rule) {
        InMemoryPropertyBag bag = bag();
        FLAVOR.write(bag, 0x310);
        Violation v = single(Rules.presence(FLAVOR, rule, "3.1"), bag);
        assertViolation(v, FLAVOR, RuleKind.PRESENCE, rule.violatedLevel(), "3.1");
        assertTrue(v.message().contains("0x00000310"), v.message());
        none(Rules.presence(FLAVOR, rule, "3.1"), bag());
    }

    @Test
    void requiredPropertyTheBagCannotCarryIsRecordedAsNotCarried() {
        LimitedBag bag = new LimitedBag(Set.of(X_FLAVOR.id()));
        Violations v = Rules.presence(FLAVOR, PresenceRule.REQUIRED, "x").check(bag, null);
        ValidationReport report = Violations.report(v, ValidationReport.clean("SPEC"));
        assertEquals(List.of(), report.violations());
        assertEquals(List.of("PidLidFlavor"), report.notCarried());
        // the carried one is still checked
        Violation missing = single(Rules.presence(X_FLAVOR, PresenceRule.REQUIRED, "x"), bag);
        assertEquals("PidNameXFlavor", missing.property());
    }

    @Test
    void discriminatorAbsentIsReported() {
        Violation v = single(Rules.discriminatorPresent(FLAVOR, null), bag());
        assertViolation(v, FLAVOR, RuleKind.DISCRIMINATOR, Level.MUST, "2.2.2.5");
        InMemoryPropertyBag bag = bag();
        FLAVOR.write(bag, 1);
        none(Rules.discriminatorPresent(FLAVOR, null), bag);
        ValidationReport r = Violations.report(Rules.discriminatorPresent(FLAVOR, "s").check(new LimitedBag(Set.of()), null),
                ValidationReport.clean("S"));
        assertEquals(List.of(), r.violations());
        assertEquals(List.of("PidLidFlavor"), r.notCarried());
    }

    // type

    @Test
    void typeRuleReportsWrongTypedValues() {
        InMemoryPropertyBag bag = bag();
        bag.put(FLAVOR.id(), MapiType.PtypString, "310");
        Violation v = single(typeOnly(FLAVOR), bag);
        assertViolation(v, FLAVOR, RuleKind.TYPE, Level.MUST, "2.2.2.5");
        assertTrue(v.message().contains("PtypInteger32"), v.message());
        assertTrue(v.message().contains("310"), v.message());
        none(typeOnly(FLAVOR), bag());
        FLAVOR.write(bag, 0x310);
        none(typeOnly(FLAVOR), bag);
    }

    @Test
    void typeRuleAcceptsWhatTheKeyAccepts() {
        InMemoryPropertyBag bag = bag();
        bag.put(PROVIDER.id(), MapiType.PtypGuid, UUID.fromString("0006F0AE-0000-0000-C000-000000000046"));
        none(typeOnly(PROVIDER), bag);
        bag.put(BLOBS.id(), MapiType.PtypMultipleBinary, List.of(new byte[1], "x"));
        single(typeOnly(BLOBS), bag);
    }

    // one of, fixed, zero length, starts with

    @Test
    void oneOf() {
        Rule rule = onValue(FLAVOR, Rules.oneOfValue(FLAVOR, Level.MUST, "2.2.2.5", 0x310, 0x20310));
        InMemoryPropertyBag bag = bag();
        none(rule, bag);
        FLAVOR.write(bag, 0x20310);
        none(rule, bag);
        FLAVOR.write(bag, 0x311);
        Violation v = single(rule, bag);
        assertViolation(v, FLAVOR, RuleKind.ONE_OF, Level.MUST, "2.2.2.5");
        assertEquals("is 0x00000311, not one of 0x00000310, 0x00020310", v.message());
        bag.put(FLAVOR.id(), MapiType.PtypString, "311");
        assertEquals(RuleKind.TYPE, single(rule, bag).rule()); // wrong type: the type check reports it, not the value check
    }

    @Test
    void fixed() {
        Rule rule = onValue(X_FLAVOR, Rules.fixedValue(X_FLAVOR, Level.SHOULD, "", "Microsoft Exchange"));
        InMemoryPropertyBag bag = bag();
        none(rule, bag);
        X_FLAVOR.write(bag, "Microsoft Exchange");
        none(rule, bag);
        X_FLAVOR.write(bag, "microsoft exchange");
        Violation v = single(rule, bag);
        assertViolation(v, X_FLAVOR, RuleKind.FIXED, Level.SHOULD, "2.2.2.6");
        bag.put(X_FLAVOR.id(), MapiType.PtypString, 5);
        assertEquals(RuleKind.TYPE, single(rule, bag).rule()); // wrong type: the type check reports it, not the value check
    }

    @Test
    void fixedComparesBinaryByContent() {
        Rule rule = onValue(PROVIDER, Rules.fixedValue(PROVIDER, Level.MUST, "2.2.2.12", PROVIDER_BYTES.clone()));
        InMemoryPropertyBag bag = bag();
        PROVIDER.write(bag, PROVIDER_BYTES.clone());
        none(rule, bag);
        PROVIDER.write(bag, new byte[16]);
        assertViolation(single(rule, bag), PROVIDER, RuleKind.FIXED, Level.MUST, "2.2.2.12");
    }

    @Test
    void rulesCompareListsOfBinariesByContent() {
        Rule rule = onValue(BLOBS, Rules.fixedValue(BLOBS, Level.MUST, "2.12", List.of(new byte[] {1, 2}, new byte[] {3})));
        InMemoryPropertyBag bag = bag();
        BLOBS.write(bag, List.of(new byte[] {1, 2}, new byte[] {3}));
        none(rule, bag);
        BLOBS.write(bag, List.of(new byte[] {1, 2}, new byte[] {4}));
        single(rule, bag);
        BLOBS.write(bag, List.of(new byte[] {1, 2}));
        single(rule, bag);
    }

    @Test
    void zeroLength() {
        Rule rule = onValue(CONFIG_URL, Rules.zeroLengthValue(CONFIG_URL, Level.MUST, "2.2.2.3"));
        InMemoryPropertyBag bag = bag();
        none(rule, bag);
        CONFIG_URL.write(bag, "");
        none(rule, bag);
        CONFIG_URL.write(bag, "http://x");
        Violation v = single(rule, bag);
        assertViolation(v, CONFIG_URL, RuleKind.ZERO_LENGTH, Level.MUST, "2.2.2.3");
        assertTrue(v.message().contains("\"http://x\""), v.message());
        Rule binary = onValue(PROVIDER, Rules.zeroLengthValue(PROVIDER, Level.SHOULD, null));
        PROVIDER.write(bag, new byte[0]);
        none(binary, bag);
        PROVIDER.write(bag, new byte[1]);
        assertViolation(single(binary, bag), PROVIDER, RuleKind.ZERO_LENGTH, Level.SHOULD, "2.2.2.12");
        bag.put(CONFIG_URL.id(), MapiType.PtypString, 7);
        assertEquals(RuleKind.TYPE, single(rule, bag).rule()); // wrong type: the type check reports it, not the value check
    }

    @Test
    void zeroLengthOfAnEmptyList() {
        Rule rule = onValue(BLOBS, Rules.zeroLengthValue(BLOBS, Level.MUST, null));
        InMemoryPropertyBag bag = bag();
        BLOBS.write(bag, List.of());
        none(rule, bag);
        BLOBS.write(bag, List.of(new byte[0]));
        single(rule, bag);
    }

    @Test
    void startsWith() {
        Rule exact = onValue(CLASS, Rules.startsWithValue(CLASS, Level.MUST, "2.2.1.3", "IPM.Sharing", false));
        Rule loose = onValue(CLASS, Rules.startsWithValue(CLASS, Level.MUST, "2.2.1.3", "IPM.Sharing", true));
        InMemoryPropertyBag bag = bag();
        none(exact, bag);
        CLASS.write(bag, "IPM.Sharing.Custom");
        none(exact, bag);
        CLASS.write(bag, "ipm.sharing");
        none(loose, bag);
        Violation v = single(exact, bag);
        assertViolation(v, CLASS, RuleKind.STARTS_WITH, Level.MUST, "2.2.1.3");
        CLASS.write(bag, "IPM.Note");
        assertTrue(single(loose, bag).message().contains("(case ignored)"));
        CLASS.write(bag, "IPM");
        single(exact, bag);
        bag.put(CLASS.id(), MapiType.PtypBinary, new byte[3]);
        assertEquals(RuleKind.TYPE, single(exact, bag).rule()); // wrong type: the type check reports it, not the value check
    }

    // mirror

    @Test
    void hexMirrorOfAnInteger() {
        Rule rule = Rules.mirror(X_FLAVOR, FLAVOR, MirrorKind.HEX, Level.MUST, "2.2.2.6");
        InMemoryPropertyBag bag = bag();
        none(rule, bag);
        FLAVOR.write(bag, 0x310);
        none(rule, bag);
        X_FLAVOR.write(bag, "310");
        none(rule, bag);
        X_FLAVOR.write(bag, "0310");
        Violation v = single(rule, bag);
        assertViolation(v, X_FLAVOR, RuleKind.MIRROR, Level.MUST, "2.2.2.6");
        assertTrue(v.message().contains("\"310\""), v.message());
        assertTrue(v.message().contains("PidLidFlavor"), v.message());
        FLAVOR.write(bag, -1);
        X_FLAVOR.write(bag, "FFFFFFFF");
        none(rule, bag);
        FLAVOR.write(bag, 0);
        X_FLAVOR.write(bag, "0");
        none(rule, bag);
        bag.remove(FLAVOR.id());
        X_FLAVOR.write(bag, "nonsense");
        none(rule, bag);
    }

    @Test
    void hexMirrorOfShortAndLongUsesTheirWidths() {
        Rule small = Rules.mirror(X_FLAVOR, SMALL, MirrorKind.HEX, Level.MUST, null);
        InMemoryPropertyBag bag = bag();
        SMALL.write(bag, (short) -1);
        X_FLAVOR.write(bag, "FFFF");
        none(small, bag);
        X_FLAVOR.write(bag, "FFFFFFFF");
        assertTrue(single(small, bag).message().contains("\"FFFF\""));
        Rule big = Rules.mirror(X_FLAVOR, BIG, MirrorKind.HEX, Level.MUST, null);
        BIG.write(bag, -1L);
        X_FLAVOR.write(bag, "FFFFFFFFFFFFFFFF");
        none(big, bag);
        BIG.write(bag, 0x1_0000_0000L);
        X_FLAVOR.write(bag, "100000000");
        none(big, bag);
    }

    @Test
    void hexMirrorOfBinary() {
        Rule rule = Rules.mirror(X_PROVIDER, PROVIDER, MirrorKind.HEX, Level.MUST, "2.2.2.13");
        InMemoryPropertyBag bag = bag();
        PROVIDER.write(bag, PROVIDER_BYTES);
        X_PROVIDER.write(bag, "AEF0060000000000C000000000000046");
        none(rule, bag);
        X_PROVIDER.write(bag, "aef0060000000000c000000000000046");
        none(rule, bag);
        // the spec's own example drops a zero: 31 digits
        X_PROVIDER.write(bag, "AEF0060000000000C00000000000046");
        Violation v = single(rule, bag);
        assertTrue(v.message().contains("\"AEF0060000000000C000000000000046\""), v.message());
        // a provider stored as a GUID is read as its bytes
        bag.put(PROVIDER.id(), MapiType.PtypGuid, UUID.fromString("0006F0AE-0000-0000-C000-000000000046"));
        X_PROVIDER.write(bag, "AEF0060000000000C000000000000046");
        none(rule, bag);
    }

    @Test
    void hexMirrorOfAGuidProperty() {
        Rule rule = Rules.mirror(X_PROVIDER, PROVIDER_GUID, MirrorKind.HEX, Level.MUST, null);
        InMemoryPropertyBag bag = bag();
        PROVIDER_GUID.write(bag, UUID.fromString("0006F0AE-0000-0000-C000-000000000046"));
        X_PROVIDER.write(bag, "AEF0060000000000C000000000000046");
        none(rule, bag);
        X_PROVIDER.write(bag, "0006F0AE-0000-0000-C000-000000000046");
        assertTrue(single(rule, bag).message().contains("\"AEF0060000000000C000000000000046\""));
    }

    @Test
    void hexFormOfATwinWithoutItsSource() {
        ValueCheck guid = Rules.hexFormValue(X_PROVIDER, PROVIDER, Level.MUST, "2.2.2.13");
        Rule rule = Rules.property(X_PROVIDER, PresenceRule.OPTIONAL, null, guid);
        LimitedBag mime = new LimitedBag(Set.of(X_PROVIDER.id(), X_FLAVOR.id()));
        X_PROVIDER.write(mime, "AEF0060000000000C000000000000046");
        none(rule, mime);
        // the spec's example drops a zero: 31 digits, and no source to compare with
        X_PROVIDER.write(mime, "AEF0060000000000C00000000000046");
        Violation v = single(rule, mime);
        assertViolation(v, X_PROVIDER, RuleKind.FORMAT, Level.MUST, "2.2.2.13");
        assertTrue(v.message().contains("32 hexadecimal digits") && v.message().contains("PidLidProvider"), v.message());
        X_PROVIDER.write(mime, "AEF0060000000000C00000000000004G");
        single(rule, mime);
        // with its source present the mirror rule compares them and names the expected string: no second violation
        InMemoryPropertyBag both = bag();
        PROVIDER.write(both, PROVIDER_BYTES);
        X_PROVIDER.write(both, "AEF0060000000000C00000000000046");
        none(rule, both);

        Rule binary = Rules.property(X_PROVIDER, PresenceRule.OPTIONAL, null,
                Rules.hexFormValue(X_PROVIDER, BLOB, Level.SHOULD, null));
        X_PROVIDER.write(mime, "0A0B0C");
        none(binary, mime);
        X_PROVIDER.write(mime, "0A0B0");
        assertTrue(single(binary, mime).message().contains("an even number of hexadecimal digits"));

        Rule integer = Rules.property(X_FLAVOR, PresenceRule.OPTIONAL, null,
                Rules.hexFormValue(X_FLAVOR, FLAVOR, Level.MUST, null));
        X_FLAVOR.write(mime, "20310");
        none(integer, mime);
        X_FLAVOR.write(mime, "123456789");
        assertTrue(single(integer, mime).message().contains("1 to 8 hexadecimal digits"));
        X_FLAVOR.write(mime, "");
        single(integer, mime);
        Rule small = Rules.property(X_FLAVOR, PresenceRule.OPTIONAL, null, Rules.hexFormValue(X_FLAVOR, SMALL, Level.MUST, null));
        X_FLAVOR.write(mime, "FFFFF");
        single(small, mime);
    }

    @Test
    void sameMirror() {
        PropertyKey<String> remoteName = PropertyKey.of("PidLidRemoteName", PropertyId.lid(SET, 0x8A30), MapiType.PtypString,
                "2.2.3.1", String.class);
        PropertyKey<String> xRemoteName = PropertyKey.of("PidNameXRemoteName",
                PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Remote-Name"), MapiType.PtypString, "2.2.3.2", String.class);
        Rule rule = Rules.mirror(xRemoteName, remoteName, MirrorKind.SAME, Level.MUST, null);
        InMemoryPropertyBag bag = bag();
        remoteName.write(bag, "Calendar");
        xRemoteName.write(bag, "Calendar");
        none(rule, bag);
        xRemoteName.write(bag, "calendar");
        Violation v = single(rule, bag);
        assertViolation(v, xRemoteName, RuleKind.MIRROR, Level.MUST, "2.2.3.2");
        assertTrue(v.message().contains("the same value as PidLidRemoteName"), v.message());
        bag.put(xRemoteName.id(), MapiType.PtypString, 5);
        none(rule, bag);
    }

    @Test
    void mirrorWithWrongTypedSourceIsLeftToTheTypeRule() {
        Rule rule = Rules.mirror(X_FLAVOR, FLAVOR, MirrorKind.HEX, Level.MUST, null);
        InMemoryPropertyBag bag = bag();
        bag.put(FLAVOR.id(), MapiType.PtypString, "310");
        X_FLAVOR.write(bag, "999");
        none(rule, bag);
    }

    // implies

    @Test
    void implies() {
        Rule rule = Rules.implies(Condition.valueIn(FLAVOR, 0x310), Condition.present(CLASS), Level.MUST, "2.2.2.5", "a note");
        InMemoryPropertyBag bag = bag();
        none(rule, bag);
        FLAVOR.write(bag, 0x311);
        none(rule, bag);
        FLAVOR.write(bag, 0x310);
        Violation v = single(rule, bag);
        assertViolation(v, CLASS, RuleKind.IMPLIES, Level.MUST, "2.2.2.5");
        assertTrue(v.message().startsWith("when PidLidFlavor is 0x00000310, PidTagMessageClass must be set"), v.message());
        assertTrue(v.message().endsWith("(a note)"), v.message());
        CLASS.write(bag, "IPM.Sharing");
        none(rule, bag);
        bag.put(FLAVOR.id(), MapiType.PtypString, "310");
        CLASS.write(bag, null);
        none(rule, bag);
    }

    @Test
    void impliesIsSkippedWhenTheBagCannotCarryEither() {
        Rule rule = Rules.implies(Condition.present(FLAVOR), Condition.present(X_FLAVOR), Level.MUST, null, null);
        LimitedBag bag = new LimitedBag(Set.of(X_FLAVOR.id()));
        FLAVOR.write(bag, 1);
        none(rule, bag);
        LimitedBag both = new LimitedBag(Set.of(X_FLAVOR.id(), FLAVOR.id()));
        FLAVOR.write(both, 1);
        assertEquals("", single(rule, both).section());
    }

    @Test
    void impliesWithAbsentAndValueInConditions() {
        Rule rule = Rules.implies(Condition.present(FLAVOR), Condition.absent(CONFIG_URL), Level.SHOULD_NOT, "s", "");
        InMemoryPropertyBag bag = bag();
        FLAVOR.write(bag, 1);
        none(rule, bag);
        CONFIG_URL.write(bag, "x");
        Violation v = single(rule, bag);
        assertEquals(Level.SHOULD_NOT, v.level());
        assertTrue(v.message().contains("it is \"x\""), v.message());
    }

    // all

    @Test
    void allCollectsEveryViolationInOrder() {
        Rule rule = all(List.of(Rules.presence(FLAVOR, PresenceRule.REQUIRED, null), typeOnly(CLASS),
                Rules.presence(CONFIG_URL, PresenceRule.RECOMMENDED, null)));
        InMemoryPropertyBag bag = bag();
        bag.put(CLASS.id(), MapiType.PtypString, 1);
        ValidationReport r = Violations.report(rule.check(bag, null), ValidationReport.clean("SPEC"));
        assertEquals(3, r.violations().size());
        assertEquals(List.of("PidLidFlavor", "PidTagMessageClass", "PidLidConfigUrl"),
                r.violations().stream().map(Violation::property).toList());
        FLAVOR.write(bag, 1);
        CLASS.write(bag, "IPM");
        CONFIG_URL.write(bag, "");
        none(rule, bag);
    }

    /** A value check as generated validators run it: on an optional property, after its type check. */
    private static Rule onValue(PropertyKey<?> key, ValueCheck check) {
        return Rules.property(key, PresenceRule.OPTIONAL, null, check);
    }

    /** Only the type check of an optional property. */
    private static Rule typeOnly(PropertyKey<?> key) {
        return Rules.property(key, PresenceRule.OPTIONAL, null);
    }

    /** Runs several rules in turn, as a generated validator does. */
    private static Rule all(List<Rule> rules) {
        return (bag, v) -> {
            for (Rule r : rules) {
                v = r.check(bag, v);
            }
            return v;
        };
    }
}
