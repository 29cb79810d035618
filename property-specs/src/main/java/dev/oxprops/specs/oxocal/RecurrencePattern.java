package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.structure.Array;
import dev.oxprops.annotations.structure.Expect;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Name;
import dev.oxprops.annotations.structure.Minutes;
import dev.oxprops.annotations.structure.PresentIf;
import dev.oxprops.annotations.structure.Structure;
import java.time.LocalDateTime;
import java.util.List;

/**
 * [MS-OXOCAL] 2.2.1.44.1: how a series recurs (the first part of PidLidAppointmentRecur and of a task's
 * PidLidTaskRecurrence). Times are minutes since 1601-01-01 in the series' time zone.
 */
@Structure(name = "RecurrencePattern", section = "[MS-OXOCAL] 2.2.1.44.1")
public interface RecurrencePattern {
    /** PatternType Day: no pattern-specific data. */
    int DAY = 0x0000;
    /** PatternType Week: a day-of-week mask follows. */
    int WEEK = 0x0001;
    /** PatternType Month: a day of the month follows. */
    int MONTH = 0x0002;
    /** PatternType MonthNth: a day-of-week mask and the week of the month (N) follow. */
    int MONTH_NTH = 0x0003;
    /** PatternType MonthEnd: a day of the month follows. */
    int MONTH_END = 0x0004;
    /** PatternType HjMonth (Hijri / Hebrew lunar calendars): a day of the month follows. */
    int HJ_MONTH = 0x000A;
    /** PatternType HjMonthNth: a day-of-week mask and N follow. */
    int HJ_MONTH_NTH = 0x000B;
    /** PatternType HjMonthEnd: a day of the month follows. */
    int HJ_MONTH_END = 0x000C;

    @Int(bits = 16)
    @Expect("0x3004")
    int readerVersion();

    @Int(bits = 16)
    @Expect("0x3004")
    int writerVersion();

    /** 0x200A daily, 0x200B weekly, 0x200C monthly, 0x200D yearly. */
    @Int(bits = 16)
    int recurFrequency();

    @Int(bits = 16)
    int patternType();

    /** 0 Gregorian (default), 8 Hebrew lunar, and the other CAL_ values of 2.2.1.44.1. */
    @Int(bits = 16)
    int calendarType();

    @Int(bits = 32)
    int firstDateTime();

    @Int(bits = 32)
    int period();

    @Int(bits = 32)
    int slidingFlag();

    /** PatternTypeSpecific: the day-of-week mask (Week, MonthNth, HjMonthNth) or the day of the month. */
    @PresentIf(field = "patternType", values = {WEEK, MONTH, MONTH_NTH, MONTH_END, HJ_MONTH, HJ_MONTH_NTH, HJ_MONTH_END})
    @Int(bits = 32)
    Integer patternTypeSpecific();

    /** PatternTypeSpecific, second part of MonthNth and HjMonthNth: N, the week of the month (5: the last). */
    @PresentIf(field = "patternType", values = {MONTH_NTH, HJ_MONTH_NTH})
    @Int(bits = 32)
    @Name("PatternTypeSpecific.N")
    Integer nthWeek();

    /** 0x2021 ends after a date, 0x2022 after a number of occurrences, 0x2023 (or 0xFFFFFFFF) never. */
    @Int(bits = 32)
    int endType();

    @Int(bits = 32)
    int occurrenceCount();

    /** FirstDOW: the first day of the week (0 Sunday). */
    @Int(bits = 32)
    @Name("FirstDOW")
    int firstDow();

    @Int(bits = 32)
    int deletedInstanceCount();

    /** The dates (midnight) of the instances deleted or modified, in ascending order. */
    @Array(count = "deletedInstanceCount")
    @Minutes
    List<LocalDateTime> deletedInstanceDates();

    @Int(bits = 32)
    int modifiedInstanceCount();

    /** The dates (midnight) of the modified instances, in ascending order. */
    @Array(count = "modifiedInstanceCount")
    @Minutes
    List<LocalDateTime> modifiedInstanceDates();

    /** Midnight of the date of the first occurrence. */
    @Minutes
    LocalDateTime startDate();

    /** Midnight of the date of the last occurrence (1601 + 0x5AE980DF minutes, year 4500, when it never ends). */
    @Minutes
    LocalDateTime endDate();
}
