package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Name;
import dev.oxprops.annotations.structure.Structure;

/**
 * [MS-DTYP] 2.3.13 SYSTEMTIME as the time-zone structures of [MS-OXOCAL] use it: with wYear 0, a yearly rule (the
 * wDay-th wDayOfWeek of wMonth, 5 meaning the last); wMonth 0 when there is no daylight saving time.
 */
@Structure(name = "SYSTEMTIME", section = "[MS-DTYP] 2.3.13")
public interface SystemTime {
    @Int(bits = 16)
    @Name("wYear")
    int year();

    @Int(bits = 16)
    @Name("wMonth")
    int month();

    @Int(bits = 16)
    @Name("wDayOfWeek")
    int dayOfWeek();

    @Int(bits = 16)
    @Name("wDay")
    int day();

    @Int(bits = 16)
    @Name("wHour")
    int hour();

    @Int(bits = 16)
    @Name("wMinute")
    int minute();

    @Int(bits = 16)
    @Name("wSecond")
    int second();

    @Int(bits = 16)
    @Name("wMilliseconds")
    int milliseconds();
}
