package dev.oxprops.processor.model;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.processor.source.TypeName;
import java.util.List;

/**
 * One property of a spec, as parsed: identity (from {@code @Property} here, on an overridden method,
 * or via {@code @Ref}), Java type, and the rules annotated on the spec's own method. Where each came from in the
 * source is kept beside the model ({@code diag.Origins}), not in it.
 *
 * @param accessorName the method's name
 * @param returnType the method's return type as a member of the spec
 * @param canonical the canonical name
 * @param identity LID, NAME or TAG
 * @param set the property set (named properties), or null
 * @param lid the LID (LID identity)
 * @param name the string name (NAME identity)
 * @param tag the tag (TAG identity)
 * @param type the MAPI type
 * @param section the defining section
 * @param alsoAccepts other stored types readers accept
 * @param addressBook whether an address-book tag
 * @param aliasOf canonical name this one aliases, or ""
 * @param codec the {@code @Codec}, or null
 * @param discriminator whether marked @Discriminator
 * @param groups the discriminator's groups
 * @param rules value rules
 * @param mirror the mirror, or null
 * @param presences presence rules ({@code @Ignored} included)
 * @param ignored whether declared with {@code @Ignored}
 * @param absentAs the discriminator's name for "not set" ({@code @Discriminator(absentAs)}), or ""
 */
public record PropertyDef(String accessorName, TypeName returnType, String canonical,
        IdentityKind identity, PropertySetDef set, long lid, String name, int tag, MapiType type, String section,
        List<MapiType> alsoAccepts, boolean addressBook, String aliasOf, CodecDef codec,
        boolean discriminator, List<GroupDef> groups, List<RuleDef> rules,
        MirrorDef mirror, List<PresenceDef> presences, boolean ignored, String absentAs) {
    public PropertyDef {
        alsoAccepts = List.copyOf(alsoAccepts);
        groups = List.copyOf(groups);
        rules = List.copyOf(rules);
        presences = List.copyOf(presences);
    }

    /**
     * The canonical name's hash: properties are map and set keys throughout the writers, and a record's own hash would
     * walk every component (rules, presences, types) on each lookup. Equal properties have equal canonical names, so
     * this agrees with {@link #equals}.
     */
    @Override
    public int hashCode() {
        return canonical == null ? 0 : canonical.hashCode();
    }

    /** The rule of a kind, or null. */
    public RuleDef rule(RuleDef.Kind kind) {
        for (RuleDef r : rules) {
            if (r.kind() == kind) {
                return r;
            }
        }
        return null;
    }

    /** The identity in words: "LID 0x8503 in PSETID_X", "name \"X-Y\" in PS_INTERNET_HEADERS", "tag 0x001A". */
    public String identityText() {
        switch (identity) {
            case LID:
                return "LID " + Literals.hex(lid, 4) + " in " + (set == null ? "?" : set.name());
            case NAME:
                return "name \"" + name + "\" in " + (set == null ? "?" : set.name());
            default:
                return "tag " + Literals.hex(tag, 4);
        }
    }
}
