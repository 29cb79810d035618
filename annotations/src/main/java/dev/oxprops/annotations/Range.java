package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The numeric or time property, when set, lies between {@link #min()} and {@link #max()} (both inclusive; an empty
 * bound is open). Bounds are written as {@link Value} texts are: {@code "1"} for "greater than zero" on an integer,
 * an ISO-8601 instant on a time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Range {
    String min() default "";

    String max() default "";

    Level level() default Level.MUST;

    /** The section that states the rule; by default the property's section. */
    String section() default "";
}
