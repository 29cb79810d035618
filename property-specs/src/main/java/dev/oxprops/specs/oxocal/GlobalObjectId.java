package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.structure.Bytes;
import dev.oxprops.annotations.structure.Expect;
import dev.oxprops.annotations.structure.FileTime;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Name;
import dev.oxprops.annotations.structure.Structure;
import java.time.Instant;

/**
 * [MS-OXOCAL] 2.2.1.27: the value of PidLidGlobalObjectId (and, with the year, month and day zero,
 * PidLidCleanGlobalObjectId, 2.2.1.28), the identifier shared by a meeting's objects in every mailbox.
 *
 * <p>The section says all fields are little-endian, but names YH the high-order byte of the year and puts it first:
 * the year is big-endian (the section-4 example shows 07 D8 for 2008; docs/errata.md O-S1).
 */
@Structure(name = "GlobalObjectId", section = "[MS-OXOCAL] 2.2.1.27", hexCodec = true)
public interface GlobalObjectId {
    /** Identifies the BLOB as a Global Object ID: 04 00 00 00 82 00 E0 00 74 C5 B7 10 1A 82 E0 08. */
    @Bytes(size = 16)
    @Expect("040000008200E00074C5B7101A82E008")
    @Name("Byte Array ID")
    byte[] byteArrayId();

    /** YH and YL: the year of the exception's original instance (PidLidExceptionReplaceTime), or 0. */
    @Int(bits = 16, bigEndian = true)
    @Name("YH+YL")
    int year();

    /** M: the month of the exception's original instance (1 to 12), or 0. */
    @Int(bits = 8)
    @Name("M")
    int month();

    /** D: the day of the month of the exception's original instance, or 0. */
    @Int(bits = 8)
    @Name("D")
    int day();

    /** Creation Time: when the Global Object ID was generated. */
    @FileTime
    @Name("Creation Time")
    Instant creationTime();

    /** X: reserved, all zeros. */
    @Bytes(size = 8)
    @Expect("0000000000000000")
    @Name("X")
    byte[] reserved();

    /** Size: the length of Data in bytes. */
    @Int(bits = 32)
    int size();

    /** Data: what identifies the meeting. */
    @Bytes(count = "size")
    byte[] data();
}
