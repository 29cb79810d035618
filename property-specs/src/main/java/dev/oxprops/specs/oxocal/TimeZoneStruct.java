package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Name;
import dev.oxprops.annotations.structure.Structure;

/** [MS-OXOCAL] 2.2.1.39: the value of PidLidTimeZoneStruct, the time zone of a recurring series (48 bytes). */
@Structure(name = "TimeZoneStruct", section = "[MS-OXOCAL] 2.2.1.39")
public interface TimeZoneStruct {
    /** lBias: the offset in minutes from UTC (UTC = local time + bias). */
    @Int(bits = 32, signed = true)
    @Name("lBias")
    int bias();

    /** lStandardBias: added to the bias during standard time. */
    @Int(bits = 32, signed = true)
    @Name("lStandardBias")
    int standardBias();

    /** lDaylightBias: added to the bias during daylight saving time. */
    @Int(bits = 32, signed = true)
    @Name("lDaylightBias")
    int daylightBias();

    /** wStandardYear: the wYear of stStandardDate. */
    @Int(bits = 16)
    @Name("wStandardYear")
    int standardYear();

    @Name("stStandardDate")
    SystemTime standardDate();

    /** wDaylightYear: the wYear of stDaylightDate. */
    @Int(bits = 16)
    @Name("wDaylightYear")
    int daylightYear();

    @Name("stDaylightDate")
    SystemTime daylightDate();
}
