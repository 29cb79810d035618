package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.LengthOf;
import dev.oxprops.annotations.structure.Minutes;
import dev.oxprops.annotations.structure.PresentIf;
import dev.oxprops.annotations.structure.Structure;
import dev.oxprops.annotations.structure.Text;
import java.time.LocalDateTime;

/**
 * [MS-OXOCAL] 2.2.1.44.2: one modified instance of a series; OverrideFlags says which of its properties differ from
 * the series' and so follow. Strings are 8-bit (read byte for byte); their UTF-16 forms are in the
 * {@link ExtendedException} at the same index.
 */
@Structure(name = "ExceptionInfo", section = "[MS-OXOCAL] 2.2.1.44.2")
public interface ExceptionInfo {
    /** ARO_SUBJECT: the subject differs. */
    int ARO_SUBJECT = 0x0001;
    /** ARO_MEETINGTYPE: the meeting type differs. */
    int ARO_MEETINGTYPE = 0x0002;
    /** ARO_REMINDERDELTA: the reminder delta differs. */
    int ARO_REMINDERDELTA = 0x0004;
    /** ARO_REMINDER: whether a reminder is set differs. */
    int ARO_REMINDER = 0x0008;
    /** ARO_LOCATION: the location differs. */
    int ARO_LOCATION = 0x0010;
    /** ARO_BUSYSTATUS: the busy status differs. */
    int ARO_BUSYSTATUS = 0x0020;
    /** ARO_ATTACHMENT: the exception has attachments. */
    int ARO_ATTACHMENT = 0x0040;
    /** ARO_SUBTYPE: whether it is an all-day event differs. */
    int ARO_SUBTYPE = 0x0080;
    /** ARO_APPTCOLOR: reserved. */
    int ARO_APPTCOLOR = 0x0100;
    /** ARO_EXCEPTIONAL_BODY: the body differs (no data here). */
    int ARO_EXCEPTIONAL_BODY = 0x0200;

    @Minutes
    LocalDateTime startDateTime();

    @Minutes
    LocalDateTime endDateTime();

    @Minutes
    LocalDateTime originalStartDate();

    @Int(bits = 16)
    int overrideFlags();

    /** SubjectLength: the character count of Subject plus 1. */
    @PresentIf(field = "overrideFlags", anyBits = ARO_SUBJECT)
    @Int(bits = 16)
    @LengthOf(value = "subject", plus = 1)
    Integer subjectLength();

    /** SubjectLength2: the character count of Subject. */
    @PresentIf(field = "overrideFlags", anyBits = ARO_SUBJECT)
    @Int(bits = 16)
    Integer subjectLength2();

    @PresentIf(field = "overrideFlags", anyBits = ARO_SUBJECT)
    @Text(count = "subjectLength2")
    String subject();

    @PresentIf(field = "overrideFlags", anyBits = ARO_MEETINGTYPE)
    @Int(bits = 32)
    Integer meetingType();

    @PresentIf(field = "overrideFlags", anyBits = ARO_REMINDERDELTA)
    @Int(bits = 32)
    Integer reminderDelta();

    @PresentIf(field = "overrideFlags", anyBits = ARO_REMINDER)
    @Int(bits = 32)
    Integer reminderSet();

    /** LocationLength: the character count of Location plus 1. */
    @PresentIf(field = "overrideFlags", anyBits = ARO_LOCATION)
    @Int(bits = 16)
    @LengthOf(value = "location", plus = 1)
    Integer locationLength();

    @PresentIf(field = "overrideFlags", anyBits = ARO_LOCATION)
    @Int(bits = 16)
    Integer locationLength2();

    @PresentIf(field = "overrideFlags", anyBits = ARO_LOCATION)
    @Text(count = "locationLength2")
    String location();

    @PresentIf(field = "overrideFlags", anyBits = ARO_BUSYSTATUS)
    @Int(bits = 32)
    Integer busyStatus();

    @PresentIf(field = "overrideFlags", anyBits = ARO_ATTACHMENT)
    @Int(bits = 32)
    Integer attachment();

    @PresentIf(field = "overrideFlags", anyBits = ARO_SUBTYPE)
    @Int(bits = 32)
    Integer subType();

    @PresentIf(field = "overrideFlags", anyBits = ARO_APPTCOLOR)
    @Int(bits = 32)
    Integer appointmentColor();
}
