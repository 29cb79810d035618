package dev.oxprops.processor.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads one annotation's values through its mirror, defaults included. */
final class Annotations {
    static final String PKG = "dev.oxprops.annotations.structure.";

    private final AnnotationMirror mirror;
    private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;

    private Annotations(AnnotationMirror mirror, Elements elements) {
        this.mirror = mirror;
        this.values = elements.getElementValuesWithDefaults(mirror);
    }

    /** The annotation {@code PKG + simpleName} on {@code e}, or null. */
    static Annotations on(Element e, String simpleName, Elements elements) {
        for (AnnotationMirror m : e.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(PKG + simpleName)) {
                return new Annotations(m, elements);
            }
        }
        return null;
    }

    AnnotationMirror mirror() {
        return mirror;
    }

    /** The value (a TypeMirror for a class, a VariableElement for an enum constant, ...). */
    Object raw(String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(attribute)) {
                return e.getValue().getValue();
            }
        }
        throw new IllegalArgumentException("no attribute " + attribute + " in " + mirror);
    }

    /** The value as written, or null when it takes its default. */
    AnnotationValue explicit(String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(attribute)) {
                return e.getValue();
            }
        }
        return null;
    }

    String string(String attribute) {
        return String.valueOf(raw(attribute));
    }

    int integer(String attribute) {
        Object v = raw(attribute);
        return v instanceof Number ? ((Number) v).intValue() : 0;
    }

    long longValue(String attribute) {
        Object v = raw(attribute);
        return v instanceof Number ? ((Number) v).longValue() : 0;
    }

    boolean bool(String attribute) {
        return Boolean.TRUE.equals(raw(attribute));
    }

    /** The simple name of an enum value. */
    String enumName(String attribute) {
        Object v = raw(attribute);
        return v instanceof Element ? ((Element) v).getSimpleName().toString() : String.valueOf(v);
    }

    List<Object> list(String attribute) {
        List<Object> out = new ArrayList<>();
        Object v = raw(attribute);
        if (v instanceof List) {
            for (Object o : (List<?>) v) {
                out.add(((AnnotationValue) o).getValue());
            }
        }
        return out;
    }
}
