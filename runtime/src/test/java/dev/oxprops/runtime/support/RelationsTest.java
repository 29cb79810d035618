package dev.oxprops.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.Op;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.MessageClasses;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of the vocabulary beyond presence: comparisons, ranges, granularity, message classes, bits, compounds. */
class RelationsTest {
    private static final UUID SET = UUID.fromString("00062008-0000-0000-C000-000000000046");
    static final PropertyKey<Instant> START = PropertyKey.of("PidLidStart", PropertyId.lid(SET, 0x8516), MapiType.PtypTime, "2.1",
            Instant.class);
    static final PropertyKey<Instant> END = PropertyKey.of("PidLidEnd", PropertyId.lid(SET, 0x8517), MapiType.PtypTime, "2.2",
            Instant.class);
    static final PropertyKey<Integer> DELTA = PropertyKey.of("PidLidDelta", PropertyId.lid(SET, 0x8501), MapiType.PtypInteger32,
            "2.3", Integer.class);
    static final PropertyKey<Integer> COUNT = PropertyKey.of("PidLidCount", PropertyId.lid(SET, 0x8502), MapiType.PtypInteger32,
            "2.4", Integer.class);
    static final PropertyKey<Double> PERCENT = PropertyKey.of("PidLidPercent", PropertyId.lid(SET, 0x8102),
            MapiType.PtypFloating64, "2.5", Double.class);
    static final PropertyKey<String> CLASS = PropertyKey.of("PidTagMessageClass", PropertyId.tag(0x001A), MapiType.PtypString,
            "2.6", String.class);
    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    private static InMemoryPropertyBag bag() {
        return new InMemoryPropertyBag();
    }

    @Test
    void endNotBeforeStart() {
        Rule rule = Relations.compare(END, Op.GE, START, null, 1, ChronoUnit.MINUTES, null, Level.MUST, "3.1", "");
        InMemoryPropertyBag bag = bag();
        START.write(bag, T);
        END.write(bag, T);
        assertNull(rule.check(bag, null), "equal is >=");
        END.write(bag, T.minusNanos(1));
        Violation v = only(rule, bag);
        assertEquals(RuleKind.COMPARE, v.rule());
        assertEquals("PidLidEnd", v.property());
        assertEquals("3.1", v.section());
        END.removeFrom(bag);
        assertNull(rule.check(bag, null), "a missing side is not compared");
    }

    @Test
    void signalTimeIsStartMinusDeltaMinutesOnlyWhenTheConditionHolds() {
        Condition calendar = Condition.inFamily(CLASS, "IPM.Appointment");
        Rule rule = Relations.compare(END, Op.EQ, START, DELTA, -1, ChronoUnit.MINUTES, calendar, Level.SHOULD, "", "a note");
        InMemoryPropertyBag bag = bag();
        START.write(bag, T);
        DELTA.write(bag, 15);
        END.write(bag, T.minusSeconds(15 * 60));
        CLASS.write(bag, "IPM.Appointment.Custom");
        assertNull(rule.check(bag, null));
        END.write(bag, T.minusSeconds(14 * 60));
        Violation v = only(rule, bag);
        assertEquals("2.2", v.section(), "the left property's section by default");
        assertTrue(v.message().contains("must be = PidLidStart - PidLidDelta minutes"), v.message());
        assertTrue(v.message().endsWith("(a note)"), v.message());
        CLASS.write(bag, "IPM.AppointmentX");
        assertNull(rule.check(bag, null), "IPM.AppointmentX is not a Calendar object");
        CLASS.write(bag, "IPM.Appointment");
        DELTA.removeFrom(bag);
        assertNull(rule.check(bag, null), "no offset, no comparison");
    }

    @Test
    void integersWithAnOffsetAndOverflow() {
        Rule rule = Relations.compare(COUNT, Op.LT, DELTA, COUNT, 1, null, null, Level.MUST, "s", null);
        InMemoryPropertyBag bag = bag();
        COUNT.write(bag, 3);
        DELTA.write(bag, 1);
        assertNull(rule.check(bag, null), "3 < 1 + 3");
        DELTA.write(bag, -1);
        assertEquals(RuleKind.COMPARE, only(rule, bag).rule(), "3 < -1 + 3 does not hold");
        assertEquals(-1, Relations.compare(1L, Long.MAX_VALUE, 1, 60), "an overflowing right side is beyond any long");
        assertEquals(1, Relations.compare(1L, Long.MIN_VALUE, -1, 60));
        assertNull(Relations.compare("a", 1, 0, 60), "strings do not compare");
        assertEquals(0, Relations.compare(0.5, 0.5, 0, 60));
    }

    @Test
    void everyOperator() {
        assertTrue(Op.LT.holds(-1) && !Op.LT.holds(0));
        assertTrue(Op.LE.holds(0) && !Op.LE.holds(1));
        assertTrue(Op.EQ.holds(0) && !Op.EQ.holds(1));
        assertTrue(Op.NE.holds(1) && !Op.NE.holds(0));
        assertTrue(Op.GE.holds(0) && !Op.GE.holds(-1));
        assertTrue(Op.GT.holds(1) && !Op.GT.holds(0));
    }

    @Test
    void rangeGranularityMessageClassAndFlags() {
        InMemoryPropertyBag bag = bag();
        PERCENT.write(bag, 1.5);
        Rule range = Rules.property(PERCENT, PresenceRule.OPTIONAL, "", ValueRules.range(PERCENT, Level.MUST, "", 0.0, 1.0));
        assertEquals(RuleKind.RANGE, only(range, bag).rule());
        PERCENT.write(bag, 1.0);
        assertNull(range.check(bag, null));
        START.write(bag, T.plusSeconds(7));
        Rule minutes = Rules.property(START, PresenceRule.OPTIONAL, "", ValueRules.granularity(START, Level.MUST, "g", ChronoUnit.MINUTES));
        assertEquals(RuleKind.GRANULARITY, only(minutes, bag).rule());
        START.write(bag, Instant.parse("1600-12-31T23:59:00Z"));
        assertNull(minutes.check(bag, null), "a whole minute before the epoch");
        CLASS.write(bag, "ipm.task.custom");
        Rule family = Rules.property(CLASS, PresenceRule.OPTIONAL, "", ValueRules.messageClass(CLASS, Level.MUST, "", true, "IPM.Task"));
        assertNull(family.check(bag, null));
        Rule exact = Rules.property(CLASS, PresenceRule.OPTIONAL, "", ValueRules.messageClass(CLASS, Level.MUST, "", false, "IPM.Task"));
        assertEquals(RuleKind.MESSAGE_CLASS, only(exact, bag).rule());
        COUNT.write(bag, 0x80000009);
        Rule bits = Rules.property(COUNT, PresenceRule.OPTIONAL, "", ValueRules.flags(COUNT, Level.SHOULD, "", 0x9L, "A, B"));
        Violation v = only(bits, bag);
        assertTrue(v.message().contains("sets bits 0x80000000"), v.message());
        COUNT.write(bag, 0x9);
        assertNull(bits.check(bag, null));
    }

    @Test
    void compoundConditions() {
        InMemoryPropertyBag bag = bag();
        COUNT.write(bag, 0x9);
        Condition timeFlagged = Condition.bits(COUNT, 0x1, 0x2);
        assertTrue(timeFlagged.test(bag));
        assertFalse(Condition.bits(COUNT, 0x2, 0).test(bag));
        Condition any = Condition.anyOf(Condition.present(START), timeFlagged);
        assertTrue(any.test(bag));
        assertFalse(Condition.allOf(Condition.present(START), timeFlagged).test(bag));
        assertTrue(Condition.not(Condition.present(START)).test(bag));
        assertEquals("(PidLidStart is set or PidLidCount has bits 0x1 set and bits 0x2 clear)", any.describe());
        assertEquals(java.util.List.of(START, COUNT), any.keys());
        assertThrows(IllegalArgumentException.class, () -> Condition.allOf());
        assertThrows(IllegalArgumentException.class, () -> Condition.bits(COUNT, 0, 0));
        Rule implies = Rules.implies(Condition.present(COUNT), Condition.allOf(Condition.present(COUNT), Condition.present(END)),
                Level.MUST, "s", "");
        Violation v = only(implies, bag);
        assertEquals("PidLidEnd", v.property(), "the failing part of an all-of names the property");
        assertEquals("when PidLidCount is set, PidLidEnd must be set; it is (absent)", v.message());
    }

    @Test
    void messageClassFamilies() {
        assertTrue(MessageClasses.inFamily("IPM.Schedule.Meeting.Request", "IPM.Schedule.Meeting"));
        assertTrue(MessageClasses.inFamily("ipm.schedule.meeting", "IPM.Schedule.Meeting"));
        assertFalse(MessageClasses.inFamily("IPM.Schedule.MeetingX", "IPM.Schedule.Meeting"));
        assertFalse(MessageClasses.inFamily("IPM", "IPM.Schedule.Meeting"));
        assertTrue(MessageClasses.isAnyOf("IPM.NOTE", "IPM.Task", "IPM.Note"));
    }

    @Test
    void aSectionNamingItsDocumentIsBracketedOnce() {
        assertEquals("MUST [MS-OXPROPS] PidLidStart: m",
                new Violation("PidLidStart", START.id(), RuleKind.TYPE, Level.MUST, "[MS-OXPROPS]", "m").toString());
        assertEquals("MUST [MS-OXCMSG] 2.2.1.3 PidLidStart: m",
                new Violation("PidLidStart", START.id(), RuleKind.TYPE, Level.MUST, "[MS-OXCMSG] 2.2.1.3", "m").toString());
        assertEquals("SHOULD [2.2.1.3] PidLidStart: m",
                new Violation("PidLidStart", START.id(), RuleKind.TYPE, Level.SHOULD, "2.2.1.3", "m").toString());
        assertEquals("SHOULD [-] PidLidStart: m", new Violation("PidLidStart", START.id(), RuleKind.TYPE, Level.SHOULD, "", "m").toString());
    }

    private static Violation only(Rule rule, InMemoryPropertyBag bag) {
        Violations v = rule.check(bag, null);
        ValidationReport r = Violations.report(v, ValidationReport.clean("T"));
        assertEquals(1, r.violations().size(), r.format());
        return r.violations().get(0);
    }
}
