package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.structure.Array;
import dev.oxprops.annotations.structure.Expect;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Name;
import dev.oxprops.annotations.structure.LengthOf;
import dev.oxprops.annotations.structure.Structure;
import dev.oxprops.annotations.structure.Text;
import java.util.List;

/**
 * [MS-OXOCAL] 2.2.1.41: the value of PidLidAppointmentTimeZoneDefinitionRecur (and, 2.2.1.42 and 2.2.1.43, of the
 * start and end display time zones): a time zone's name and its rules by year.
 */
@Structure(name = "TimeZoneDefinition", section = "[MS-OXOCAL] 2.2.1.41")
public interface TimeZoneDefinition {
    @Int(bits = 8)
    @Expect("0x02")
    @Name("Major Version")
    int majorVersion();

    @Int(bits = 8)
    @Expect("0x01")
    @Name("Minor Version")
    int minorVersion();

    /** cbHeader: the bytes of Reserved, cchKeyName, KeyName and cRules. */
    @Int(bits = 16)
    @LengthOf(value = "keyName", bytes = true, plus = 6)
    @Name("cbHeader")
    int headerSize();

    @Int(bits = 16)
    @Expect("0x0002")
    int reserved();

    /** cchKeyName. */
    @Int(bits = 16)
    @Name("cchKeyName")
    int keyNameLength();

    /** The time zone's unlocalized name, e.g. "Pacific Standard Time". */
    @Text(encoding = Text.Encoding.UTF16LE, count = "keyNameLength")
    @Name("KeyName")
    String keyName();

    /** cRules. */
    @Int(bits = 16)
    @Name("cRules")
    int ruleCount();

    @Array(count = "ruleCount")
    @Name("TZRules")
    List<TzRule> rules();
}
