package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The string property, when set, begins with this prefix (message classes, for instance). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface StartsWith {
    String value();

    /** Whether case is ignored in the comparison (MAPI compares message classes case-insensitively). */
    boolean ignoreCase() default false;

    Level level() default Level.MUST;

    /** The section that states the rule; by default the property's section. */
    String section() default "";
}
