package rules;

import dev.oxprops.annotations.Compare;
import dev.oxprops.annotations.Condition;
import dev.oxprops.annotations.Flags;
import dev.oxprops.annotations.Granularity;
import dev.oxprops.annotations.Implies;
import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MessageClass;
import dev.oxprops.annotations.Op;
import dev.oxprops.annotations.Property;
import dev.oxprops.annotations.PropertySet;
import dev.oxprops.annotations.Range;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Rules of every shape beyond presence: ranges open at either end, a granularity, flags of 16, 32 and 64 bits (the
 * high bit set), message classes, comparisons with offsets and conditions, implications with compound conditions.
 */
@Spec(id = "MS-RULES", messageClass = "IPM.Rules", messageClassIsPrefix = true)
@Compare(left = "PidLidRulesEnd", op = Op.GE, right = "PidLidRulesStart", section = "3.1")
@Compare(left = "PidLidRulesEnd", op = Op.EQ, right = "PidLidRulesStart", plus = "PidLidRulesDuration",
        when = @Condition(property = "PidLidRulesFlags", bitsSet = "A"), level = Level.SHOULD, section = "3.2",
        note = "end = start + duration")
@Compare(left = "PidLidRulesStart", op = Op.LE, right = "PidLidRulesEnd", minus = "PidLidRulesDuration", unit = ChronoUnit.HOURS,
        when = {@Condition(property = "PidLidRulesLevel"), @Condition(property = "PidLidRulesPercent", present = false)},
        section = "3.3")
@Implies(when = {@Condition(property = "PidLidRulesFlags", bitsSet = "A", bitsClear = "HIGH"),
        @Condition(property = "PidLidRulesClass", family = "IPM.A")}, whenAny = true,
        then = {@Condition(property = "PidLidRulesLevel", values = {"1", "2"}),
                @Condition(property = "PidLidRulesPercent", present = false)}, thenAny = true, section = "3.4")
@Implies(when = @Condition(property = "PidLidRulesSmall", bitsClear = "LOW", not = true),
        then = @Condition(property = "PidLidRulesLevel", values = "3"), level = Level.SHOULD, section = "3.5",
        note = "low means level 3")
@Implies(when = @Condition(property = "PidLidRulesWide", bitsSet = {"ONE", "TOP"}),
        then = @Condition(property = "PidLidRulesClass", values = "IPM.B", not = true), section = "3.6")
public interface Rules {
    @PropertySet(name = "PSETID_Rules", guid = "1A2B3C4D-0000-4000-8000-0000000000AB")
    interface RuleSet {}

    @Property(canonical = "PidTagMessageClass", tag = 0x001A, type = MapiType.PtypString, section = "2.1")
    @MessageClass
    String messageClass();

    @Property(canonical = "PidLidRulesStart", set = RuleSet.class, lid = 0x8201, type = MapiType.PtypTime, section = "2.2")
    Instant start();

    @Property(canonical = "PidLidRulesEnd", set = RuleSet.class, lid = 0x8202, type = MapiType.PtypTime, section = "2.3")
    @Granularity(value = ChronoUnit.DAYS, level = Level.SHOULD)
    Instant end();

    @Property(canonical = "PidLidRulesDuration", set = RuleSet.class, lid = 0x8203, type = MapiType.PtypInteger32, section = "2.4")
    @Range(min = "0")
    int duration();

    @Property(canonical = "PidLidRulesPercent", set = RuleSet.class, lid = 0x8204, type = MapiType.PtypFloating64, section = "2.5")
    @Range(min = "0.0", max = "1.0", section = "2.5.1")
    double percent();

    @Property(canonical = "PidLidRulesLevel", set = RuleSet.class, lid = 0x8205, type = MapiType.PtypInteger32, section = "2.6")
    @Range(max = "10", level = Level.SHOULD)
    int level();

    @Property(canonical = "PidLidRulesFlags", set = RuleSet.class, lid = 0x8206, type = MapiType.PtypInteger32, section = "2.7")
    @Flags({@Value(name = "A", value = "0x00000001"), @Value(name = "HIGH", value = "0x80000000")})
    int flags();

    @Property(canonical = "PidLidRulesSmall", set = RuleSet.class, lid = 0x8207, type = MapiType.PtypInteger16, section = "2.8")
    @Flags(value = {@Value(name = "LOW", value = "0x0001"), @Value(name = "TOP", value = "0x8000")}, reservedIgnored = true)
    short small();

    @Property(canonical = "PidLidRulesWide", set = RuleSet.class, lid = 0x8208, type = MapiType.PtypInteger64, section = "2.9")
    @Flags(value = {@Value(name = "ONE", value = "0x0000000000000001"), @Value(name = "TOP", value = "0x8000000000000000")},
            level = Level.SHOULD, section = "2.9.1")
    long wide();

    @Property(canonical = "PidLidRulesClass", set = RuleSet.class, lid = 0x8209, type = MapiType.PtypString, section = "2.10")
    @MessageClass(value = {"IPM.A", "IPM.B"}, derived = false)
    String kindClass();
}
