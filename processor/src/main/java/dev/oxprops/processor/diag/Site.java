package dev.oxprops.processor.diag;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic goes: an element and, when known, the annotation and the annotation value on it,
 * so an IDE underlines {@code lid = 0x8A18} rather than the whole interface.
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
}
