package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integer field of {@code bits} bits (8, 16, 24, 32, 48 or 64), little-endian unless {@code bigEndian}. The method
 * returns {@code int} (up to 32 bits; a 32-bit unsigned value keeps its bits) or {@code long}; {@code Integer} or
 * {@code Long} when the field is optional or an array element.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Int {
    int bits();

    /** Whether the value is two's complement (sign-extended when read). */
    boolean signed() default false;

    boolean bigEndian() default false;
}
