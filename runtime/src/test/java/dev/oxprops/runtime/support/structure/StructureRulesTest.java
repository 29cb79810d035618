package dev.oxprops.runtime.support.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.ForwardingPropertyBag;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.structure.MalformedStructureException;
import dev.oxprops.runtime.structure.StructureCodec;
import dev.oxprops.runtime.structure.StructureProblem;
import dev.oxprops.runtime.support.Rule;
import dev.oxprops.runtime.support.ValueCheck;
import dev.oxprops.runtime.support.Violations;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a generated validator builds from a structure codec: it decodes, and it passes its checks. */
class StructureRulesTest {
    private static final PropertyKey<byte[]> BLOB =
            PropertyKey.of("PidTagBlob", PropertyId.tag(0x6701), MapiType.PtypBinary, "2.2.9", byte[].class);
    private static final ValidationReport CLEAN = ValidationReport.clean("test");

    /**
     * A structure of a length byte followed by that many bytes: fewer bytes do not decode; a zero length decodes
     * but is a problem, and so is a length over 3 (two problems, on two fields).
     */
    static final class Counted implements StructureCodec<byte[]> {
        private final String section;

        Counted(String section) {
            this.section = section;
        }

        @Override
        public String structureName() {
            return "Counted";
        }

        @Override
        public String section() {
            return section;
        }

        @Override
        public byte[] decode(byte[] stored) {
            if (stored.length == 0 || stored.length - 1 < stored[0]) {
                throw new MalformedStructureException("Counted", "Bytes", stored.length, "truncated");
            }
            return stored;
        }

        @Override
        public byte[] encode(byte[] value) {
            return value;
        }

        @Override
        public List<StructureProblem> problems(byte[] value) {
            List<StructureProblem> out = new ArrayList<>();
            if (value[0] == 0) {
                out.add(new StructureProblem("Length", "must not be zero"));
            }
            if (value[0] > 3) {
                out.add(new StructureProblem("Length", "must be at most 3"));
                out.add(new StructureProblem("Bytes", "too many"));
            }
            return out;
        }
    }

    private static List<Violation> check(Rule rule, PropertyBag bag) {
        return Violations.report(rule.check(bag, null), CLEAN).violations();
    }

    private static PropertyBag bag(byte[] value) {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(BLOB.id(), MapiType.PtypBinary, value);
        return bag;
    }

    @Test
    void aWellFormedValueOrNoValueIsNoViolation() {
        Rule rule = StructureRules.wellFormed(BLOB, Level.MUST, "2.2.9", new Counted("[MS-X] 1.2"));
        assertNull(rule.check(bag(new byte[] {2, 7, 7}), null));
        assertNull(rule.check(new InMemoryPropertyBag(), null));
    }

    @Test
    void aValueThatDoesNotDecodeIsOneFormatViolationNamingWhereItFails() {
        Rule rule = StructureRules.wellFormed(BLOB, Level.MUST, "2.2.9", new Counted("[MS-X] 1.2"));
        assertEquals(List.of(new Violation("PidTagBlob", BLOB.id(), RuleKind.FORMAT, Level.MUST, "2.2.9",
                "is not a well-formed Counted: " + new MalformedStructureException("Counted", "Bytes", 2, "truncated")
                        .getMessage())), check(rule, bag(new byte[] {5, 1})));
    }

    @Test
    void eachProblemIsItsOwnViolationAtTheRulesLevel() {
        Rule rule = StructureRules.wellFormed(BLOB, Level.SHOULD, "2.2.9", new Counted("[MS-X] 1.2"));
        List<Violation> found = check(rule, bag(new byte[] {4, 1, 1, 1, 1}));
        assertEquals(List.of("is not a well-formed Counted: Length: must be at most 3",
                "is not a well-formed Counted: Bytes: too many"), found.stream().map(Violation::message).toList());
        assertEquals(List.of(Level.SHOULD, Level.SHOULD), found.stream().map(Violation::level).toList());
        assertEquals(List.of(RuleKind.FORMAT, RuleKind.FORMAT), found.stream().map(Violation::rule).toList());
    }

    @Test
    void violationsAreAddedToThoseFoundBefore() {
        ValueCheck check = StructureRules.wellFormedValue(BLOB, Level.MUST, "2.2.9", new Counted(""));
        Violation earlier = new Violation("PidTagOther", PropertyId.tag(1), RuleKind.PRESENCE, Level.MUST, "1", "x");
        Violations before = Violations.add(null, earlier);
        Violations after = check.check(bag(new byte[] {0}), new byte[] {0}, before);
        List<Violation> found = Violations.report(after, CLEAN).violations();
        assertEquals(2, found.size());
        assertEquals(earlier, found.get(0));
        assertEquals("is not a well-formed Counted: Length: must not be zero", found.get(1).message());
        // nothing found: the collector passed in comes back as it was
        assertSame(before, check.check(bag(new byte[] {1, 1}), new byte[] {1, 1}, before));
    }

    @Test
    void withoutASectionTheStructuresSectionIsNamed() {
        Counted codec = new Counted("[MS-X] 1.2");
        assertEquals("[MS-X] 1.2", check(StructureRules.wellFormed(BLOB, Level.MUST, "", codec), bag(new byte[] {0}))
                .get(0).section());
        assertEquals("[MS-X] 1.2", check(StructureRules.wellFormed(BLOB, Level.MUST, null, codec), bag(new byte[] {0}))
                .get(0).section());
        assertEquals("2.2.9", check(StructureRules.wellFormed(BLOB, Level.MUST, "2.2.9", codec), bag(new byte[] {0}))
                .get(0).section());
    }

    @Test
    void aValueThatIsNotBinaryIsLeftToTheTypeCheck() {
        ValueCheck check = StructureRules.wellFormedValue(BLOB, Level.MUST, "2.2.9", new Counted(""));
        assertNull(check.check(new InMemoryPropertyBag(), "text", null));
        InMemoryPropertyBag text = new InMemoryPropertyBag();
        text.put(BLOB.id(), MapiType.PtypString, "text");
        assertNull(StructureRules.wellFormed(BLOB, Level.MUST, "2.2.9", new Counted("")).check(text, null));
    }

    @Test
    void aBagThatFailsToReadIsLeftToThePresenceAndTypeChecks() {
        PropertyBag failing = new ForwardingPropertyBag() {
            @Override
            protected PropertyBag delegate() {
                return bag(new byte[] {0});
            }

            @Override
            public Object get(PropertyId id) {
                throw new IllegalStateException("cannot read");
            }
        };
        assertNull(StructureRules.wellFormed(BLOB, Level.MUST, "2.2.9", new Counted("")).check(failing, null));
        Violations before = Violations.add(null, new Violation("PidTagOther", PropertyId.tag(1), RuleKind.PRESENCE,
                Level.MUST, "1", "x"));
        assertSame(before, StructureRules.wellFormed(BLOB, Level.MUST, "2.2.9", new Counted("")).check(failing, before));
    }

    @Test
    void whatIsNotCheckedKeepsTheViolationsFoundBefore() {
        Violations before = Violations.add(null, new Violation("PidTagOther", PropertyId.tag(1), RuleKind.PRESENCE,
                Level.MUST, "1", "x"));
        InMemoryPropertyBag text = new InMemoryPropertyBag();
        text.put(BLOB.id(), MapiType.PtypString, "text");
        assertSame(before, StructureRules.wellFormed(BLOB, Level.MUST, "2.2.9", new Counted("")).check(text, before));
        assertSame(before, StructureRules.wellFormedValue(BLOB, Level.MUST, "2.2.9", new Counted(""))
                .check(text, "text", before));
    }
}
