package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that can hold one value only (a signature, a fixed provider UID): written as given, and a value that
 * differs is refused when decoding (a typed exception naming the field and its offset). An integer literal or
 * hexadecimal bytes, as for {@link Expect}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Const {
    String value();
}
