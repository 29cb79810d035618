package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.structure.Bytes;
import dev.oxprops.annotations.structure.Expect;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Minutes;
import dev.oxprops.annotations.structure.Param;
import dev.oxprops.annotations.structure.PresentIf;
import dev.oxprops.annotations.structure.Structure;
import dev.oxprops.annotations.structure.Text;
import java.time.LocalDateTime;

/**
 * [MS-OXOCAL] 2.2.1.44.4: what an exception adds to its {@link ExceptionInfo} (the same index): the change highlight
 * (from WriterVersion2 0x3009 on) and, when the subject or location changed, the times again and the strings in
 * UTF-16. Its layout depends on the pattern's WriterVersion2 and the ExceptionInfo's OverrideFlags, which the
 * enclosing {@link AppointmentRecurrencePattern} passes in.
 */
@Structure(name = "ExtendedException", section = "[MS-OXOCAL] 2.2.1.44.4")
public interface ExtendedException {
    /** ARO_SUBJECT or ARO_LOCATION: the times and the reserved block EE2 are there. */
    int SUBJECT_OR_LOCATION = ExceptionInfo.ARO_SUBJECT | ExceptionInfo.ARO_LOCATION;

    /** The WriterVersion2 of the enclosing pattern. */
    @Param
    int writerVersion2();

    /** The OverrideFlags of the ExceptionInfo at the same index. */
    @Param
    int overrideFlags();

    @PresentIf(field = "writerVersion2", atLeast = 0x3009)
    ChangeHighlight changeHighlight();

    @Int(bits = 32)
    @Expect("0")
    int reservedBlockEE1Size();

    @Bytes(count = "reservedBlockEE1Size")
    byte[] reservedBlockEE1();

    @PresentIf(field = "overrideFlags", anyBits = SUBJECT_OR_LOCATION)
    @Minutes
    LocalDateTime startDateTime();

    @PresentIf(field = "overrideFlags", anyBits = SUBJECT_OR_LOCATION)
    @Minutes
    LocalDateTime endDateTime();

    @PresentIf(field = "overrideFlags", anyBits = SUBJECT_OR_LOCATION)
    @Minutes
    LocalDateTime originalStartDate();

    @PresentIf(field = "overrideFlags", anyBits = ExceptionInfo.ARO_SUBJECT)
    @Int(bits = 16)
    Integer wideCharSubjectLength();

    @PresentIf(field = "overrideFlags", anyBits = ExceptionInfo.ARO_SUBJECT)
    @Text(encoding = Text.Encoding.UTF16LE, count = "wideCharSubjectLength")
    String wideCharSubject();

    @PresentIf(field = "overrideFlags", anyBits = ExceptionInfo.ARO_LOCATION)
    @Int(bits = 16)
    Integer wideCharLocationLength();

    @PresentIf(field = "overrideFlags", anyBits = ExceptionInfo.ARO_LOCATION)
    @Text(encoding = Text.Encoding.UTF16LE, count = "wideCharLocationLength")
    String wideCharLocation();

    @PresentIf(field = "overrideFlags", anyBits = SUBJECT_OR_LOCATION)
    @Int(bits = 32)
    Integer reservedBlockEE2Size();

    @PresentIf(field = "overrideFlags", anyBits = SUBJECT_OR_LOCATION)
    @Bytes(count = "reservedBlockEE2Size")
    byte[] reservedBlockEE2();
}
