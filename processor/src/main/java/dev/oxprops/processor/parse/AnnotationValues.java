package dev.oxprops.processor.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotation values through {@link AnnotationMirror}s (never through reflection proxies, which
 * throw for class values), with defaults filled in.
 */
final class AnnotationValues {
    private final Elements elements;
    /** Each mirror's values with defaults, by attribute name: javac builds the map anew on every request. */
    private final Map<AnnotationMirror, Map<String, AnnotationValue>> withDefaults = new IdentityHashMap<>();

    AnnotationValues(Elements elements) {
        this.elements = elements;
    }

    /** The mirror of the annotation with this qualified name on {@code e}, or null. */
    static AnnotationMirror find(Element e, String qualifiedName) {
        for (AnnotationMirror m : e.getAnnotationMirrors()) {
            TypeElement t = (TypeElement) m.getAnnotationType().asElement();
            if (t.getQualifiedName().contentEquals(qualifiedName)) {
                return m;
            }
        }
        return null;
    }

    /** The value as written, or null when the attribute takes its default (for diagnostic positions). */
    static AnnotationValue explicit(AnnotationMirror m, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : m.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(attribute)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The value with its default. */
    AnnotationValue value(AnnotationMirror m, String attribute) {
        Map<String, AnnotationValue> values = withDefaults.computeIfAbsent(m, mirror -> {
            Map<String, AnnotationValue> byName = new HashMap<>();
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                    : elements.getElementValuesWithDefaults(mirror).entrySet()) {
                byName.put(e.getKey().getSimpleName().toString(), e.getValue());
            }
            return byName;
        });
        AnnotationValue v = values.get(attribute);
        if (v == null) {
            throw new IllegalArgumentException("no attribute " + attribute + " in " + m);
        }
        return v;
    }

    String string(AnnotationMirror m, String attribute) {
        AnnotationValue av = value(m, attribute);
        Object v = av.getValue();
        if ("<error>".equals(v) && av.getClass().getSimpleName().equals("Error")) {
            throw unresolvedConstant(m, attribute); // javac's value for a constant it cannot resolve yet
        }
        return v instanceof String ? (String) v : String.valueOf(v);
    }

    /**
     * A value javac could not compute, such as {@code tag = GenConsts.TAG} where another processor generates
     * {@code GenConsts} in a later round: the spec is retried then, as for a missing type.
     */
    private static DeferException unresolvedConstant(AnnotationMirror m, String attribute) {
        return new DeferException(null, "the constant given as " + attribute + " = ... of @"
                + m.getAnnotationType().asElement().getSimpleName());
    }

    boolean bool(AnnotationMirror m, String attribute) {
        Object v = value(m, attribute).getValue();
        return v instanceof Boolean && (Boolean) v;
    }

    long longValue(AnnotationMirror m, String attribute) {
        Object v = value(m, attribute).getValue();
        if (!(v instanceof Number)) {
            throw unresolvedConstant(m, attribute);
        }
        return ((Number) v).longValue();
    }

    int intValue(AnnotationMirror m, String attribute) {
        Object v = value(m, attribute).getValue();
        if (!(v instanceof Number)) {
            throw unresolvedConstant(m, attribute);
        }
        return ((Number) v).intValue();
    }

    /** The simple name of an enum constant value. */
    String enumName(AnnotationMirror m, String attribute) {
        return constantName(value(m, attribute).getValue());
    }

    /**
     * The name of an enum constant; a value javac could not resolve (a misspelt constant, which javac reports
     * itself) defers the spec, so that it never reaches {@code valueOf} and crashes.
     */
    private static String constantName(Object v) {
        if (v instanceof VariableElement) {
            return ((VariableElement) v).getSimpleName().toString();
        }
        throw new DeferException(null, "the enum constant " + v);
    }

    /** An array attribute's values. */
    List<AnnotationValue> list(AnnotationMirror m, String attribute) {
        Object v = value(m, attribute).getValue();
        List<AnnotationValue> out = new ArrayList<>();
        if (v instanceof List) {
            for (Object o : (List<?>) v) {
                out.add((AnnotationValue) o);
            }
        }
        return out;
    }

    List<String> strings(AnnotationMirror m, String attribute) {
        List<String> out = new ArrayList<>();
        for (AnnotationValue v : list(m, attribute)) {
            out.add(String.valueOf(v.getValue()));
        }
        return out;
    }

    List<String> enumNames(AnnotationMirror m, String attribute) {
        List<String> out = new ArrayList<>();
        for (AnnotationValue v : list(m, attribute)) {
            out.add(constantName(v.getValue()));
        }
        return out;
    }

    List<AnnotationMirror> annotations(AnnotationMirror m, String attribute) {
        List<AnnotationMirror> out = new ArrayList<>();
        for (AnnotationValue v : list(m, attribute)) {
            out.add((AnnotationMirror) v.getValue());
        }
        return out;
    }

    AnnotationMirror annotation(AnnotationMirror m, String attribute) {
        return (AnnotationMirror) value(m, attribute).getValue();
    }

    /**
     * A class value.
     *
     * @throws DeferException when the class does not exist (yet): it may be generated in a later round
     */
    TypeMirror type(AnnotationMirror m, String attribute, Element where) {
        Object v = value(m, attribute).getValue();
        String place = " (" + attribute + " = ... of @" + m.getAnnotationType().asElement().getSimpleName() + " on "
                + where.getSimpleName() + (where instanceof ExecutableElement ? "()" : "") + ")";
        if (v instanceof TypeMirror) {
            TypeMirror t = (TypeMirror) v;
            if (t.getKind() == TypeKind.ERROR) {
                throw new DeferException(where, t + place);
            }
            return t;
        }
        // javac gives the string "<error>" for a class literal it could not resolve
        throw new DeferException(where, "a class javac cannot find" + place);
    }

    static TypeElement asTypeElement(TypeMirror t) {
        return t instanceof DeclaredType ? (TypeElement) ((DeclaredType) t).asElement() : null;
    }
}
