package dev.oxprops.sample;

import dev.oxprops.specs.oxshare.Section4Example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.model.AllowedValue;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.sample.docs.ReferenceDocs;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageModel;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import dev.oxprops.specs.oxshare.SharingMessages;
import dev.oxprops.specs.oxshare.SharingMessages.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The applicability matrix of docs/reference/MS-OXSHARE.md against the validator: for every property and every
 * flavor, a valid message of that flavor (built with SharingMessages) gets the property removed or added, and the
 * validator must report exactly what the page's cell says: MUST -> missing at MUST, SHOULD -> missing at SHOULD,
 * MUST NOT / SHOULD NOT -> present at that level, MAY -> nothing either way.
 */
class ReferenceMatrixTest {
    static final SpecModel SPEC = SharingMessageModel.SPEC;

    static Path referenceDir() {
        return Paths.get(System.getProperty("oxprops.reference.dir", "../docs/reference"));
    }

    /** The matrix of the committed page: canonical name -> cells, in the page's column order. */
    static Map<String, List<String>> pageMatrix() throws IOException {
        List<String> lines = Files.readAllLines(referenceDir().resolve(SPEC.id() + ".md"));
        int start = lines.indexOf("## Applicability matrix");
        assertTrue(start >= 0, "no matrix in the page");
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String l = lines.get(i);
            if (!l.startsWith("| `")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String c : l.substring(1, l.length() - 1).split("\\|")) {
                cells.add(c.trim());
            }
            m.put(cells.get(0).replace("`", ""), cells.subList(1, cells.size()));
        }
        return m;
    }

    /** A valid message of each flavor, by flavor name. */
    static Map<String, InMemoryPropertyBag> validMessages() {
        Map<String, InMemoryPropertyBag> m = new LinkedHashMap<>();
        SharedFolder special = Section4Example.ryansCalendar();
        SharedFolder plain = new SharedFolder("Projects", SharingMessageKeys.LocalType.CALENDAR, special.entryId(),
                special.storeEntryId(), false);
        m.put("INVITATION_SPECIAL_FOLDER", bag(b -> SharingMessages.createInvitation(b, Section4Example.provider(),
                Section4Example.ryan(), special, false, "Sharing invitation: Calendar")));
        m.put("INVITATION_FOLDER", bag(b -> SharingMessages.createInvitation(b, Section4Example.provider(), Section4Example.ryan(), plain,
                false, "Sharing invitation: Projects")));
        m.put("REQUEST", request());
        m.put("INVITATION_AND_REQUEST", bag(b -> SharingMessages.createInvitation(b, Section4Example.provider(), Section4Example.ryan(),
                special, true, "Sharing invitation and request: Calendar")));
        m.put("DENY", bag(b -> SharingMessages.deny(request(), b, Section4Example.provider(), Section4Example.ryan(),
                Section4Example.RESPONSE_TIME, Section4Example.DENY_SUBJECT)));
        m.put("ACCEPT", bag(b -> SharingMessages.accept(request(), b, Section4Example.provider(), Section4Example.ryan(), special,
                Section4Example.RESPONSE_TIME, Section4Example.ACCEPT_SUBJECT)));
        return m;
    }

    static InMemoryPropertyBag request() {
        return bag(b -> SharingMessages.createRequest(b, Section4Example.provider(), Section4Example.kendall(),
                SharingMessageKeys.LocalType.CALENDAR, Section4Example.REQUEST_SUBJECT));
    }

    static InMemoryPropertyBag bag(java.util.function.Consumer<PropertyBag> build) {
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        build.accept(b);
        return b;
    }

    @Test
    void pageMatrixIsTheModels() throws IOException {
        Map<String, List<String>> page = pageMatrix();
        assertEquals(SPEC.properties().size(), page.size());
        for (PropertyModel p : SPEC.properties()) {
            assertEquals(ReferenceDocs.matrixCells(SPEC, p), page.get(p.canonicalName()), p.canonicalName());
        }
        List<String> flavors = SPEC.discriminatorValues().stream().map(AllowedValue::name).collect(Collectors.toList());
        assertEquals(flavors, new ArrayList<>(validMessages().keySet()));
    }

    @Test
    void theValidMessagesAreClean() {
        validMessages().forEach((flavor, bag) -> {
            ValidationReport r = SharingMessageValidator.INSTANCE.validate(bag);
            assertTrue(r.isClean(), () -> flavor + ": " + r.format());
            assertEquals(flavor, SharingMessageKeys.Flavor.values()[SharingMessageKeys.discriminatorIndex(bag)].name());
        });
    }

    @TestFactory
    List<DynamicTest> everyCellAgainstTheValidator() throws IOException {
        Map<String, List<String>> page = pageMatrix();
        Map<String, InMemoryPropertyBag> valid = validMessages();
        List<String> flavors = new ArrayList<>(valid.keySet());
        List<DynamicTest> tests = new ArrayList<>();
        for (PropertyModel p : SPEC.properties()) {
            List<String> cells = page.get(p.canonicalName());
            for (int i = 0; i < flavors.size(); i++) {
                String flavor = flavors.get(i);
                String cell = cells.get(i);
                tests.add(DynamicTest.dynamicTest(p.canonicalName() + " on " + flavor + ": " + cell,
                        () -> check(p, flavor, cell, valid)));
            }
        }
        return tests;
    }

    private static void check(PropertyModel p, String flavor, String cell, Map<String, InMemoryPropertyBag> valid) {
        PropertyId id = p.key().id();
        InMemoryPropertyBag without = InMemoryPropertyBag.copyOf(valid.get(flavor));
        without.remove(id);
        InMemoryPropertyBag with = InMemoryPropertyBag.copyOf(valid.get(flavor));
        if (!with.contains(id)) {
            with.put(id, p.key().type(), sampleValue(p, valid));
        }
        List<Violation> whenMissing = presence(p, without);
        List<Violation> whenPresent = presence(p, with);
        Level expected;
        if (cell.startsWith("MUST NOT")) {
            expected = Level.MUST_NOT;
        } else if (cell.startsWith("MUST")) {
            expected = Level.MUST;
        } else if (cell.startsWith("SHOULD NOT")) {
            expected = Level.SHOULD_NOT;
        } else if (cell.startsWith("SHOULD")) {
            expected = Level.SHOULD;
        } else {
            assertTrue(cell.startsWith("MAY"), cell);
            assertEquals(List.of(), whenMissing, "MAY: nothing reported when missing");
            assertEquals(List.of(), whenPresent, "MAY: nothing reported when present");
            return;
        }
        boolean demands = expected == Level.MUST || expected == Level.SHOULD;
        List<Violation> reported = demands ? whenMissing : whenPresent;
        List<Violation> other = demands ? whenPresent : whenMissing;
        assertEquals(1, reported.size(), () -> cell + ": one violation expected, got " + reported);
        assertEquals(expected, reported.get(0).level(), reported::toString);
        assertEquals(List.of(), other, "nothing reported the other way round");
    }

    /**
     * The presence violations about {@code p}. The discriminator's own absence is reported as a DISCRIMINATOR
     * violation (the kind of message is then unknown), which stands for its MUST cell.
     */
    private static List<Violation> presence(PropertyModel p, PropertyBag bag) {
        // an absent discriminator is reported once, as the DISCRIMINATOR violation (at MUST): that is its cell
        boolean discriminator = p.canonicalName().equals(SPEC.discriminator());
        return SharingMessageValidator.INSTANCE.validate(bag).about(p.canonicalName()).stream()
                .filter(v -> v.rule() == RuleKind.PRESENCE || discriminator && v.rule() == RuleKind.DISCRIMINATOR)
                .collect(Collectors.toList());
    }

    /** A value for a property a message lacks: the one another valid message has, else one of its type. */
    private static Object sampleValue(PropertyModel p, Map<String, InMemoryPropertyBag> valid) {
        for (InMemoryPropertyBag b : valid.values()) {
            Object v = b.get(p.key().id());
            if (v != null) {
                return v;
            }
        }
        if (!p.allowedValues().isEmpty()) {
            return p.allowedValues().get(0).value();
        }
        MapiType t = p.key().type();
        Class<?> c = dev.oxprops.runtime.MapiValues.javaClass(t);
        if (c == String.class) {
            return "x";
        }
        if (c == Integer.class) {
            return 1;
        }
        if (c == Long.class) {
            return 1L;
        }
        if (c == Short.class) {
            return (short) 1;
        }
        if (c == Boolean.class) {
            return Boolean.TRUE;
        }
        if (c == Double.class) {
            return 1.0;
        }
        if (c == Float.class) {
            return 1.0f;
        }
        if (c == Instant.class) {
            return Section4Example.RESPONSE_TIME;
        }
        if (c == java.util.UUID.class) {
            return java.util.UUID.fromString("00062040-0000-0000-c000-000000000046");
        }
        if (c == byte[].class) {
            return new byte[] {1, 2, 3};
        }
        return List.of();
    }
}
