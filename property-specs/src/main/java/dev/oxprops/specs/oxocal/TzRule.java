package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.structure.Bytes;
import dev.oxprops.annotations.structure.Expect;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Name;
import dev.oxprops.annotations.structure.Structure;

/** [MS-OXOCAL] 2.2.1.41.1: one rule of a {@link TimeZoneDefinition}, in effect from January 1 of its year (66 bytes). */
@Structure(name = "TZRule", section = "[MS-OXOCAL] 2.2.1.41.1")
public interface TzRule {
    /** TZRULE_FLAG_RECUR_CURRENT_TZREG: the rule is associated with a recurring series. */
    int RECUR_CURRENT = 0x0001;
    /** TZRULE_FLAG_EFFECTIVE_TZREG: the rule is the effective one. */
    int EFFECTIVE = 0x0002;

    @Int(bits = 8)
    @Expect("0x02")
    @Name("Major Version")
    int majorVersion();

    @Int(bits = 8)
    @Expect("0x01")
    @Name("Minor Version")
    int minorVersion();

    @Int(bits = 16)
    @Expect("0x003E")
    int reserved();

    /** TZRule flags: {@link #RECUR_CURRENT}, {@link #EFFECTIVE}; the other bits are zero. */
    @Int(bits = 16)
    @Name("TZRule flags")
    int flags();

    /** wYear: the year from whose January 1 the rule applies. */
    @Int(bits = 16)
    @Name("wYear")
    int year();

    /** X: 14 zero bytes. */
    @Bytes(size = 14)
    @Expect("0000000000000000000000000000")
    @Name("X")
    byte[] x();

    @Int(bits = 32, signed = true)
    @Name("lBias")
    int bias();

    @Int(bits = 32, signed = true)
    @Name("lStandardBias")
    int standardBias();

    @Int(bits = 32, signed = true)
    @Name("lDaylightBias")
    int daylightBias();

    @Name("stStandardDate")
    SystemTime standardDate();

    @Name("stDaylightDate")
    SystemTime daylightDate();
}
