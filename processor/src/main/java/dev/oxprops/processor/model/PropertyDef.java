package dev.oxprops.processor.model;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.processor.diag.Site;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One property of a spec, as parsed: identity (from {@code @Property} here, on an overridden method,
 * or via {@code @Ref}), Java type, and the rules annotated on the spec's own method.
 *
 * @param method the spec's (most specific) method
 * @param accessorName the method's name
 * @param returnType the method's return type
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
 * @param codec the qualified name of a @Codec class, or null
 * @param codecType the codec's type mirror, or null
 * @param identitySite where the identity was declared (for identity diagnostics)
 * @param methodSite the spec's method (for diagnostics about rules)
 * @param discriminator whether marked @Discriminator
 * @param groups the discriminator's groups
 * @param rules value rules
 * @param mirror the mirror, or null
 * @param presences presence rules ({@code @Ignored} included)
 * @param ignored whether declared with {@code @Ignored}
 * @param codecSite the {@code @Codec} annotation (for codec diagnostics), or the method's site
 * @param discriminatorSite the {@code @Discriminator} annotation, or the method's site
 * @param absentAs the discriminator's name for "not set" ({@code @Discriminator(absentAs)}), or ""
 */
public record PropertyDef(ExecutableElement method, String accessorName, TypeMirror returnType, String canonical,
        IdentityKind identity, PropertySetDef set, long lid, String name, int tag, MapiType type, String section,
        List<MapiType> alsoAccepts, boolean addressBook, String aliasOf, String codec, TypeMirror codecType,
        Site identitySite, Site methodSite, boolean discriminator, List<GroupDef> groups, List<RuleDef> rules,
        MirrorDef mirror, List<PresenceDef> presences, boolean ignored, Site codecSite, Site discriminatorSite,
        String absentAs) {
    public PropertyDef {
        alsoAccepts = List.copyOf(alsoAccepts);
        groups = List.copyOf(groups);
        rules = List.copyOf(rules);
        presences = List.copyOf(presences);
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
                return String.format("LID 0x%04X in %s", lid, set == null ? "?" : set.name());
            case NAME:
                return "name \"" + name + "\" in " + (set == null ? "?" : set.name());
            default:
                return String.format("tag 0x%04X", tag);
        }
    }
}
