package dev.oxprops.processor.diag;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where a diagnostic goes: an element and, when known, the annotation and the annotation value on it,
 * so an IDE underlines {@code lid = 0x8503} rather than the whole interface.
 */
public record Site(Element element, AnnotationMirror annotation, AnnotationValue value) {
    public static Site of(Element element) {
        return new Site(element, null, null);
    }

    public static Site of(Element element, AnnotationMirror annotation) {
        return new Site(element, annotation, null);
    }

    /** This site narrowed to one value of its annotation (when the value is known). */
    public Site at(AnnotationValue v) {
        return v == null ? this : new Site(element, annotation, v);
    }

    /**
     * This site narrowed to the attribute {@code name} of its annotation, when that attribute is written
     * explicitly; otherwise the annotation itself (a default value has no place in the source).
     */
    public Site attr(String name) {
        if (annotation == null) {
            return this;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return new Site(element, annotation, e.getValue());
            }
        }
        return new Site(element, annotation, null);
    }
}
