package dev.oxprops.processor.functional;

import static dev.oxprops.processor.functional.Toys.KINDS;
import static dev.oxprops.processor.functional.Toys.ORDER;
import static dev.oxprops.processor.functional.Toys.QUOTE;
import static dev.oxprops.processor.functional.Toys.RECEIPT;
import static dev.oxprops.processor.functional.Toys.assertHas;
import static dev.oxprops.processor.functional.Toys.assertViolation;
import static dev.oxprops.processor.functional.Toys.key;
import static dev.oxprops.processor.functional.Toys.only;
import static dev.oxprops.processor.functional.Toys.valid;
import static dev.oxprops.processor.functional.Toys.validate;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.SpecValidator;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated validator: clean reports for valid messages, one exact violation per broken rule, all of them at once. */
class ToyValidatorTest {
    @BeforeAll
    static void compileToysAgain() {
        Toys.reset();
    }


    @ParameterizedTest(name = "kind 0x{0}")
    @ValueSource(ints = {ORDER, QUOTE, RECEIPT})
    void aCompleteMessageOfEachKindIsClean(int kind) {
        ValidationReport report = validate(valid(kind));
        assertTrue(report.isClean(), report::format);
        assertTrue(report.notCarried().isEmpty());
        assertEquals("MS-TOY", report.specId());
    }

    @Test
    void validatingValidMessagesAllocatesNoReport() {
        ValidationReport first = validate(valid(ORDER));
        assertSame(first, validate(valid(QUOTE)), "a clean validation returns the one shared clean report");
        assertSame(first, validate(valid(RECEIPT)));
        SpecValidator v = Toys.validator();
        assertEquals("MS-TOY", v.specId());
    }

    static void put(PropertyBag bag, String constant, Object value) {
        PropertyKey<?> k = key(constant);
        bag.put(k.id(), k.type(), value);
    }

    static void remove(PropertyBag bag, String constant) {
        bag.remove(key(constant).id());
    }

    static Arguments broken(String what, int kind, Consumer<PropertyBag> change, String property, RuleKind rule, Level level,
            String section) {
        return Arguments.of(what, kind, change, property, rule, level, section);
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("message class of another spec", ORDER, b -> put(b, "MESSAGE_CLASS", "IPM.Note"),
                        "PidTagMessageClass", RuleKind.MESSAGE_CLASS, Level.MUST, "2.1"),
                broken("no message class", QUOTE, b -> remove(b, "MESSAGE_CLASS"),
                        "PidTagMessageClass", RuleKind.PRESENCE, Level.MUST, "2.1"),
                broken("fixed short", RECEIPT, b -> put(b, "VERSION", (short) 3),
                        "PidLidToyVersion", RuleKind.FIXED, Level.MUST, "2.10"),
                broken("zero-length string", ORDER, b -> put(b, "CONFIG_URL", "http://x"),
                        "PidLidToyConfigUrl", RuleKind.ZERO_LENGTH, Level.MUST, "2.11.1"),
                broken("recommended property absent", ORDER, b -> remove(b, "CONFIG_URL"),
                        "PidLidToyConfigUrl", RuleKind.PRESENCE, Level.SHOULD, "2.11"),
                broken("not one of", QUOTE, b -> put(b, "COLOR", "blue"),
                        "PidLidToyColor", RuleKind.ONE_OF, Level.MUST, "2.12"),
                broken("hex mirror of the discriminator", QUOTE, b -> put(b, "X_KIND", "1"),
                        "PidNameXToyKind", RuleKind.MIRROR, Level.MUST, "2.3"),
                broken("hex mirror of a binary", ORDER, b -> put(b, "X_TOKEN", "0102AC"),
                        "PidNameXToyToken", RuleKind.MIRROR, Level.MUST, "2.6"),
                broken("end of a same chain", ORDER, b -> put(b, "X_REMOTE_NAME", "other"),
                        "PidNameXToyRemoteName", RuleKind.MIRROR, Level.MUST, "2.8.2"),
                broken("optional mirror missing beside its source", RECEIPT, b -> put(b, "FLAGS", 5),
                        "PidNameXToyFlags", RuleKind.MIRROR, Level.MUST, "2.4.1"),
                broken("required mirror missing", QUOTE, b -> remove(b, "X_TOKEN"),
                        "PidNameXToyToken", RuleKind.PRESENCE, Level.MUST, "2.6"),
                broken("ignored property set", ORDER, b -> put(b, "LEGACY_FLAGS", 1),
                        "PidLidToyLegacyFlags", RuleKind.PRESENCE, Level.SHOULD_NOT, "2.15"),
                broken("must-not by default", RECEIPT, b -> put(b, "COUNT", 1),
                        "PidLidToyCount", RuleKind.PRESENCE, Level.MUST_NOT, "2.16"),
                broken("should-not for one value", RECEIPT, b -> put(b, "REMOTE_NAME", "shop"),
                        "PidLidToyRemoteName", RuleKind.PRESENCE, Level.SHOULD_NOT, "2.8.1"),
                broken("should-not named by value", ORDER, b -> put(b, "RESPONSE_TIME", Instant.EPOCH),
                        "PidLidToyResponseTime", RuleKind.PRESENCE, Level.SHOULD_NOT, "2.20"),
                broken("required for one value, through @Ref", ORDER, b -> remove(b, "CATALOG_NUMBER"),
                        "PidTagToyCatalogNumber", RuleKind.PRESENCE, Level.MUST, "2.25"),
                broken("required through a group", QUOTE, b -> {
                    remove(b, "TOKEN");
                    remove(b, "X_TOKEN");
                    put(b, "X_TOKEN", "0102AB");
                }, "PidLidToyToken", RuleKind.PRESENCE, Level.MUST, "2.5"),
                broken("implies: order without count", ORDER, b -> remove(b, "COUNT"),
                        "PidLidToyCount", RuleKind.IMPLIES, Level.MUST, "2.90"),
                broken("implies at SHOULD level", RECEIPT, b -> put(b, "COLOR", "red"),
                        "PidLidToyUrgent", RuleKind.IMPLIES, Level.SHOULD, "2.91"),
                broken("may-ignore property still required", RECEIPT, b -> remove(b, "SENDER_NAME"),
                        "PidLidToySenderName", RuleKind.PRESENCE, Level.MUST, "2.13"),
                broken("wrong type", QUOTE, b -> put(b, "SEQUENCE", 5),
                        "PidLidToySequence", RuleKind.TYPE, Level.MUST, "2.23"),
                broken("wrong element type", QUOTE, b -> put(b, "TAGS", new ArrayList<>(List.of("a", 1))),
                        "PidLidToyTags", RuleKind.TYPE, Level.MUST, "2.18"),
                broken("unknown discriminator value", ORDER, b -> {
                    put(b, "KIND", 2);
                    put(b, "X_KIND", "2");
                    remove(b, "COUNT");
                    remove(b, "TOKEN");
                    remove(b, "X_TOKEN");
                    remove(b, "REMOTE_NAME");
                    remove(b, "X_REMOTE_NAME");
                }, "PidLidToyKind", RuleKind.ONE_OF, Level.MUST, "2.2"),
                broken("wrong-typed discriminator", RECEIPT, b -> put(b, "KIND", "0xFFFFFFFF"),
                        "PidLidToyKind", RuleKind.TYPE, Level.MUST, "2.2"),
                broken("missing discriminator", RECEIPT, b -> remove(b, "KIND"),
                        "PidLidToyKind", RuleKind.DISCRIMINATOR, Level.MUST, "2.2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleGivesExactlyItsViolation(String what, int kind, Consumer<PropertyBag> change, String property,
            RuleKind rule, Level level, String section) {
        InMemoryPropertyBag bag = valid(kind);
        change.accept(bag);
        Violation v = only(assertDoesNotThrow(() -> validate(bag)));
        assertViolation(v, property, rule, level, section);
        assertEquals(property, v.property());
        assertEquals(key(constantOf(property)).id(), v.id());
        assertFalse(v.message().isEmpty());
        assertEquals(level.isMandatory(), !validate(bag).isConformant());
    }

    @Test
    void everyViolationIsReportedInAStableOrder() {
        // declaration order for the properties the kind allows, then the ones it forbids, then rules across properties
        InMemoryPropertyBag bag = valid(ORDER);
        put(bag, "MESSAGE_CLASS", "IPM.Note");
        put(bag, "VERSION", (short) 1);
        put(bag, "COLOR", "blue");
        put(bag, "LEGACY_FLAGS", 0);
        remove(bag, "COUNT");
        remove(bag, "SENDER_NAME");
        put(bag, "SEQUENCE", "x");
        ValidationReport report = validate(bag);
        assertEquals(List.of("PidTagMessageClass MESSAGE_CLASS", "PidLidToyVersion FIXED", "PidLidToyColor ONE_OF",
                "PidLidToySenderName PRESENCE", "PidLidToySequence TYPE", "PidLidToyLegacyFlags PRESENCE",
                "PidLidToyCount IMPLIES"),
                report.violations().stream().map(v -> v.property() + " " + v.rule()).toList(), report::format);
        assertFalse(report.isConformant());
        assertEquals(6, report.mandatory().size());
        assertTrue(report.format().startsWith("MS-TOY: 7 violations"), report::format);
    }

    @Test
    void anEmptyBagIsReportedNotThrownOn() {
        ValidationReport report = validate(new InMemoryPropertyBag());
        assertHas(report, "PidLidToyKind", RuleKind.DISCRIMINATOR, Level.MUST);
        assertHas(report, "PidTagMessageClass", RuleKind.PRESENCE, Level.MUST);
        assertHas(report, "PidLidToyLocalName", RuleKind.PRESENCE, Level.MUST);
        assertEquals(1, report.about("PidLidToyKind").size(), "the missing discriminator is reported once: " + report.format());
        assertTrue(report.about("PidLidToyToken").isEmpty(), "rules that depend on the kind are not applied");
    }

    /** A bag holding an object of a class no MAPI type uses, for every property at once: violations, never exceptions. */
    @Test
    void garbageInEveryPropertyIsReportedNotThrownOn() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        for (PropertyModel p : Toys.model().properties()) {
            bag.put(p.key().id(), p.key().type(), new Object());
        }
        ValidationReport report = assertDoesNotThrow(() -> validate(bag));
        for (PropertyModel p : Toys.model().properties()) {
            assertFalse(report.about(p.canonicalName()).isEmpty(), p.canonicalName() + " in " + report.format());
        }
    }

    /** A MIME-like bag carries Internet headers only: what it cannot carry is listed, not reported missing. */
    @Test
    void propertiesTheBagCannotCarryAreListedNotReported() {
        HeadersOnlyBag bag = new HeadersOnlyBag();
        put(bag, "X_KIND", "10b");
        put(bag, "X_TOKEN", "0A");
        put(bag, "X_REMOTE_NAME", "shop");
        assertEquals(1, (int) Toys.specs().callStatic("toy.ToyKeys", "discriminatorIndex", bag),
                "the kind is read from its hex mirror (lowercase accepted)");
        ValidationReport report = validate(bag);
        assertTrue(report.violations().isEmpty(), report::format);
        assertEquals(List.of("PidTagMessageClass", "PidLidToyKind", "PidLidToyToken", "PidLidToyLocalName",
                "PidLidToyRemoteName", "PidLidToyVersion", "PidLidToyConfigUrl", "PidLidToySenderName"), report.notCarried());
        assertTrue(report.isClean() && report.isConformant());

        remove(bag, "X_REMOTE_NAME");
        report = validate(bag);
        assertViolation(only(report), "PidNameXToyRemoteName", RuleKind.PRESENCE, Level.MUST, "2.8.2");
    }

    @Test
    void anUnknownKindInAHeadersOnlyBagIsReportedThroughItsMirror() {
        HeadersOnlyBag bag = new HeadersOnlyBag();
        put(bag, "X_KIND", "not hex");
        assertEquals(-1, (int) Toys.specs().callStatic("toy.ToyKeys", "discriminatorIndex", bag));
        ValidationReport report = assertDoesNotThrow(() -> validate(bag));
        assertTrue(report.notCarried().contains("PidLidToyKind"), report::format);
    }

    @Test
    void discriminatorIndexFollowsDeclarationOrder() {
        for (int i = 0; i < KINDS.length; i++) {
            assertEquals(i, (int) Toys.specs().callStatic("toy.ToyKeys", "discriminatorIndex", valid(KINDS[i])));
        }
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        assertEquals(-1, (int) Toys.specs().callStatic("toy.ToyKeys", "discriminatorIndex", bag));
        put(bag, "KIND", 0);
        assertEquals(-1, (int) Toys.specs().callStatic("toy.ToyKeys", "discriminatorIndex", bag));
        put(bag, "KIND", 1L);
        assertEquals(-1, (int) Toys.specs().callStatic("toy.ToyKeys", "discriminatorIndex", bag));
        put(bag, "X_KIND", "1");
        assertEquals(-1, (int) Toys.specs().callStatic("toy.ToyKeys", "discriminatorIndex", bag),
                "a bag that can carry the discriminator is not asked for its mirror");
    }

    @Test
    void theBaseSpecHasItsOwnRulesAndTheOverrideAddsToThem() {
        SpecValidator base = (SpecValidator) Toys.specs().staticField("toy.ToyBaseValidator", "INSTANCE");
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        put(bag, "MESSAGE_CLASS", "IPM.Note");
        assertTrue(base.validate(bag).isClean(), "the base spec has no rule on the message class");
        assertTrue(base.validate(new InMemoryPropertyBag()).isClean());
        assertEquals("MS-TOYBASE", base.specId());
        assertHas(validate(bag), "PidTagMessageClass", RuleKind.MESSAGE_CLASS, Level.MUST);
    }

    private static String constantOf(String canonical) {
        PropertyModel p = Toys.model().property(canonical).orElseThrow();
        return p.accessorName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /** Carries only PS_INTERNET_HEADERS properties, as a MIME message does. */
    static final class HeadersOnlyBag extends dev.oxprops.runtime.ForwardingPropertyBag {
        private final InMemoryPropertyBag inner = new InMemoryPropertyBag();

        @Override
        protected PropertyBag delegate() {
            return inner;
        }

        @Override
        public void put(PropertyId id, MapiType type, Object value) {
            if (!canCarry(id, type)) {
                throw new UnsupportedOperationException(id + " cannot be carried");
            }
            inner.put(id, type, value);
        }

        @Override
        public boolean canCarry(PropertyId id, MapiType type) {
            return id instanceof PropertyId.Name && ((PropertyId.Name) id).set().equals(PropertyId.PS_INTERNET_HEADERS);
        }
    }
}
