package dev.oxprops.specs.oxocal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.oxprops.runtime.Hex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The time-zone structures of [MS-OXOCAL] through the generated code, on the examples of section 4 (read 2026-11-30):
 * 4.1.4, a PidLidAppointmentTimeZoneDefinitionRecur BLOB (https://msdn.microsoft.com/en-us/library/49799425-8588-4390-91ad-cee0ef3388f9)
 * and 4.1.5, a PidLidTimeZoneStruct (https://msdn.microsoft.com/en-us/library/51581942-e853-406d-b268-fc19134a928f).
 */
class TimeZoneStructuresTest {
    /** 4.1.4: Pacific Standard Time, two rules (2006 and 2007), 184 bytes. */
    static final String DEFINITION_4_1_4 = "02013000020015005000610063006900660069006300200053007400610"
            + "06E0064006100720064002000540069006D006500020002013E000000D607000000000000000000000000000"
            + "0E001000000000000C4FFFFFF00000A000000050002000000000000000000040000000100020000000000000"
            + "002013E000200D7070000000000000000000000000000E001000000000000C4FFFFFF00000B000000010002"
            + "0000000000000000000300000002000200000000000000";

    /** 4.1.5: bias 480, daylight -60, standard time from the first Sunday of November, daylight from the second of March. */
    static final String STRUCT_4_1_5 = "E001000000000000C4FFFFFF000000000B00000001000200000000000000000000000300000002000200000000000000";

    @Test
    void section415MatchesEveryRowOfItsTable() {
        byte[] bytes = Hex.parseBytes(STRUCT_4_1_5);
        assertEquals(48, bytes.length);
        TimeZoneStructRecord tz = TimeZoneStructRecord.decode(bytes);
        assertEquals(480, tz.bias());
        assertEquals(0, tz.standardBias());
        assertEquals(-60, tz.daylightBias(), "C4 FF FF FF, signed");
        assertEquals(0, tz.standardYear(), "a relative rule");
        assertEquals(new SystemTimeRecord(0, 11, 0, 1, 2, 0, 0, 0), tz.standardDate(), "first Sunday of November, 2:00");
        assertEquals(0, tz.daylightYear());
        assertEquals(new SystemTimeRecord(0, 3, 0, 2, 2, 0, 0, 0), tz.daylightDate(), "second Sunday of March, 2:00");
        assertArrayEquals(bytes, tz.toBytes());
        assertEquals(List.of(), tz.problems());
    }

    @Test
    void section414MatchesTheRowsThatCouldBeRead() {
        byte[] bytes = Hex.parseBytes(DEFINITION_4_1_4);
        assertEquals(184, bytes.length, "cb: 184");
        TimeZoneDefinitionRecord d = TimeZoneDefinitionRecord.decode(bytes);
        assertEquals(2, d.majorVersion());
        assertEquals(1, d.minorVersion());
        assertEquals(48, d.headerSize(), "30 00: the header holds 48 bytes");
        assertEquals(2, d.reserved());
        assertEquals(21, d.keyNameLength());
        assertEquals("Pacific Standard Time", d.keyName());
        assertEquals(2, d.ruleCount());
        TzRule first = d.rules().get(0);
        assertEquals(0x003E, first.reserved());
        assertEquals(0, first.flags(), "not the effective rule");
        assertEquals(2006, first.year());
        assertEquals(480, first.bias());
        assertEquals(0, first.standardBias());
        assertEquals(-60, first.daylightBias());
        assertArrayEquals(bytes, d.toBytes());
        assertEquals(List.of(), d.problems(), "cbHeader = 6 + 2 * cchKeyName, versions and reserved fields as required");
    }

    /**
     * 2.2.1.41: the effective rule of PidLidAppointmentTimeZoneDefinitionRecur holds the same biases and dates as
     * PidLidTimeZoneStruct. The 2007 rule of 4.1.4 and the value of 4.1.5 agree field by field.
     */
    @Test
    void theEffectiveRuleOf414IsTheTimeZoneOf415() {
        TzRule effective = TimeZoneDefinitionRecord.decode(Hex.parseBytes(DEFINITION_4_1_4)).rules().get(1);
        TimeZoneStruct tz = TimeZoneStructRecord.decode(Hex.parseBytes(STRUCT_4_1_5));
        assertEquals(2007, effective.year());
        assertEquals(tz.bias(), effective.bias());
        assertEquals(tz.standardBias(), effective.standardBias());
        assertEquals(tz.daylightBias(), effective.daylightBias());
        assertEquals(tz.standardDate(), effective.standardDate());
        assertEquals(tz.daylightDate(), effective.daylightDate());
    }

    /**
     * O-S3: 2.2.1.41.1 says the rule used to convert to and from UTC has both flags set (0x0003) and 2.2.1.41 that
     * the Recur property marks it TZRULE_FLAG_EFFECTIVE_TZREG; 4.1.4's 2007 rule carries 0x0002 (E without R), the
     * value 2.2.1.42 gives for the start-display property. The value is read and written unchanged.
     */
    @Test
    void erratumS3The414EffectiveRuleLacksTheRecurFlag() {
        TimeZoneDefinitionRecord d = TimeZoneDefinitionRecord.decode(Hex.parseBytes(DEFINITION_4_1_4));
        TzRule effective = d.rules().get(1);
        assertEquals(TzRule.EFFECTIVE, effective.flags());
        assertNotEquals(TzRule.EFFECTIVE | TzRule.RECUR_CURRENT, effective.flags());
        assertEquals(DEFINITION_4_1_4, Hex.ofBytes(d.toBytes()));
    }

    /** O-S4: 4.1.4's table describes the first rule's Reserved (3E 00) as "2"; its bytes hold 0x003E, as 2.2.1.41.1 requires. */
    @Test
    void erratumS4The414TableMisdescribesTheRuleReservedField() {
        TimeZoneDefinitionRecord d = TimeZoneDefinitionRecord.decode(Hex.parseBytes(DEFINITION_4_1_4));
        assertEquals(0x003E, d.rules().get(0).reserved());
        assertNotEquals(2, d.rules().get(0).reserved());
        assertEquals(List.of(), d.problems());
    }

    /** A header size that is not 6 + 2 * cchKeyName is kept and reported, naming the field. */
    @Test
    void aWrongHeaderSizeIsAProblemNamingTheField() {
        byte[] bytes = Hex.parseBytes(DEFINITION_4_1_4);
        bytes[2] = 0x31;
        TimeZoneDefinitionRecord d = TimeZoneDefinitionRecord.decode(bytes);
        assertArrayEquals(bytes, d.toBytes());
        assertEquals(1, d.problems().size(), d.problems().toString());
        assertEquals("cbHeader", d.problems().get(0).field());
    }
}
