package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field is present only when a condition on an earlier integer field (or a {@link Param}) holds; otherwise the
 * bytes do not hold it and the method returns {@code null}. Exactly one of: any of the bits {@code anyBits} is set,
 * the value is one of {@code values}, the value is at least {@code atLeast} (unsigned), or {@code bytesRemain}
 * (no field named: present when the value has bytes left).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PresentIf {
    String field() default "";

    long anyBits() default 0;

    long[] values() default {};

    long atLeast() default -1;

    boolean bytesRemain() default false;
}
