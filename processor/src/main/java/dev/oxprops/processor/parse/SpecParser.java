package dev.oxprops.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
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
import dev.oxprops.processor.model.CompareDef;
import dev.oxprops.processor.model.GroupDef;
import dev.oxprops.processor.model.IdentityKind;
import dev.oxprops.processor.model.Literals;
import dev.oxprops.processor.model.ImpliesDef;
import dev.oxprops.processor.model.MirrorDef;
import dev.oxprops.processor.model.PresenceDef;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.PropertySetDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.ValueDef;
import dev.oxprops.runtime.WellKnownSets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Parses a {@code @Spec} interface into a {@link SpecDef}. Reports what makes a property impossible to
 * model (no identity, an unknown property set, a method with parameters) and leaves every other check to
 * validation.
 */
public final class SpecParser {
    private static final String PKG = "dev.oxprops.annotations.";
    static final String SPEC = PKG + "Spec";
    private static final String PROPERTY = PKG + "Property";
    private static final String REF = PKG + "Ref";
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

    private final Elements elements;
    private final Types types;
    private final AnnotationValues attrs;
    private final Catalogs catalogs;
    private final Reporter reporter;
    /** Where the objects of the spec being parsed came from; a new one for each spec. */
    private Origins origins;
    private RuleParser ruleParser;

    public SpecParser(Elements elements, Reporter reporter) {
        this(elements, null, reporter);
    }

    /** With {@code types}, methods inherited from a generic interface ({@code Base<String>}) get their actual types. */
    public SpecParser(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.attrs = new AnnotationValues(elements);
        this.catalogs = new Catalogs(elements, attrs, reporter);
        this.reporter = reporter;
    }

    /**
     * The spec, or null when the interface cannot be modelled at all (errors were reported).
     *
     * @throws DeferException when a referenced type does not exist yet
     */
    public SpecDef parse(TypeElement type) {
        origins = new Origins(type);
        ruleParser = new RuleParser(attrs, origins);
        AnnotationMirror spec = AnnotationValues.find(type, SPEC);
        Site site = Site.of(type, spec);
        if (type.getKind() != ElementKind.INTERFACE) {
            reporter.report(site, Message.SPEC_NOT_INTERFACE, type.getKind().toString().toLowerCase().replace('_', ' '),
                    type.getSimpleName());
            return null;
        }
        boolean ok = true;
        if (!type.getTypeParameters().isEmpty()) {
            reporter.report(site, Message.SPEC_GENERIC, type.getSimpleName());
            ok = false;
        }
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.report(site, Message.SPEC_PRIVATE, type.getSimpleName());
                ok = false;
                break;
            }
        }
        String id = attrs.string(spec, "id").trim();
        if (id.isEmpty()) {
            reporter.report(site.at(AnnotationValues.explicit(spec, "id")), Message.SPEC_ID_EMPTY);
            ok = false;
        }
        String messageClass = attrs.string(spec, "messageClass");
        boolean prefix = attrs.bool(spec, "messageClassIsPrefix");
        if (prefix && messageClass.isEmpty()) {
            reporter.report(site.at(AnnotationValues.explicit(spec, "messageClassIsPrefix")), Message.SPEC_MESSAGE_CLASS_PREFIX);
            ok = false;
        }
        String generatedName = attrs.string(spec, "generatedName");
        String baseName = generatedName.isEmpty() ? defaultBaseName(type) : generatedName;
        if (!SourceVersion.isIdentifier(baseName) || SourceVersion.isKeyword(baseName)) {
            reporter.report(site.at(AnnotationValues.explicit(spec, "generatedName")), Message.SPEC_GENERATED_NAME, baseName);
            ok = false;
        }
        PackageElement pkg = elements.getPackageOf(type);

        Map<String, ExecutableElement> catalog = catalogs.of(type, spec, site);
        String catalogName = catalog == null ? "" : AnnotationValues.asTypeElement(attrs.type(spec, "catalog", type)).getSimpleName().toString();
        List<PropertyDef> properties = new ArrayList<>();
        for (List<ExecutableElement> declarations : collectMethods(type).values()) {
            PropertyDef p = parseProperty(type, declarations, catalog, catalogName);
            if (p != null) {
                properties.add(p);
            } else {
                ok = false;
            }
        }
        List<ImpliesDef> implies = ruleParser.implies(type);
        List<CompareDef> compares = ruleParser.compares(type);
        if (!ok) {
            return null;
        }
        return origins.at(new SpecDef(ClassName.get(type), id, attrs.string(spec, "title"), messageClass, prefix,
                pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString(), baseName, properties, implies, compares), site);
    }

    /** Where the objects of the spec last parsed came from (the compiler's handles the model does not hold). */
    public Origins origins() {
        return origins;
    }

    private static String defaultBaseName(TypeElement type) {
        StringBuilder b = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
            b.insert(0, e.getSimpleName());
        }
        return b.toString();
    }

    /**
     * The abstract methods of the interface and its superinterfaces, by name, supertypes' first in
     * declaration order; each list holds the declarations most specific first.
     */
    private Map<String, List<ExecutableElement>> collectMethods(TypeElement type) {
        Map<String, List<ExecutableElement>> byName = new LinkedHashMap<>();
        collect(type, byName, new ArrayList<>());
        return byName;
    }

    private void collect(TypeElement type, Map<String, List<ExecutableElement>> byName, List<TypeElement> seen) {
        if (seen.contains(type)) {
            return;
        }
        seen.add(type);
        for (TypeMirror sup : type.getInterfaces()) {
            if (sup.getKind() == TypeKind.ERROR) {
                throw new DeferException(type, sup.toString());
            }
            TypeElement s = AnnotationValues.asTypeElement(sup);
            if (s != null) {
                collect(s, byName, seen);
            }
        }
        for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!m.getModifiers().contains(Modifier.ABSTRACT)) {
                // default and static methods are the author's own helpers, but not when they say they are properties
                AnnotationMirror a = AnnotationValues.find(m, PROPERTY);
                a = a != null ? a : AnnotationValues.find(m, REF);
                if (a != null) {
                    reporter.report(Site.of(m, a), Message.METHOD_NOT_ABSTRACT, m.getSimpleName(),
                            m.getModifiers().contains(Modifier.STATIC) ? "static" : "default");
                }
                continue;
            }
            if (isObjectMethod(m)) {
                continue; // toString() redeclared abstract (records and interfaces do it to document it) is no property
            }
            String key = m.getSimpleName().toString();
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(0, m);
        }
    }

    private static boolean isObjectMethod(ExecutableElement m) {
        String n = m.getSimpleName().toString();
        int params = m.getParameters().size();
        return params == 0 && (n.equals("toString") || n.equals("hashCode"))
                || params == 1 && n.equals("equals") && m.getParameters().get(0).asType().toString().equals("java.lang.Object");
    }

    /**
     * Whether the declarations a spec inherits for one method name agree: two that carry @Property or @Ref, where
     * neither overrides the other ({@code C extends A, B}, each with its own {@code foo()}), must name one property.
     */
    private boolean inheritedAlike(TypeElement spec, List<ExecutableElement> declarations) {
        ExecutableElement first = null;
        String firstIdentity = null;
        for (ExecutableElement d : declarations) {
            AnnotationMirror a = AnnotationValues.find(d, PROPERTY);
            AnnotationMirror r = a == null ? AnnotationValues.find(d, REF) : null;
            if (a == null && r == null) {
                continue;
            }
            String identity = a != null ? "@Property(canonical = \"" + attrs.string(a, "canonical") + "\")"
                    : "@Ref(canonical = \"" + attrs.string(r, "canonical") + "\")";
            if (first == null) {
                first = d;
                firstIdentity = identity;
            } else if (!identity.equals(firstIdentity) && !overrides(first, d) && !overrides(d, first)) {
                reporter.report(Site.of(spec), Message.INHERITED_CONFLICT, d.getSimpleName(),
                        ((TypeElement) first.getEnclosingElement()).getQualifiedName(),
                        ((TypeElement) d.getEnclosingElement()).getQualifiedName(), firstIdentity, identity, d.getSimpleName());
                return false;
            }
        }
        return true;
    }

    private boolean overrides(ExecutableElement overrider, ExecutableElement overridden) {
        return elements.overrides(overrider, overridden, (TypeElement) overrider.getEnclosingElement());
    }

    /** The method's return type as a member of the spec: {@code T subject()} of {@code Base<String>} returns String. */
    private TypeMirror returnType(TypeElement spec, ExecutableElement method) {
        if (types == null || method.getEnclosingElement().equals(spec)) {
            return method.getReturnType();
        }
        TypeMirror member = types.asMemberOf((DeclaredType) spec.asType(), method);
        return member instanceof ExecutableType ? ((ExecutableType) member).getReturnType() : method.getReturnType();
    }

    private PropertyDef parseProperty(TypeElement spec, List<ExecutableElement> declarations,
            Map<String, ExecutableElement> catalog, String catalogName) {
        ExecutableElement method = declarations.get(0);
        TypeMirror returnType = returnType(spec, method);
        Site methodSite = Site.of(method.getEnclosingElement().equals(spec) ? method : spec);
        String name = method.getSimpleName().toString();
        boolean ok = true;
        if (!method.getParameters().isEmpty()) {
            reporter.report(methodSite, Message.METHOD_PARAMETERS, name);
            ok = false;
        }
        if (!method.getTypeParameters().isEmpty()) {
            reporter.report(methodSite, Message.METHOD_GENERIC, name);
            ok = false;
        }
        if (returnType.getKind() == TypeKind.VOID) {
            reporter.report(methodSite, Message.METHOD_VOID, name);
            ok = false;
        }
        if (returnType.getKind() == TypeKind.ERROR) {
            throw new DeferException(method, returnType.toString());
        }
        AnnotationMirror property = AnnotationValues.find(method, PROPERTY);
        AnnotationMirror ref = AnnotationValues.find(method, REF);
        if (property != null && ref != null) {
            reporter.report(Site.of(method, ref), Message.PROPERTY_AND_REF, name);
            return null;
        }
        ExecutableElement identityMethod = method;
        boolean ownIdentity = method.getEnclosingElement().equals(spec) && (property != null || ref != null);
        if (!ownIdentity && !inheritedAlike(spec, declarations)) {
            return null;
        }
        if (property == null && ref == null) {
            for (ExecutableElement d : declarations.subList(1, declarations.size())) {
                property = AnnotationValues.find(d, PROPERTY);
                ref = AnnotationValues.find(d, REF);
                if (property != null || ref != null) {
                    identityMethod = d;
                    break;
                }
            }
        }
        String refSection = "";
        if (property == null && ref != null) {
            TypeMirror inType = attrs.type(ref, "in", identityMethod);
            String canonical = attrs.string(ref, "canonical");
            refSection = attrs.string(ref, "section");
            ExecutableElement target;
            String where;
            if (inType.getKind() == TypeKind.VOID) {
                // a @Ref inherited from another spec interface uses that interface's catalogue
                TypeElement declaring = (TypeElement) identityMethod.getEnclosingElement();
                AnnotationMirror declaringSpec = declaring.equals(spec) ? null : AnnotationValues.find(declaring, SPEC);
                if (declaringSpec != null) {
                    catalog = catalogs.of(declaring, declaringSpec, Site.of(declaring, declaringSpec));
                    catalogName = catalog == null ? ""
                            : AnnotationValues.asTypeElement(attrs.type(declaringSpec, "catalog", declaring)).getSimpleName().toString();
                }
                if (catalog == null) {
                    reporter.report(Site.of(identityMethod, ref), Message.REF_NO_CATALOG, name);
                    return null;
                }
                target = canonical.isEmpty() ? Catalogs.byMethodName(catalog, name) : catalog.get(canonical);
                where = "the catalogue " + catalogName;
            } else {
                TypeElement in = AnnotationValues.asTypeElement(inType);
                target = in == null ? null : findDeclared(in, canonical, name);
                where = in == null ? "?" : in.getQualifiedName().toString();
            }
            if (target == null) {
                reporter.report(Site.of(identityMethod, ref).at(AnnotationValues.explicit(ref, canonical.isEmpty() ? "in" : "canonical")),
                        Message.REF_NOT_FOUND, where, canonical.isEmpty() ? "for method " + name + "()" : canonical);
                return null;
            }
            identityMethod = target;
            property = AnnotationValues.find(target, PROPERTY);
            if (refSection.isEmpty() && inType.getKind() != TypeKind.VOID) {
                refSection = foundSection; // the section of a @Ref the interface named took the property with
            }
        } else if (property != null && catalog != null) {
            catalogs.check(catalog, catalogName, property, identityMethod, Site.of(identityMethod, property));
        }
        if (property == null) {
            reporter.report(methodSite, Message.METHOD_NOT_PROPERTY, name);
            return null;
        }
        Site idSite = Site.of(identityMethod, property);
        String canonical = attrs.string(property, "canonical").trim();
        if (canonical.isEmpty()) {
            reporter.report(idSite.at(AnnotationValues.explicit(property, "canonical")), Message.CANONICAL_EMPTY);
            ok = false;
        }
        long lid = attrs.longValue(property, "lid");
        String stringName = attrs.string(property, "name");
        int tag = attrs.intValue(property, "tag");
        boolean hasLid = AnnotationValues.explicit(property, "lid") != null;
        boolean hasName = AnnotationValues.explicit(property, "name") != null;
        boolean hasTag = AnnotationValues.explicit(property, "tag") != null;
        int count = (hasLid ? 1 : 0) + (hasName ? 1 : 0) + (hasTag ? 1 : 0);
        IdentityKind identity = null;
        if (count == 0) {
            reporter.report(idSite, Message.ID_NONE, canonical);
            ok = false;
        } else if (count > 1) {
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
            AnnotationValue at = hasTag ? AnnotationValues.explicit(property, "tag") : AnnotationValues.explicit(property, "name");
            reporter.report(idSite.at(at), Message.ID_SEVERAL, canonical, String.join(" and ", given));
            ok = false;
        } else {
            identity = hasLid ? IdentityKind.LID : hasName ? IdentityKind.NAME : IdentityKind.TAG;
        }
        PropertySetDef set = null;
        TypeMirror setType = attrs.type(property, "set", identityMethod);
        boolean setGiven = setType.getKind() != TypeKind.VOID;
        if (identity == IdentityKind.TAG && setGiven) {
            reporter.report(idSite.at(AnnotationValues.explicit(property, "set")), Message.SET_ON_TAG, canonical);
            ok = false;
        } else if ((identity == IdentityKind.LID || identity == IdentityKind.NAME) && !setGiven) {
            reporter.report(idSite, Message.SET_MISSING, canonical);
            ok = false;
        } else if (setGiven) {
            TypeElement setElement = AnnotationValues.asTypeElement(setType);
            AnnotationMirror ps = setElement == null ? null : AnnotationValues.find(setElement, PROPERTY_SET);
            if (ps == null) {
                reporter.report(idSite.at(AnnotationValues.explicit(property, "set")), Message.SET_UNKNOWN, setType);
                ok = false;
            } else {
                String guid = attrs.string(ps, "guid");
                UUID parsed = Literals.guid(guid);
                set = origins.at(new PropertySetDef(setElement.getQualifiedName().toString(), attrs.string(ps, "name"), guid,
                        parsed != null && WellKnownSets.namesCaseInsensitive(parsed)), Site.of(setElement, ps));
            }
        }
        MapiType type = MapiType.valueOf(attrs.enumName(property, "type"));
        List<MapiType> alsoAccepts = new ArrayList<>();
        for (String n : attrs.enumNames(property, "alsoAccepts")) {
            alsoAccepts.add(MapiType.valueOf(n));
        }

        CodecDef codec = null;
        TypeElement codecElement = null;
        AnnotationMirror codecMirror = AnnotationValues.find(method, CODEC);
        if (codecMirror != null) {
            TypeMirror codecType = attrs.type(codecMirror, "value", method);
            codecElement = AnnotationValues.asTypeElement(codecType);
            codec = codecElement == null ? new CodecDef(codecType.toString(), null, false)
                    : new CodecDef(codecElement.getQualifiedName().toString(), ClassName.get(codecElement),
                            Access.instanceField(codecElement) != null);
        }

        AnnotationMirror disc = AnnotationValues.find(method, DISCRIMINATOR);
        List<GroupDef> groups = new ArrayList<>();
        if (disc != null) {
            for (AnnotationMirror g : attrs.annotations(disc, "groups")) {
                groups.add(origins.at(new GroupDef(attrs.string(g, "name"), attrs.strings(g, "values"),
                        attrs.string(g, "meaning")), Site.of(method, g)));
            }
        }
        List<RuleDef> rules = new ArrayList<>();
        AnnotationMirror oneOf = AnnotationValues.find(method, ONE_OF);
        if (oneOf != null) {
            List<ValueDef> values = new ArrayList<>();
            for (AnnotationMirror v : attrs.annotations(oneOf, "value")) {
                values.add(origins.at(new ValueDef(attrs.string(v, "name"), attrs.string(v, "value"), attrs.string(v, "meaning")), Site.of(method, v).at(AnnotationValues.explicit(v, "value"))));
            }
            rules.add(origins.at(new RuleDef(RuleDef.Kind.ONE_OF, values, "", false, level(oneOf), attrs.string(oneOf, "section")), Site.of(method, oneOf)));
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
        ruleParser.valueRules(method, rules);
        MirrorDef mirror = null;
        AnnotationMirror mm = AnnotationValues.find(method, MIRROR);
        if (mm != null) {
            mirror = origins.at(new MirrorDef(attrs.string(mm, "of"), MirrorKind.valueOf(attrs.enumName(mm, "kind")), level(mm),
                    attrs.string(mm, "section")), Site.of(method, mm).at(AnnotationValues.explicit(mm, "of")));
        }
        List<PresenceDef> presences = new ArrayList<>();
        for (AnnotationMirror p : ruleParser.repeated(method, PRESENCE, PRESENCES)) {
            presences.add(origins.at(new PresenceDef(PresenceRule.valueOf(attrs.enumName(p, "value")), attrs.strings(p, "when"),
                    Receipt.valueOf(attrs.enumName(p, "onReceipt")), attrs.string(p, "section"),
                    attrs.string(p, "note")), Site.of(method, p).at(AnnotationValues.explicit(p, "when"))));
        }
        AnnotationMirror ignored = AnnotationValues.find(method, IGNORED);
        if (ignored != null && !presences.isEmpty()) {
            reporter.report(Site.of(method, ignored), Message.IGNORED_AND_PRESENCE, canonical);
            ok = false;
        } else if (ignored != null) {
            presences.add(origins.at(new PresenceDef(PresenceRule.valueOf(attrs.enumName(ignored, "value")), List.of(),
                    Receipt.MUST_IGNORE, attrs.string(ignored, "section"), attrs.string(ignored, "note")), Site.of(method, ignored)));
        }
        if (!ok) {
            return null;
        }
        PropertyDef def = new PropertyDef(name, TypeName.get(returnType), canonical, identity, set, lid, stringName, tag,
                type, refSection.isEmpty() ? attrs.string(property, "section") : refSection, alsoAccepts,
                attrs.bool(property, "addressBook"), attrs.string(property, "aliasOf"), codec, disc != null, groups, rules,
                mirror, presences, ignored != null, disc == null ? "" : attrs.string(disc, "absentAs"));
        return origins.property(def, new Origins.PropertyOrigin(method, returnType, codecElement, idSite, Site.of(method),
                codecMirror == null ? Site.of(method) : Site.of(method, codecMirror).attr("value"),
                disc == null ? Site.of(method) : Site.of(method, disc)));
    }

    private Level level(AnnotationMirror m) {
        return Level.valueOf(attrs.enumName(m, "level"));
    }

    /**
     * The method with the @Property that {@code in} (or a superinterface, or a type it refers to by @Ref) declares
     * under the canonical name (or, when empty, under the method's name); null when there is none.
     */
    private ExecutableElement findDeclared(TypeElement in, String canonical, String methodName) {
        foundSection = "";
        return findDeclared(in, canonical, methodName, 0);
    }

    /** The section of the last {@code @Ref} a {@link #findDeclared} went through, or "". */
    private String foundSection = "";

    /**
     * As {@link #findDeclared(TypeElement, String, String)}, following a method of {@code in} that itself takes the
     * property with {@code @Ref} (from its interface or its spec's catalogue); {@code depth} stops cycles.
     */
    private ExecutableElement findDeclared(TypeElement in, String canonical, String methodName, int depth) {
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(in))) {
            AnnotationMirror p = AnnotationValues.find(m, PROPERTY);
            if (p != null) {
                if (canonical.isEmpty() ? m.getSimpleName().contentEquals(methodName)
                        : attrs.string(p, "canonical").equals(canonical)) {
                    return m;
                }
                continue;
            }
            AnnotationMirror r = AnnotationValues.find(m, REF);
            if (r == null || depth > 8) {
                continue;
            }
            String refCanonical = attrs.string(r, "canonical");
            boolean matches = canonical.isEmpty() ? m.getSimpleName().contentEquals(methodName) : refCanonical.equals(canonical);
            if (!matches) {
                continue;
            }
            ExecutableElement target = resolveRef(m, r, refCanonical, depth);
            if (target != null) {
                if (foundSection.isEmpty()) {
                    foundSection = attrs.string(r, "section");
                }
                return target;
            }
        }
        return null;
    }

    private ExecutableElement resolveRef(ExecutableElement m, AnnotationMirror r, String refCanonical, int depth) {
        TypeMirror inType = attrs.type(r, "in", m);
        if (inType.getKind() != TypeKind.VOID) {
            TypeElement next = AnnotationValues.asTypeElement(inType);
            return next == null ? null : findDeclared(next, refCanonical, m.getSimpleName().toString(), depth + 1);
        }
        TypeElement declaring = (TypeElement) m.getEnclosingElement();
        AnnotationMirror declaringSpec = AnnotationValues.find(declaring, SPEC);
        Map<String, ExecutableElement> catalog = declaringSpec == null ? null
                : catalogs.of(declaring, declaringSpec, Site.of(declaring, declaringSpec));
        if (catalog == null) {
            return null;
        }
        return refCanonical.isEmpty() ? Catalogs.byMethodName(catalog, m.getSimpleName().toString()) : catalog.get(refCanonical);
    }
}
