package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a nested structure's {@link Param}s take, in their order: the name of an earlier integer field of this
 * structure, or {@code "array.field"} for the field of the element at the same index of an earlier array of
 * structures with the same count.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Args {
    String[] value();
}
