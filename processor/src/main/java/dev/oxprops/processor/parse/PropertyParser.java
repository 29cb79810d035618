package dev.oxprops.processor.parse;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;
import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.model.CodecDef;
import dev.oxprops.processor.model.GroupDef;
import dev.oxprops.processor.model.IdentityKind;
import dev.oxprops.processor.model.Literals;
import dev.oxprops.processor.model.MirrorDef;
import dev.oxprops.processor.model.PresenceDef;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.PropertySetDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.ValueDef;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.runtime.WellKnownSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Parses one method of a spec into a {@link PropertyDef}: its signature, its identity (found by
 * {@link IdentityResolver}), set and type, its codec and its rules; records where each came from in the spec's
 * {@link Origins}. Reports what makes the property impossible to model and leaves every other check to validation.
 */
final class PropertyParser {
    private static final String PKG = "dev.oxprops.annotations.";
    private static final String PROPERTY_SET = PKG + "PropertySet";
    private static final String CODEC = PKG + "Codec";
    private static final String DISCRIMINATOR = PKG + "Discriminator";
    private static final String ONE_OF = PKG + "OneOf";
    private static final String FIXED = PKG + "Fixed";
    private static final String ZERO_LENGTH = PKG + "ZeroLength";
    private static final String STARTS_WITH = PKG + "StartsWith";
    private static final String MIRROR = PKG + "Mirror";
    private static final String PRESENCE = PKG + "Presence";
    private static final String PRESENCES = PKG + "Presence.List";
    private static final String IGNORED = PKG + "Ignored";

    /** A {@code @Codec} as parsed: the model's part and the class's element (null for none). */
    private record Codec(CodecDef def, TypeElement element, AnnotationMirror mirror) {}

    private final Types types;
    private final AnnotationValues attrs;
    private final IdentityResolver identities;
    private final RuleParser ruleParser;
    private final Reporter reporter;
    private final Origins origins;
    /** Whether the property being parsed is still free of errors (each step clears it on an error). */
    private boolean ok;

    PropertyParser(Types types, AnnotationValues attrs, IdentityResolver identities, RuleParser ruleParser,
            Reporter reporter, Origins origins) {
        this.types = types;
        this.attrs = attrs;
        this.identities = identities;
        this.ruleParser = ruleParser;
        this.reporter = reporter;
        this.origins = origins;
    }

    /**
     * The property of the method {@code declarations.get(0)} (the most specific of those the spec inherits under
     * its name), or null after reporting why it cannot be modelled.
     *
     * @throws DeferException when its return type does not exist yet
     */
    PropertyDef parse(TypeElement spec, List<ExecutableElement> declarations, Map<String, ExecutableElement> catalog,
            String catalogName) {
        ExecutableElement method = declarations.get(0);
        TypeMirror returnType = returnType(spec, method);
        ok = true;
        checkSignature(spec, method, returnType);
        IdentityResolver.Identity id = identities.resolve(spec, declarations, catalog, catalogName);
        if (id == null) {
            return null;
        }
        AnnotationMirror property = id.property();
        Site idSite = Site.of(id.method(), property);
        String canonical = attrs.string(property, "canonical").trim();
        if (canonical.isEmpty()) {
            error(idSite.at(AnnotationValues.explicit(property, "canonical")), Message.CANONICAL_EMPTY);
        }
        IdentityKind identity = identityKind(property, idSite, canonical);
        PropertySetDef set = propertySet(id, idSite, canonical, identity);
        List<MapiType> alsoAccepts = new ArrayList<>();
        for (String n : attrs.enumNames(property, "alsoAccepts")) {
            alsoAccepts.add(MapiType.valueOf(n));
        }
        Codec codec = codec(method);
        AnnotationMirror disc = AnnotationValues.find(method, DISCRIMINATOR);
        List<RuleDef> rules = valueRules(method, Access.structureName(codec.element()));
        List<PresenceDef> presences = presences(method, canonical);
        if (!ok) {
            return null;
        }
        PropertyDef def = new PropertyDef(method.getSimpleName().toString(), TypeName.get(returnType), canonical, identity,
                set, attrs.longValue(property, "lid"), attrs.string(property, "name"), attrs.intValue(property, "tag"),
                MapiType.valueOf(attrs.enumName(property, "type")),
                id.refSection().isEmpty() ? attrs.string(property, "section") : id.refSection(), alsoAccepts,
                attrs.bool(property, "addressBook"), attrs.string(property, "aliasOf"), codec.def(), disc != null,
                groups(method, disc), rules, mirror(method), presences, AnnotationValues.find(method, IGNORED) != null,
                disc == null ? "" : attrs.string(disc, "absentAs"));
        return origins.property(def, new Origins.PropertyOrigin(method, returnType, codec.element(), idSite, Site.of(method),
                codec.mirror() == null ? Site.of(method) : Site.of(method, codec.mirror()).attr("value"),
                disc == null ? Site.of(method) : Site.of(method, disc)));
    }

    private void error(Site site, Message message, Object... args) {
        reporter.report(site, message, args);
        ok = false;
    }

    /** The method's return type as a member of the spec: {@code T subject()} of {@code Base<String>} returns String. */
    private TypeMirror returnType(TypeElement spec, ExecutableElement method) {
        if (types == null || method.getEnclosingElement().equals(spec)) {
            return method.getReturnType();
        }
        TypeMirror member = types.asMemberOf((DeclaredType) spec.asType(), method);
        return member instanceof ExecutableType ? ((ExecutableType) member).getReturnType() : method.getReturnType();
    }

    /** An accessor: no parameters, no type parameters, a value returned. */
    private void checkSignature(TypeElement spec, ExecutableElement method, TypeMirror returnType) {
        Site methodSite = Site.of(method.getEnclosingElement().equals(spec) ? method : spec);
        String name = method.getSimpleName().toString();
        if (!method.getParameters().isEmpty()) {
            error(methodSite, Message.METHOD_PARAMETERS, name);
        }
        if (!method.getTypeParameters().isEmpty()) {
            error(methodSite, Message.METHOD_GENERIC, name);
        }
        if (returnType.getKind() == TypeKind.VOID) {
            error(methodSite, Message.METHOD_VOID, name);
        }
        if (returnType.getKind() == TypeKind.ERROR) {
            throw new DeferException(method, returnType.toString());
        }
    }

    /** LID, NAME or TAG: exactly one of them written; null after reporting none or several. */
    private IdentityKind identityKind(AnnotationMirror property, Site idSite, String canonical) {
        boolean hasLid = AnnotationValues.explicit(property, "lid") != null;
        boolean hasName = AnnotationValues.explicit(property, "name") != null;
        boolean hasTag = AnnotationValues.explicit(property, "tag") != null;
        List<String> given = new ArrayList<>();
        if (hasLid) {
            given.add("a lid");
        }
        if (hasName) {
            given.add("a name");
        }
        if (hasTag) {
            given.add("a tag");
        }
        if (given.isEmpty()) {
            error(idSite, Message.ID_NONE, canonical);
            return null;
        }
        if (given.size() > 1) {
            AnnotationValue at = hasTag ? AnnotationValues.explicit(property, "tag") : AnnotationValues.explicit(property, "name");
            error(idSite.at(at), Message.ID_SEVERAL, canonical, String.join(" and ", given));
            return null;
        }
        return hasLid ? IdentityKind.LID : hasName ? IdentityKind.NAME : IdentityKind.TAG;
    }

    /** The property set a named property is in; null for a tag, or after reporting a set missing, extra or unknown. */
    private PropertySetDef propertySet(IdentityResolver.Identity id, Site idSite, String canonical, IdentityKind identity) {
        AnnotationMirror property = id.property();
        TypeMirror setType = attrs.type(property, "set", id.method());
        boolean setGiven = setType.getKind() != TypeKind.VOID;
        if (identity == IdentityKind.TAG && setGiven) {
            error(idSite.at(AnnotationValues.explicit(property, "set")), Message.SET_ON_TAG, canonical);
            return null;
        }
        if ((identity == IdentityKind.LID || identity == IdentityKind.NAME) && !setGiven) {
            error(idSite, Message.SET_MISSING, canonical);
            return null;
        }
        if (!setGiven) {
            return null;
        }
        TypeElement setElement = AnnotationValues.asTypeElement(setType);
        AnnotationMirror ps = setElement == null ? null : AnnotationValues.find(setElement, PROPERTY_SET);
        if (ps == null) {
            error(idSite.at(AnnotationValues.explicit(property, "set")), Message.SET_UNKNOWN, setType);
            return null;
        }
        String guid = attrs.string(ps, "guid");
        UUID parsed = Literals.guid(guid);
        return origins.at(new PropertySetDef(setElement.getQualifiedName().toString(), attrs.string(ps, "name"), guid,
                parsed != null && WellKnownSets.namesCaseInsensitive(parsed)), Site.of(setElement, ps));
    }

    /** The {@code @Codec}, resolved once: its class and whether it has an INSTANCE. */
    private Codec codec(ExecutableElement method) {
        AnnotationMirror mirror = AnnotationValues.find(method, CODEC);
        if (mirror == null) {
            return new Codec(null, null, null);
        }
        TypeMirror codecType = attrs.type(mirror, "value", method);
        TypeElement element = AnnotationValues.asTypeElement(codecType);
        CodecDef def = element == null ? new CodecDef(codecType.toString(), null, false)
                : new CodecDef(element.getQualifiedName().toString(), ClassName.get(element),
                        Access.instanceField(element) != null);
        return new Codec(def, element, mirror);
    }

    /** The groups of a {@code @Discriminator}. */
    private List<GroupDef> groups(ExecutableElement method, AnnotationMirror disc) {
        List<GroupDef> groups = new ArrayList<>();
        if (disc != null) {
            for (AnnotationMirror g : attrs.annotations(disc, "groups")) {
                groups.add(origins.at(new GroupDef(attrs.string(g, "name"), attrs.strings(g, "values"),
                        attrs.string(g, "meaning")), Site.of(method, g)));
            }
        }
        return groups;
    }

    /**
     * The value rules: {@code @OneOf}, {@code @Fixed}, {@code @ZeroLength}, {@code @StartsWith} and the rule parser's
     * ({@code structure}: the structure the codec decodes, for {@code @WellFormed}).
     */
    private List<RuleDef> valueRules(ExecutableElement method, String structure) {
        List<RuleDef> rules = new ArrayList<>();
        AnnotationMirror oneOf = AnnotationValues.find(method, ONE_OF);
        if (oneOf != null) {
            List<ValueDef> values = new ArrayList<>();
            for (AnnotationMirror v : attrs.annotations(oneOf, "value")) {
                values.add(origins.at(new ValueDef(attrs.string(v, "name"), attrs.string(v, "value"), attrs.string(v, "meaning")),
                        Site.of(method, v).at(AnnotationValues.explicit(v, "value"))));
            }
            rules.add(origins.at(new RuleDef(RuleDef.Kind.ONE_OF, values, "", false, level(oneOf),
                    attrs.string(oneOf, "section")), Site.of(method, oneOf)));
        }
        AnnotationMirror fixed = AnnotationValues.find(method, FIXED);
        if (fixed != null) {
            rules.add(origins.at(new RuleDef(RuleDef.Kind.FIXED, List.of(), attrs.string(fixed, "value"), false, level(fixed),
                    attrs.string(fixed, "section")), Site.of(method, fixed).at(AnnotationValues.explicit(fixed, "value"))));
        }
        AnnotationMirror zero = AnnotationValues.find(method, ZERO_LENGTH);
        if (zero != null) {
            rules.add(origins.at(new RuleDef(RuleDef.Kind.ZERO_LENGTH, List.of(), "", false, level(zero),
                    attrs.string(zero, "section")), Site.of(method, zero)));
        }
        AnnotationMirror starts = AnnotationValues.find(method, STARTS_WITH);
        if (starts != null) {
            rules.add(origins.at(new RuleDef(RuleDef.Kind.STARTS_WITH, List.of(), attrs.string(starts, "value"),
                    attrs.bool(starts, "ignoreCase"), level(starts), attrs.string(starts, "section")), Site.of(method, starts)));
        }
        ruleParser.valueRules(method, structure, rules);
        return rules;
    }

    /** The {@code @Mirror}, or null. */
    private MirrorDef mirror(ExecutableElement method) {
        AnnotationMirror mm = AnnotationValues.find(method, MIRROR);
        if (mm == null) {
            return null;
        }
        return origins.at(new MirrorDef(attrs.string(mm, "of"), MirrorKind.valueOf(attrs.enumName(mm, "kind")), level(mm),
                attrs.string(mm, "section")), Site.of(method, mm).at(AnnotationValues.explicit(mm, "of")));
    }

    /** The {@code @Presence} rules, and {@code @Ignored} as one (not both). */
    private List<PresenceDef> presences(ExecutableElement method, String canonical) {
        List<PresenceDef> presences = new ArrayList<>();
        for (AnnotationMirror p : ruleParser.repeated(method, PRESENCE, PRESENCES)) {
            presences.add(origins.at(new PresenceDef(PresenceRule.valueOf(attrs.enumName(p, "value")), attrs.strings(p, "when"),
                    Receipt.valueOf(attrs.enumName(p, "onReceipt")), attrs.string(p, "section"),
                    attrs.string(p, "note")), Site.of(method, p).at(AnnotationValues.explicit(p, "when"))));
        }
        AnnotationMirror ignored = AnnotationValues.find(method, IGNORED);
        if (ignored != null && !presences.isEmpty()) {
            error(Site.of(method, ignored), Message.IGNORED_AND_PRESENCE, canonical);
        } else if (ignored != null) {
            presences.add(origins.at(new PresenceDef(PresenceRule.valueOf(attrs.enumName(ignored, "value")), List.of(),
                    Receipt.MUST_IGNORE, attrs.string(ignored, "section"), attrs.string(ignored, "note")),
                    Site.of(method, ignored)));
        }
        return presences;
    }

    private Level level(AnnotationMirror m) {
        return Level.valueOf(attrs.enumName(m, "level"));
    }
}
