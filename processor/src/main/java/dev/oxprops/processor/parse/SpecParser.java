package dev.oxprops.processor.parse;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;
import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
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
    private final Mirrors mirrors;
    private final RuleParser ruleParser;
    private final Catalogs catalogs;
    private final Reporter reporter;

    public SpecParser(Elements elements, Reporter reporter) {
        this(elements, null, reporter);
    }

    /** With {@code types}, methods inherited from a generic interface ({@code Base<String>}) get their actual types. */
    public SpecParser(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.mirrors = new Mirrors(elements);
        this.ruleParser = new RuleParser(mirrors);
        this.catalogs = new Catalogs(elements, mirrors, reporter);
        this.reporter = reporter;
    }

    /**
     * The spec, or null when the interface cannot be modelled at all (errors were reported).
     *
     * @throws DeferException when a referenced type does not exist yet
     */
    public SpecDef parse(TypeElement type) {
        AnnotationMirror spec = Mirrors.find(type, SPEC);
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
        String id = mirrors.string(spec, "id").trim();
        if (id.isEmpty()) {
            reporter.report(site.at(Mirrors.explicit(spec, "id")), Message.SPEC_ID_EMPTY);
            ok = false;
        }
        String messageClass = mirrors.string(spec, "messageClass");
        boolean prefix = mirrors.bool(spec, "messageClassIsPrefix");
        if (prefix && messageClass.isEmpty()) {
            reporter.report(site.at(Mirrors.explicit(spec, "messageClassIsPrefix")), Message.SPEC_MESSAGE_CLASS_PREFIX);
            ok = false;
        }
        String generatedName = mirrors.string(spec, "generatedName");
        String baseName = generatedName.isEmpty() ? defaultBaseName(type) : generatedName;
        if (!SourceVersion.isIdentifier(baseName) || SourceVersion.isKeyword(baseName)) {
            reporter.report(site.at(Mirrors.explicit(spec, "generatedName")), Message.SPEC_GENERATED_NAME, baseName);
            ok = false;
        }
        PackageElement pkg = elements.getPackageOf(type);

        Map<String, ExecutableElement> catalog = catalogs.of(type, spec, site);
        String catalogName = catalog == null ? "" : Mirrors.asTypeElement(mirrors.type(spec, "catalog", type)).getSimpleName().toString();
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
        return new SpecDef(type, id, mirrors.string(spec, "title"), messageClass, prefix,
                pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString(), baseName, properties, implies, compares, site);
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
            TypeElement s = Mirrors.asTypeElement(sup);
            if (s != null) {
                collect(s, byName, seen);
            }
        }
        for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!m.getModifiers().contains(Modifier.ABSTRACT)) {
                // default and static methods are the author's own helpers, but not when they say they are properties
                AnnotationMirror a = Mirrors.find(m, PROPERTY);
                a = a != null ? a : Mirrors.find(m, REF);
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
            AnnotationMirror a = Mirrors.find(d, PROPERTY);
            AnnotationMirror r = a == null ? Mirrors.find(d, REF) : null;
            if (a == null && r == null) {
                continue;
            }
            String identity = a != null ? "@Property(canonical = \"" + mirrors.string(a, "canonical") + "\")"
                    : "@Ref(canonical = \"" + mirrors.string(r, "canonical") + "\")";
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
        AnnotationMirror property = Mirrors.find(method, PROPERTY);
        AnnotationMirror ref = Mirrors.find(method, REF);
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
                property = Mirrors.find(d, PROPERTY);
                ref = Mirrors.find(d, REF);
                if (property != null || ref != null) {
                    identityMethod = d;
                    break;
                }
            }
        }
        String refSection = "";
        if (property == null && ref != null) {
            TypeMirror inType = mirrors.type(ref, "in", identityMethod);
            String canonical = mirrors.string(ref, "canonical");
            refSection = mirrors.string(ref, "section");
            ExecutableElement target;
            String where;
            if (inType.getKind() == TypeKind.VOID) {
                // a @Ref inherited from another spec interface uses that interface's catalogue
                TypeElement declaring = (TypeElement) identityMethod.getEnclosingElement();
                AnnotationMirror declaringSpec = declaring.equals(spec) ? null : Mirrors.find(declaring, SPEC);
                if (declaringSpec != null) {
                    catalog = catalogs.of(declaring, declaringSpec, Site.of(declaring, declaringSpec));
                    catalogName = catalog == null ? ""
                            : Mirrors.asTypeElement(mirrors.type(declaringSpec, "catalog", declaring)).getSimpleName().toString();
                }
                if (catalog == null) {
                    reporter.report(Site.of(identityMethod, ref), Message.REF_NO_CATALOG, name);
                    return null;
                }
                target = canonical.isEmpty() ? Catalogs.byMethodName(catalog, name) : catalog.get(canonical);
                where = "the catalogue " + catalogName;
            } else {
                TypeElement in = Mirrors.asTypeElement(inType);
                target = in == null ? null : findDeclared(in, canonical, name);
                where = in == null ? "?" : in.getQualifiedName().toString();
            }
            if (target == null) {
                reporter.report(Site.of(identityMethod, ref).at(Mirrors.explicit(ref, canonical.isEmpty() ? "in" : "canonical")),
                        Message.REF_NOT_FOUND, where, canonical.isEmpty() ? "for method " + name + "()" : canonical);
                return null;
            }
            identityMethod = target;
            property = Mirrors.find(target, PROPERTY);
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
        String canonical = mirrors.string(property, "canonical").trim();
        if (canonical.isEmpty()) {
            reporter.report(idSite.at(Mirrors.explicit(property, "canonical")), Message.CANONICAL_EMPTY);
            ok = false;
        }
        long lid = mirrors.longValue(property, "lid");
        String stringName = mirrors.string(property, "name");
        int tag = mirrors.intValue(property, "tag");
        boolean hasLid = Mirrors.explicit(property, "lid") != null;
        boolean hasName = Mirrors.explicit(property, "name") != null;
        boolean hasTag = Mirrors.explicit(property, "tag") != null;
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
            AnnotationValue at = hasTag ? Mirrors.explicit(property, "tag") : Mirrors.explicit(property, "name");
            reporter.report(idSite.at(at), Message.ID_SEVERAL, canonical, String.join(" and ", given));
            ok = false;
        } else {
            identity = hasLid ? IdentityKind.LID : hasName ? IdentityKind.NAME : IdentityKind.TAG;
        }
        PropertySetDef set = null;
        TypeMirror setType = mirrors.type(property, "set", identityMethod);
        boolean setGiven = setType.getKind() != TypeKind.VOID;
        if (identity == IdentityKind.TAG && setGiven) {
            reporter.report(idSite.at(Mirrors.explicit(property, "set")), Message.SET_ON_TAG, canonical);
            ok = false;
        } else if ((identity == IdentityKind.LID || identity == IdentityKind.NAME) && !setGiven) {
            reporter.report(idSite, Message.SET_MISSING, canonical);
            ok = false;
        } else if (setGiven) {
            TypeElement setElement = Mirrors.asTypeElement(setType);
            AnnotationMirror ps = setElement == null ? null : Mirrors.find(setElement, PROPERTY_SET);
            if (ps == null) {
                reporter.report(idSite.at(Mirrors.explicit(property, "set")), Message.SET_UNKNOWN, setType);
                ok = false;
            } else {
                String guid = mirrors.string(ps, "guid");
                UUID parsed = Literals.guid(guid);
                set = new PropertySetDef(setElement.getQualifiedName().toString(), mirrors.string(ps, "name"), guid,
                        parsed != null && WellKnownSets.namesCaseInsensitive(parsed), Site.of(setElement, ps));
            }
        }
        MapiType type = MapiType.valueOf(mirrors.enumName(property, "type"));
        List<MapiType> alsoAccepts = new ArrayList<>();
        for (String n : mirrors.enumNames(property, "alsoAccepts")) {
            alsoAccepts.add(MapiType.valueOf(n));
        }

        String codec = null;
        TypeMirror codecType = null;
        AnnotationMirror codecMirror = Mirrors.find(method, CODEC);
        if (codecMirror != null) {
            codecType = mirrors.type(codecMirror, "value", method);
            TypeElement ce = Mirrors.asTypeElement(codecType);
            codec = ce == null ? codecType.toString() : ce.getQualifiedName().toString();
        }

        AnnotationMirror disc = Mirrors.find(method, DISCRIMINATOR);
        List<GroupDef> groups = new ArrayList<>();
        if (disc != null) {
            for (AnnotationMirror g : mirrors.annotations(disc, "groups")) {
                groups.add(new GroupDef(mirrors.string(g, "name"), mirrors.strings(g, "values"),
                        mirrors.string(g, "meaning"), Site.of(method, g)));
            }
        }
        List<RuleDef> rules = new ArrayList<>();
        AnnotationMirror oneOf = Mirrors.find(method, ONE_OF);
        if (oneOf != null) {
            List<ValueDef> values = new ArrayList<>();
            for (AnnotationMirror v : mirrors.annotations(oneOf, "value")) {
                values.add(new ValueDef(mirrors.string(v, "name"), mirrors.string(v, "value"), mirrors.string(v, "meaning"),
                        Site.of(method, v).at(Mirrors.explicit(v, "value"))));
            }
            rules.add(new RuleDef(RuleDef.Kind.ONE_OF, values, "", false, level(oneOf), mirrors.string(oneOf, "section"),
                    Site.of(method, oneOf)));
        }
        AnnotationMirror fixed = Mirrors.find(method, FIXED);
        if (fixed != null) {
            rules.add(new RuleDef(RuleDef.Kind.FIXED, List.of(), mirrors.string(fixed, "value"), false, level(fixed),
                    mirrors.string(fixed, "section"), Site.of(method, fixed).at(Mirrors.explicit(fixed, "value"))));
        }
        AnnotationMirror zero = Mirrors.find(method, ZERO_LENGTH);
        if (zero != null) {
            rules.add(new RuleDef(RuleDef.Kind.ZERO_LENGTH, List.of(), "", false, level(zero),
                    mirrors.string(zero, "section"), Site.of(method, zero)));
        }
        AnnotationMirror starts = Mirrors.find(method, STARTS_WITH);
        if (starts != null) {
            rules.add(new RuleDef(RuleDef.Kind.STARTS_WITH, List.of(), mirrors.string(starts, "value"),
                    mirrors.bool(starts, "ignoreCase"), level(starts), mirrors.string(starts, "section"),
                    Site.of(method, starts)));
        }
        ruleParser.valueRules(method, rules);
        MirrorDef mirror = null;
        AnnotationMirror mm = Mirrors.find(method, MIRROR);
        if (mm != null) {
            mirror = new MirrorDef(mirrors.string(mm, "of"), MirrorKind.valueOf(mirrors.enumName(mm, "kind")), level(mm),
                    mirrors.string(mm, "section"), Site.of(method, mm).at(Mirrors.explicit(mm, "of")));
        }
        List<PresenceDef> presences = new ArrayList<>();
        for (AnnotationMirror p : ruleParser.repeated(method, PRESENCE, PRESENCES)) {
            presences.add(new PresenceDef(PresenceRule.valueOf(mirrors.enumName(p, "value")), mirrors.strings(p, "when"),
                    Receipt.valueOf(mirrors.enumName(p, "onReceipt")), mirrors.string(p, "section"),
                    mirrors.string(p, "note"), Site.of(method, p).at(Mirrors.explicit(p, "when"))));
        }
        AnnotationMirror ignored = Mirrors.find(method, IGNORED);
        if (ignored != null && !presences.isEmpty()) {
            reporter.report(Site.of(method, ignored), Message.IGNORED_AND_PRESENCE, canonical);
            ok = false;
        } else if (ignored != null) {
            presences.add(new PresenceDef(PresenceRule.valueOf(mirrors.enumName(ignored, "value")), List.of(),
                    Receipt.MUST_IGNORE, mirrors.string(ignored, "section"), mirrors.string(ignored, "note"),
                    Site.of(method, ignored)));
        }
        if (!ok) {
            return null;
        }
        return new PropertyDef(method, name, returnType, canonical, identity, set, lid, stringName, tag, type,
                refSection.isEmpty() ? mirrors.string(property, "section") : refSection, alsoAccepts, mirrors.bool(property, "addressBook"),
                mirrors.string(property, "aliasOf"), codec, codecType, idSite, Site.of(method), disc != null, groups, rules,
                mirror, presences, ignored != null,
                codecMirror == null ? Site.of(method) : Site.of(method, codecMirror).attr("value"),
                disc == null ? Site.of(method) : Site.of(method, disc), disc == null ? "" : mirrors.string(disc, "absentAs"));
    }

    private Level level(AnnotationMirror m) {
        return Level.valueOf(mirrors.enumName(m, "level"));
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
            AnnotationMirror p = Mirrors.find(m, PROPERTY);
            if (p != null) {
                if (canonical.isEmpty() ? m.getSimpleName().contentEquals(methodName)
                        : mirrors.string(p, "canonical").equals(canonical)) {
                    return m;
                }
                continue;
            }
            AnnotationMirror r = Mirrors.find(m, REF);
            if (r == null || depth > 8) {
                continue;
            }
            String refCanonical = mirrors.string(r, "canonical");
            boolean matches = canonical.isEmpty() ? m.getSimpleName().contentEquals(methodName) : refCanonical.equals(canonical);
            if (!matches) {
                continue;
            }
            ExecutableElement target = resolveRef(m, r, refCanonical, depth);
            if (target != null) {
                if (foundSection.isEmpty()) {
                    foundSection = mirrors.string(r, "section");
                }
                return target;
            }
        }
        return null;
    }

    private ExecutableElement resolveRef(ExecutableElement m, AnnotationMirror r, String refCanonical, int depth) {
        TypeMirror inType = mirrors.type(r, "in", m);
        if (inType.getKind() != TypeKind.VOID) {
            TypeElement next = Mirrors.asTypeElement(inType);
            return next == null ? null : findDeclared(next, refCanonical, m.getSimpleName().toString(), depth + 1);
        }
        TypeElement declaring = (TypeElement) m.getEnclosingElement();
        AnnotationMirror declaringSpec = Mirrors.find(declaring, SPEC);
        Map<String, ExecutableElement> catalog = declaringSpec == null ? null
                : catalogs.of(declaring, declaringSpec, Site.of(declaring, declaringSpec));
        if (catalog == null) {
            return null;
        }
        return refCanonical.isEmpty() ? Catalogs.byMethodName(catalog, m.getSimpleName().toString()) : catalog.get(refCanonical);
    }
}
