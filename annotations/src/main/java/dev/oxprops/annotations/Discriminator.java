package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property whose value says which kind of message this is (a flavor, a kind). Its
 * values are declared with {@link OneOf}; presence rules name them, or groups of them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Discriminator {
    /**
     * Named groups of discriminator values. A value may belong to several groups (a value that is
     * both an invitation and a request belongs to both).
     */
    Group[] groups() default {};

    /**
     * A name for "the discriminator is not set", when that is a kind of message of its own (a message without a flag
     * status is "not flagged"): the name is then usable like a value name in {@link Presence#when()} and groups, and
     * an absent discriminator is not a violation. Empty (the default): an absent discriminator is reported.
     */
    String absentAs() default "";
}
