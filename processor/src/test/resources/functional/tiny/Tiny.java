package tiny;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.OneOf;
import dev.oxprops.annotations.Presence;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Property;
import dev.oxprops.annotations.PropertySet;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;

/** The smallest spec with a set, a LID, a tag and a one-of: its generated keys and validator are pinned as golden files. */
@Spec(id = "MS-TINY", title = "Tiny")
public interface Tiny {
    @PropertySet(name = "PSETID_Tiny", guid = "7140A000-0000-0000-C000-000000000046")
    interface PSETID_Tiny {}

    @Property(canonical = "PidTagTinyName", tag = 0x3001, type = MapiType.PtypString, section = "1.1")
    @Presence(PresenceRule.REQUIRED)
    String name();

    @Property(canonical = "PidLidTinyLevel", set = PSETID_Tiny.class, lid = 0x8001, type = MapiType.PtypInteger32,
            section = "1.2")
    @OneOf({@Value(name = "LOW", value = "1", meaning = "low"), @Value(name = "HIGH", value = "0x10", meaning = "high")})
    int level();
}
