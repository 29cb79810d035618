package dev.oxprops.processor.parse;

import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The catalogues specs name with {@code @Spec(catalog = ...)}: canonical name to the method that declares the property,
 * read once per catalogue and processor run (a catalogue such as MS-OXPROPS' holds 1,400 properties), and the identity
 * check of a spec's own {@code @Property} declarations against them.
 */
final class Catalogs {
    private static final String CATALOG = "dev.oxprops.annotations.Catalog";
    static final String PROPERTY = "dev.oxprops.annotations.Property";
    private final Elements elements;
    private final AnnotationValues attrs;
    private final Reporter reporter;
    private final Map<String, Map<String, ExecutableElement>> cache = new HashMap<>();

    Catalogs(Elements elements, AnnotationValues attrs, Reporter reporter) {
        this.elements = elements;
        this.attrs = attrs;
        this.reporter = reporter;
    }

    /**
     * The catalogue of a spec, by canonical name; null when the spec names none, empty (after reporting) when the type
     * it names is not a catalogue.
     */
    Map<String, ExecutableElement> of(TypeElement type, AnnotationMirror spec, Site site) {
        TypeMirror t = attrs.type(spec, "catalog", type);
        if (t.getKind() == TypeKind.VOID) {
            return null;
        }
        TypeElement catalog = AnnotationValues.asTypeElement(t);
        AnnotationMirror c = catalog == null ? null : AnnotationValues.find(catalog, CATALOG);
        if (c == null) {
            reporter.report(site.at(AnnotationValues.explicit(spec, "catalog")), Message.CATALOG_NOT, t);
            return Collections.emptyMap();
        }
        String key = catalog.getQualifiedName().toString();
        Map<String, ExecutableElement> index = cache.get(key);
        if (index == null) {
            index = new LinkedHashMap<>();
            for (AnnotationValue v : attrs.list(c, "value")) {
                TypeMirror m = (TypeMirror) v.getValue();
                if (m.getKind() == TypeKind.ERROR) {
                    throw new DeferException(catalog, m.toString());
                }
                TypeElement in = AnnotationValues.asTypeElement(m);
                if (in == null) {
                    continue;
                }
                for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(in))) {
                    AnnotationMirror p = AnnotationValues.find(method, PROPERTY);
                    if (p != null) {
                        index.putIfAbsent(attrs.string(p, "canonical"), method);
                    }
                }
            }
            cache.put(key, index);
        }
        return index;
    }

    /** The method of the catalogue named {@code methodName}, for {@code @Ref} without canonical name; or null. */
    static ExecutableElement byMethodName(Map<String, ExecutableElement> catalog, String methodName) {
        for (ExecutableElement m : catalog.values()) {
            if (m.getSimpleName().contentEquals(methodName)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Reports a {@code @Property} whose canonical name the catalogue knows with another identity or type, unless it
     * says {@code differsFromCatalog = true}.
     */
    void check(Map<String, ExecutableElement> catalog, String catalogName, AnnotationMirror property,
            ExecutableElement declaring, Site site) {
        String canonical = attrs.string(property, "canonical");
        ExecutableElement known = catalog.get(canonical);
        if (known == null || known.equals(declaring) || attrs.bool(property, "differsFromCatalog")) {
            return;
        }
        AnnotationMirror theirs = AnnotationValues.find(known, PROPERTY);
        String mine = identity(property, declaring);
        String catalogued = identity(theirs, known);
        if (!mine.equals(catalogued)) {
            reporter.report(site, Message.CATALOG_DIFFERS, canonical, mine, catalogName, catalogued, canonical);
        }
    }

    /** "LID 0x00008707 in {guid}, PtypInteger32" and the like. */
    private String identity(AnnotationMirror p, ExecutableElement where) {
        StringBuilder b = new StringBuilder();
        if (AnnotationValues.explicit(p, "lid") != null) {
            b.append(String.format("LID 0x%08X", attrs.longValue(p, "lid")));
        } else if (AnnotationValues.explicit(p, "name") != null) {
            b.append("name \"").append(attrs.string(p, "name")).append('"');
        } else {
            b.append(String.format("tag 0x%04X", attrs.intValue(p, "tag")));
        }
        TypeMirror set = attrs.type(p, "set", where);
        if (set.getKind() != TypeKind.VOID) {
            TypeElement s = AnnotationValues.asTypeElement(set);
            AnnotationMirror ps = s == null ? null : AnnotationValues.find(s, "dev.oxprops.annotations.PropertySet");
            b.append(" in ").append(ps == null ? set.toString() : attrs.string(ps, "name"));
        }
        return b.append(", ").append(attrs.enumName(p, "type")).toString();
    }
}
