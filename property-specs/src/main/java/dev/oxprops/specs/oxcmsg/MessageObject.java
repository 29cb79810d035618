package dev.oxprops.specs.oxcmsg;

import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.specs.catalog.MsOxprops;

/**
 * The general Message object properties of [MS-OXCMSG] that other specs build on, their identities taken from the
 * MS-OXPROPS catalogue with the sections of [MS-OXCMSG]; specs extend this interface and add their own rules by
 * overriding a method (see {@code SharingMessage}).
 */
@Spec(id = "MS-OXCMSG", title = "Message and Attachment Object Protocol", catalog = MsOxprops.class)
public interface MessageObject {
    @Ref(canonical = "PidTagMessageClass", section = "[MS-OXCMSG] 2.2.1.3")
    String messageClass();

    @Ref(canonical = "PidTagSubjectPrefix", section = "[MS-OXCMSG] 2.2.1.9")
    String subjectPrefix();

    @Ref(canonical = "PidTagNormalizedSubject", section = "[MS-OXCMSG] 2.2.1.10")
    String normalizedSubject();

    @Ref(canonical = "PidNameContentClass", section = "[MS-OXCMSG] 2.2.1.48")
    String contentClass();
}
