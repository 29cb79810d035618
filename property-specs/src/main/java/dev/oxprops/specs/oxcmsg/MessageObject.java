package dev.oxprops.specs.oxcmsg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.Property;
import dev.oxprops.annotations.Spec;
import dev.oxprops.specs.PropertySets.PS_INTERNET_HEADERS;

/**
 * The general Message object properties of [MS-OXCMSG] that other specs build on. Declared once here;
 * specs extend this interface and add their own rules by overriding a method (see {@code SharingMessage}).
 */
@Spec(id = "MS-OXCMSG", title = "Message and Attachment Object Protocol")
public interface MessageObject {
    @Property(canonical = "PidTagMessageClass", tag = 0x001A, type = MapiType.PtypString,
            section = "[MS-OXCMSG] 2.2.1.3")
    String messageClass();

    @Property(canonical = "PidTagSubjectPrefix", tag = 0x003D, type = MapiType.PtypString,
            section = "[MS-OXCMSG] 2.2.1.9")
    String subjectPrefix();

    @Property(canonical = "PidTagNormalizedSubject", tag = 0x0E1D, type = MapiType.PtypString,
            section = "[MS-OXCMSG] 2.2.1.10")
    String normalizedSubject();

    @Property(canonical = "PidNameContentClass", set = PS_INTERNET_HEADERS.class, name = "Content-Class",
            type = MapiType.PtypString, section = "[MS-OXCMSG] 2.2.1.48")
    String contentClass();
}
