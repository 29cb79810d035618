package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.structure.Args;
import dev.oxprops.annotations.structure.Array;
import dev.oxprops.annotations.structure.Bytes;
import dev.oxprops.annotations.structure.Expect;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Structure;
import java.util.List;

/**
 * [MS-OXOCAL] 2.2.1.44.5: the value of PidLidAppointmentRecur, a {@link RecurrencePattern} followed by the
 * appointment's times and its exceptions: one {@link ExceptionInfo} and one {@link ExtendedException} per modified
 * instance, in the same order.
 */
@Structure(name = "AppointmentRecurrencePattern", section = "[MS-OXOCAL] 2.2.1.44.5")
public interface AppointmentRecurrencePattern {
    RecurrencePattern recurrencePattern();

    @Int(bits = 32)
    @Expect("0x3006")
    int readerVersion2();

    /** 0x3008 or 0x3009; from 0x3009 on, each ExtendedException starts with a ChangeHighlight. */
    @Int(bits = 32)
    int writerVersion2();

    /** The start of each occurrence, in minutes after midnight. */
    @Int(bits = 32)
    int startTimeOffset();

    /** The end of each occurrence, in minutes after the midnight of its start. */
    @Int(bits = 32)
    int endTimeOffset();

    @Int(bits = 16)
    int exceptionCount();

    @Array(count = "exceptionCount")
    List<ExceptionInfo> exceptionInfo();

    @Int(bits = 32)
    @Expect("0")
    int reservedBlock1Size();

    @Bytes(count = "reservedBlock1Size")
    byte[] reservedBlock1();

    @Array(count = "exceptionCount")
    @Args({"writerVersion2", "exceptionInfo.overrideFlags"})
    List<ExtendedException> extendedException();

    @Int(bits = 32)
    @Expect("0")
    int reservedBlock2Size();

    @Bytes(count = "reservedBlock2Size")
    byte[] reservedBlock2();
}
