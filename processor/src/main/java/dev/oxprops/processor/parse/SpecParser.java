package dev.oxprops.processor.parse;

import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.model.CompareDef;
import dev.oxprops.processor.model.ImpliesDef;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.source.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
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
        PropertyParser propertyParser = new PropertyParser(types, attrs,
                new IdentityResolver(elements, attrs, catalogs, reporter), ruleParser, reporter, origins);
        AnnotationMirror spec = AnnotationValues.find(type, SPEC);
        Site site = Site.of(type, spec);
        if (type.getKind() != ElementKind.INTERFACE) {
            reporter.report(site, Message.SPEC_NOT_INTERFACE, type.getKind().toString().toLowerCase().replace('_', ' '),
                    type.getSimpleName());
            return null;
        }
        boolean ok = checkInterface(type, site);
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
            PropertyDef p = propertyParser.parse(type, declarations, catalog, catalogName);
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

    /** A spec interface has no type parameters and is not private (nor nested in a private type). */
    private boolean checkInterface(TypeElement type, Site site) {
        boolean ok = true;
        if (!type.getTypeParameters().isEmpty()) {
            reporter.report(site, Message.SPEC_GENERIC, type.getSimpleName());
            ok = false;
        }
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.report(site, Message.SPEC_PRIVATE, type.getSimpleName());
                return false;
            }
        }
        return ok;
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

}
