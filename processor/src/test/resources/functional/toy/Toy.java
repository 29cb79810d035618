package toy;

import dev.oxprops.annotations.Codec;
import dev.oxprops.annotations.Condition;
import dev.oxprops.annotations.Discriminator;
import dev.oxprops.annotations.Fixed;
import dev.oxprops.annotations.Group;
import dev.oxprops.annotations.Ignored;
import dev.oxprops.annotations.Implies;
import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MessageClass;
import dev.oxprops.annotations.Mirror;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.OneOf;
import dev.oxprops.annotations.Presence;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Property;
import dev.oxprops.annotations.Receipt;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import dev.oxprops.annotations.ZeroLength;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import toy.ToySets.PSETID_Toy;
import toy.ToySets.PS_INTERNET_HEADERS;

/**
 * A toy protocol with every shape of rule: a discriminator with three values and overlapping groups,
 * HEX mirrors of an integer and of a binary, a SAME mirror chain of three, fixed / zero-length /
 * starts-with / one-of rules, presence per kind, receipts, an ignored property, rules across
 * properties, a codec, multi-valued and scalar types of every family, inheritance and @Ref.
 */
@Spec(id = "MS-TOY", title = "Toy Message Protocol", messageClass = "IPM.Toy", messageClassIsPrefix = true)
@Implies(when = @Condition(property = "PidLidToyKind", values = "ORDER"),
        then = @Condition(property = "PidLidToyCount"), section = "2.90", note = "an order says how many")
@Implies(when = @Condition(property = "PidLidToyColor", values = "RED"),
        then = @Condition(property = "PidLidToyUrgent", values = "true"), level = Level.SHOULD, section = "2.91")
public interface Toy extends ToyBase {
    @Override
    @MessageClass(section = "2.1")
    @Presence(value = PresenceRule.REQUIRED, section = "2.1")
    String messageClass();

    @Property(canonical = "PidLidToyKind", set = PSETID_Toy.class, lid = 0x8101, type = MapiType.PtypInteger32, section = "2.2")
    @Discriminator(groups = {
        @Group(name = "ASKS", values = {"ORDER", "QUOTE"}, meaning = "messages that ask for something"),
        @Group(name = "FOLLOW_UPS", values = {"QUOTE", "RECEIPT"}, meaning = "messages that follow another")
    })
    @OneOf({
        @Value(name = "ORDER", value = "0x00000001", meaning = "An order."),
        @Value(name = "QUOTE", value = "0x0000010B", meaning = "A quote, which both asks and follows up."),
        @Value(name = "RECEIPT", value = "0xFFFFFFFF", meaning = "A receipt.")
    })
    @Presence(PresenceRule.REQUIRED)
    int kind();

    @Property(canonical = "PidNameXToyKind", set = PS_INTERNET_HEADERS.class, name = "X-Toy-Kind",
            type = MapiType.PtypString, section = "2.3")
    @Mirror(of = "PidLidToyKind", kind = MirrorKind.HEX)
    @Presence(PresenceRule.REQUIRED)
    String xKind();

    @Property(canonical = "PidLidToyFlags", set = PSETID_Toy.class, lid = 0x8102, type = MapiType.PtypInteger32, section = "2.4")
    int flags();

    @Property(canonical = "PidNameXToyFlags", set = PS_INTERNET_HEADERS.class, name = "X-Toy-Flags",
            type = MapiType.PtypString, section = "2.4.1")
    @Mirror(of = "PidLidToyFlags", kind = MirrorKind.HEX)
    String xFlags();

    @Property(canonical = "PidLidToyToken", set = PSETID_Toy.class, lid = 0x8103, type = MapiType.PtypBinary, section = "2.5")
    @Presence(value = PresenceRule.REQUIRED, when = "ASKS")
    @Presence(PresenceRule.MUST_NOT)
    byte[] token();

    @Property(canonical = "PidNameXToyToken", set = PS_INTERNET_HEADERS.class, name = "X-Toy-Token",
            type = MapiType.PtypString, section = "2.6")
    @Mirror(of = "PidLidToyToken", kind = MirrorKind.HEX)
    @Presence(value = PresenceRule.REQUIRED, when = "ASKS")
    @Presence(value = PresenceRule.MUST_NOT, section = "2.6.1")
    String xToken();

    @Property(canonical = "PidLidToyLocalName", set = PSETID_Toy.class, lid = 0x8104, type = MapiType.PtypString, section = "2.7")
    @Presence(PresenceRule.REQUIRED)
    String localName();

    @Property(canonical = "PidLidToyRemoteName", set = PSETID_Toy.class, lid = 0x8105, type = MapiType.PtypString, section = "2.8")
    @Mirror(of = "PidLidToyLocalName")
    @Presence(value = PresenceRule.REQUIRED, when = "ASKS")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.8.1", note = "<1> stale on receipts")
    String remoteName();

    @Property(canonical = "PidNameXToyRemoteName", set = PS_INTERNET_HEADERS.class, name = "X-Toy-Remote-Name",
            type = MapiType.PtypString, section = "2.8.2")
    @Mirror(of = "PidLidToyRemoteName")
    @Presence(value = PresenceRule.REQUIRED, when = "ASKS")
    @Presence(value = PresenceRule.MUST_NOT, onReceipt = Receipt.MUST_IGNORE)
    String xRemoteName();

    @Property(canonical = "PidLidToyVersion", set = PSETID_Toy.class, lid = 0x8106, type = MapiType.PtypInteger16, section = "2.10")
    @Fixed("0x0002")
    @Presence(PresenceRule.REQUIRED)
    short version();

    @Property(canonical = "PidLidToyConfigUrl", set = PSETID_Toy.class, lid = 0x8107, type = MapiType.PtypString, section = "2.11")
    @ZeroLength(section = "2.11.1")
    @Presence(PresenceRule.RECOMMENDED)
    String configUrl();

    @Property(canonical = "PidLidToyColor", set = PSETID_Toy.class, lid = 0x8108, type = MapiType.PtypString, section = "2.12")
    @OneOf({
        @Value(name = "RED", value = "red", meaning = "Red"),
        @Value(name = "GREEN", value = "green", meaning = "Green")
    })
    String color();

    @Property(canonical = "PidLidToySenderName", set = PSETID_Toy.class, lid = 0x8109, type = MapiType.PtypString, section = "2.13")
    @Presence(value = PresenceRule.REQUIRED, onReceipt = Receipt.MAY_IGNORE, note = "<2> receivers look it up instead")
    String senderName();

    @Property(canonical = "PidLidToyLegacyFlags", set = PSETID_Toy.class, lid = 0x810A, type = MapiType.PtypInteger32,
            section = "2.14")
    @Ignored(section = "2.15", note = "<3> unused")
    int legacyFlags();

    @Property(canonical = "PidLidToyCount", set = PSETID_Toy.class, lid = 0x810B, type = MapiType.PtypInteger32, section = "2.16")
    @Presence(value = PresenceRule.OPTIONAL, when = "ASKS")
    @Presence(PresenceRule.MUST_NOT)
    int count();

    @Property(canonical = "PidLidToyPrice", set = PSETID_Toy.class, lid = 0x810C, type = MapiType.PtypInteger64, section = "2.17")
    @Codec(CentsCodec.class)
    BigDecimal price();

    @Property(canonical = "PidLidToyTags", set = PSETID_Toy.class, lid = 0x810D, type = MapiType.PtypMultipleString,
            section = "2.18")
    List<String> tags();

    @Property(canonical = "PidLidToyBlobs", set = PSETID_Toy.class, lid = 0x810E, type = MapiType.PtypMultipleBinary,
            section = "2.19")
    List<byte[]> blobs();

    @Property(canonical = "PidLidToyResponseTime", set = PSETID_Toy.class, lid = 0x810F, type = MapiType.PtypTime,
            section = "2.20")
    @Presence(value = PresenceRule.SHOULD_NOT, when = "ORDER")
    Instant responseTime();

    @Property(canonical = "PidLidToyCorrelationId", set = PSETID_Toy.class, lid = 0x8110, type = MapiType.PtypGuid,
            section = "2.21")
    UUID correlationId();

    @Property(canonical = "PidLidToyUrgent", set = PSETID_Toy.class, lid = 0x8111, type = MapiType.PtypBoolean, section = "2.22")
    boolean urgent();

    @Property(canonical = "PidLidToySequence", set = PSETID_Toy.class, lid = 0x8112, type = MapiType.PtypInteger64,
            section = "2.23")
    long sequence();

    @Property(canonical = "PidLidToyWeight", set = PSETID_Toy.class, lid = 0x8113, type = MapiType.PtypFloating64,
            section = "2.24")
    double weight();

    @Ref(in = ToyCatalog.class)
    @Presence(value = PresenceRule.REQUIRED, when = "ORDER", section = "2.25")
    String catalogNumber();
}
