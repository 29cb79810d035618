package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The property, when set, holds one of the listed values. A Java enum of the values is generated. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OneOf {
    Value[] value();

    Level level() default Level.MUST;

    /** The section that states the rule; by default the property's section. */
    String section() default "";
}
