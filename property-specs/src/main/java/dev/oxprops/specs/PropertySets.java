package dev.oxprops.specs;

import dev.oxprops.annotations.PropertySet;

/**
 * The well-known named property sets of [MS-OXPROPS] section 1.3.2. Properties refer to a set by its
 * nested interface: {@code set = PropertySets.PS_PUBLIC_STRINGS.class}.
 */
public interface PropertySets {
    /** PS_MAPI, {00020328-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PS_MAPI", guid = "00020328-0000-0000-C000-000000000046")
    interface PS_MAPI {}

    /** PS_PUBLIC_STRINGS, {00020329-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PS_PUBLIC_STRINGS", guid = "00020329-0000-0000-C000-000000000046")
    interface PS_PUBLIC_STRINGS {}

    /** PS_INTERNET_HEADERS, {00020386-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PS_INTERNET_HEADERS", guid = "00020386-0000-0000-C000-000000000046")
    interface PS_INTERNET_HEADERS {}

    /** PSETID_Appointment, {00062002-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PSETID_Appointment", guid = "00062002-0000-0000-C000-000000000046")
    interface PSETID_Appointment {}

    /** PSETID_Task, {00062003-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PSETID_Task", guid = "00062003-0000-0000-C000-000000000046")
    interface PSETID_Task {}

    /** PSETID_Address, {00062004-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PSETID_Address", guid = "00062004-0000-0000-C000-000000000046")
    interface PSETID_Address {}

    /** PSETID_Common, {00062008-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PSETID_Common", guid = "00062008-0000-0000-C000-000000000046")
    interface PSETID_Common {}

    /** PSETID_Log, {0006200A-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PSETID_Log", guid = "0006200A-0000-0000-C000-000000000046")
    interface PSETID_Log {}

    /** PSETID_Meeting, {6ED8DA90-450B-101B-98DA-00AA003F1305}. */
    @PropertySet(name = "PSETID_Meeting", guid = "6ED8DA90-450B-101B-98DA-00AA003F1305")
    interface PSETID_Meeting {}

    /** PSETID_Note, {0006200E-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PSETID_Note", guid = "0006200E-0000-0000-C000-000000000046")
    interface PSETID_Note {}

    /** PSETID_Report, {00062013-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PSETID_Report", guid = "00062013-0000-0000-C000-000000000046")
    interface PSETID_Report {}

    /** PSETID_Remote, {00062014-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PSETID_Remote", guid = "00062014-0000-0000-C000-000000000046")
    interface PSETID_Remote {}

    /** PSETID_Sharing, {00062040-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PSETID_Sharing", guid = "00062040-0000-0000-C000-000000000046")
    interface PSETID_Sharing {}

    /** PSETID_PostRss, {00062041-0000-0000-C000-000000000046}. */
    @PropertySet(name = "PSETID_PostRss", guid = "00062041-0000-0000-C000-000000000046")
    interface PSETID_PostRss {}

    /** PSETID_UnifiedMessaging, {4442858E-A9E3-4E80-B900-317A210CC15B}. */
    @PropertySet(name = "PSETID_UnifiedMessaging", guid = "4442858E-A9E3-4E80-B900-317A210CC15B")
    interface PSETID_UnifiedMessaging {}

    /** PSETID_AirSync, {71035549-0739-4DCB-9163-00F0580DBBDF}. */
    @PropertySet(name = "PSETID_AirSync", guid = "71035549-0739-4DCB-9163-00F0580DBBDF")
    interface PSETID_AirSync {}

    /** PSETID_CalendarAssistant, {11000E07-B51B-40D6-AF21-CAA85EDAB1D0}. */
    @PropertySet(name = "PSETID_CalendarAssistant", guid = "11000E07-B51B-40D6-AF21-CAA85EDAB1D0")
    interface PSETID_CalendarAssistant {}

    /** PSETID_Attachment, {96357F7F-59E1-47D0-99A7-46515C183B54}. */
    @PropertySet(name = "PSETID_Attachment", guid = "96357F7F-59E1-47D0-99A7-46515C183B54")
    interface PSETID_Attachment {}

    /** PSETID_XmlExtractedEntities, {23239608-685D-4732-9C55-4C95CB4E8E33}. */
    @PropertySet(name = "PSETID_XmlExtractedEntities", guid = "23239608-685D-4732-9C55-4C95CB4E8E33")
    interface PSETID_XmlExtractedEntities {}
}
