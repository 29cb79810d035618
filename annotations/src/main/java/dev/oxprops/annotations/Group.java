package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A named group of discriminator values, for use in {@link Presence#when()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Group {
    /** The group's name, e.g. {@code "INVITATION"}. */
    String name();

    /** The names of the values in the group, as declared by {@link Value#name()}. */
    String[] values();

    /** What the group stands for. */
    String meaning() default "";
}
