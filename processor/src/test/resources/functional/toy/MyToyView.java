package toy;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.Presence;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Property;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import toy.ToySets.PS_PUBLIC_STRINGS;

/** An application's own view: picks properties from other interfaces and adds its own named ones. No discriminator. */
@Spec(id = "APP-TOYVIEW", title = "My toy view")
public interface MyToyView {
    @Ref(in = Toy.class, canonical = "PidLidToyLocalName")
    @Presence(PresenceRule.REQUIRED)
    String localName();

    @Ref(in = ToyBase.class)
    String subject();

    @Property(canonical = "PidNameToyNickname", set = PS_PUBLIC_STRINGS.class, name = "ToyNickname",
            type = MapiType.PtypString, section = "app 1")
    @Presence(PresenceRule.REQUIRED)
    String nickname();

    @Property(canonical = "PidNameToyScore", set = PS_PUBLIC_STRINGS.class, name = "ToyScore",
            type = MapiType.PtypInteger32, section = "app 2")
    @Presence(value = PresenceRule.SHOULD_NOT, note = "scores are private")
    int score();
}
