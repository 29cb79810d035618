package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A condition on one property of a message, for {@link Implies}: the property is present and holds
 * one of {@link #values()} (value names declared with {@link OneOf}, discriminator group names, or
 * literal values); with {@code values} empty, the property is present; with {@code present = false},
 * the property is absent.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Condition {
    /** The canonical name of the property. */
    String property();

    String[] values() default {};

    boolean present() default true;
}
