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
    private final Mirrors mirrors;
    private final Reporter reporter;
    private final Map<String, Map<String, ExecutableElement>> cache = new HashMap<>();

    Catalogs(Elements elements, Mirrors mirrors, Reporter reporter) {
        this.elements = elements;
        this.mirrors = mirrors;
        this.reporter = reporter;
    }

    /**
     * The catalogue of a spec, by canonical name; null when the spec names none, empty (after reporting) when the type
     * it names is not a catalogue.
     */
    Map<String, ExecutableElement> of(TypeElement type, AnnotationMirror spec, Site site) {
        TypeMirror t = mirrors.type(spec, "catalog", type);
        if (t.getKind() == TypeKind.VOID) {
            return null;
        }
        TypeElement catalog = Mirrors.asTypeElement(t);
        AnnotationMirror c = catalog == null ? null : Mirrors.find(catalog, CATALOG);
        if (c == null) {
            reporter.report(site.at(Mirrors.explicit(spec, "catalog")), Message.CATALOG_NOT, t);
            return Collections.emptyMap();
        }
        String key = catalog.getQualifiedName().toString();
        Map<String, ExecutableElement> index = cache.get(key);
        if (index == null) {
            index = new LinkedHashMap<>();
            for (AnnotationValue v : mirrors.list(c, "value")) {
                TypeMirror m = (TypeMirror) v.getValue();
                if (m.getKind() == TypeKind.ERROR) {
                    throw new DeferException(catalog, m.toString());
                }
                TypeElement in = Mirrors.asTypeElement(m);
                if (in == null) {
                    continue;
                }
                for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(in))) {
                    AnnotationMirror p = Mirrors.find(method, PROPERTY);
                    if (p != null) {
                        index.putIfAbsent(mirrors.string(p, "canonical"), method);
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
        String canonical = mirrors.string(property, "canonical");
        ExecutableElement known = catalog.get(canonical);
        if (known == null || known.equals(declaring) || mirrors.bool(property, "differsFromCatalog")) {
            return;
        }
        AnnotationMirror theirs = Mirrors.find(known, PROPERTY);
        String mine = identity(property, declaring);
        String catalogued = identity(theirs, known);
        if (!mine.equals(catalogued)) {
            reporter.report(site, Message.CATALOG_DIFFERS, canonical, mine, catalogName, catalogued, canonical);
        }
    }

    /** "LID 0x00008707 in {guid}, PtypInteger32" and the like. */
    private String identity(AnnotationMirror p, ExecutableElement where) {
        StringBuilder b = new StringBuilder();
        if (Mirrors.explicit(p, "lid") != null) {
            b.append(String.format("LID 0x%08X", mirrors.longValue(p, "lid")));
        } else if (Mirrors.explicit(p, "name") != null) {
            b.append("name \"").append(mirrors.string(p, "name")).append('"');
        } else {
            b.append(String.format("tag 0x%04X", mirrors.intValue(p, "tag")));
        }
        TypeMirror set = mirrors.type(p, "set", where);
        if (set.getKind() != TypeKind.VOID) {
            TypeElement s = Mirrors.asTypeElement(set);
            AnnotationMirror ps = s == null ? null : Mirrors.find(s, "dev.oxprops.annotations.PropertySet");
            b.append(" in ").append(ps == null ? set.toString() : mirrors.string(ps, "name"));
        }
        return b.append(", ").append(mirrors.enumName(p, "type")).toString();
    }
}
