package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A block of bytes ({@code byte[]}): exactly one of a fixed {@code size}, a {@code count} taken from an earlier
 * integer field (plus {@code adjust}), or the {@code rest} of the value (last field only).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Bytes {
    int size() default -1;

    /** The earlier integer field (or {@link Param}) that holds the number of bytes. */
    String count() default "";

    /** Added to the count field's value, e.g. -4 when the count also covers a 4-byte field before this one. */
    int adjust() default 0;

    boolean rest() default false;
}
