package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integer field that states the length of another field (a string's characters, an array's elements, or with
 * {@code bytes} its size in bytes), plus {@code plus}; for lengths that are not the count the other field is read
 * with (ExceptionInfo's SubjectLength is the character count plus 1). A mismatch is a problem the structural checks
 * report; the value is kept as it is.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface LengthOf {
    String value();

    int plus() default 0;

    boolean bytes() default false;
}
