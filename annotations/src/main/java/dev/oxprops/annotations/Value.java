package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One allowed value of a property. The value is written as text and read according to the
 * property's type: integers as {@code 0x...} hex or decimal, booleans as {@code true}/{@code false},
 * binary as hex digits (spaces, dots and {@code %x} allowed: {@code "AE F0 06 00"}), GUIDs in registry
 * form, times as ISO-8601 instants, strings as they are.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Value {
    /** A Java constant name for the value, e.g. {@code "INVITATION_SPECIAL_FOLDER"}. */
    String name();

    /** The value. */
    String value();

    /** What the value means, as the spec's table says. */
    String meaning() default "";
}
