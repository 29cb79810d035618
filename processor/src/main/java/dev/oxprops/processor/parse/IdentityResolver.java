package dev.oxprops.processor.parse;

import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds where a spec method's identity is declared: its own {@code @Property}, one on a method it overrides, or
 * the property a {@code @Ref} names (in an interface, or in the spec's catalogue, following further {@code @Ref}s).
 */
final class IdentityResolver {
    private static final String PKG = "dev.oxprops.annotations.";
    static final String PROPERTY = PKG + "Property";
    static final String REF = PKG + "Ref";

    /**
     * Where a property's identity was found.
     *
     * @param method the method carrying the {@code @Property}
     * @param property that {@code @Property}
     * @param refSection the section of the {@code @Ref} that took the property, or ""
     */
    record Identity(ExecutableElement method, AnnotationMirror property, String refSection) {}

    private final Elements elements;
    private final AnnotationValues attrs;
    private final Catalogs catalogs;
    private final Reporter reporter;
    /** The section of the last {@code @Ref} a {@link #findDeclared} went through, or "". */
    private String foundSection = "";

    IdentityResolver(Elements elements, AnnotationValues attrs, Catalogs catalogs, Reporter reporter) {
        this.elements = elements;
        this.attrs = attrs;
        this.catalogs = catalogs;
        this.reporter = reporter;
    }

    /**
     * The identity of the method {@code declarations.get(0)} (the most specific of the declarations the spec
     * inherits under its name), or null after reporting why there is none.
     */
    Identity resolve(TypeElement spec, List<ExecutableElement> declarations, Map<String, ExecutableElement> catalog,
            String catalogName) {
        ExecutableElement method = declarations.get(0);
        String name = method.getSimpleName().toString();
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
        Site methodSite = Site.of(method.getEnclosingElement().equals(spec) ? method : spec);
        if (property == null && ref != null) {
            return followRef(spec, identityMethod, ref, methodSite, catalog, catalogName);
        }
        if (property != null && catalog != null) {
            catalogs.check(catalog, catalogName, property, identityMethod, Site.of(identityMethod, property));
        }
        if (property == null) {
            reporter.report(methodSite, Message.METHOD_NOT_PROPERTY, name);
            return null;
        }
        return new Identity(identityMethod, property, "");
    }

    /** The property a {@code @Ref} on {@code identityMethod} names, or null after reporting why there is none. */
    private Identity followRef(TypeElement spec, ExecutableElement identityMethod, AnnotationMirror ref, Site methodSite,
            Map<String, ExecutableElement> catalog, String catalogName) {
        String name = identityMethod.getSimpleName().toString();
        TypeMirror inType = attrs.type(ref, "in", identityMethod);
        String canonical = attrs.string(ref, "canonical");
        String refSection = attrs.string(ref, "section");
        ExecutableElement target;
        String where;
        if (inType.getKind() == TypeKind.VOID) {
            // a @Ref inherited from another spec interface uses that interface's catalogue
            TypeElement declaring = (TypeElement) identityMethod.getEnclosingElement();
            AnnotationMirror declaringSpec = declaring.equals(spec) ? null : AnnotationValues.find(declaring, SpecParser.SPEC);
            if (declaringSpec != null) {
                catalog = catalogs.of(declaring, declaringSpec, Site.of(declaring, declaringSpec));
                catalogName = catalog == null ? "" : AnnotationValues.asTypeElement(
                        attrs.type(declaringSpec, "catalog", declaring)).getSimpleName().toString();
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
        if (refSection.isEmpty() && inType.getKind() != TypeKind.VOID) {
            refSection = foundSection; // the section of a @Ref the interface named took the property with
        }
        AnnotationMirror property = AnnotationValues.find(target, PROPERTY);
        if (property == null) {
            reporter.report(methodSite, Message.METHOD_NOT_PROPERTY, name);
            return null;
        }
        return new Identity(target, property, refSection);
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

    /**
     * The method with the @Property that {@code in} (or a superinterface, or a type it refers to by @Ref) declares
     * under the canonical name (or, when empty, under the method's name); null when there is none.
     */
    private ExecutableElement findDeclared(TypeElement in, String canonical, String methodName) {
        foundSection = "";
        return findDeclared(in, canonical, methodName, 0);
    }

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
        AnnotationMirror declaringSpec = AnnotationValues.find(declaring, SpecParser.SPEC);
        Map<String, ExecutableElement> catalog = declaringSpec == null ? null
                : catalogs.of(declaring, declaringSpec, Site.of(declaring, declaringSpec));
        if (catalog == null) {
            return null;
        }
        return refCanonical.isEmpty() ? Catalogs.byMethodName(catalog, m.getSimpleName().toString()) : catalog.get(refCanonical);
    }
}
