package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * The time property, when set, is a whole number of {@link #value()}s (for MINUTES: its seconds and fractions are
 * zero). Units of fixed length only, SECONDS to DAYS.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Granularity {
    ChronoUnit value();

    Level level() default Level.MUST;

    /** The section that states the rule; by default the property's section. */
    String section() default "";
}
