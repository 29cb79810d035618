package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property mirrors another: it holds the same value ({@link MirrorKind#SAME}) or the hexadecimal
 * string of it ({@link MirrorKind#HEX}). Setting the source through a generated accessor sets the
 * mirror too (unless a presence rule forbids the mirror for the message's discriminator value);
 * removing the source removes it; the validator checks that both agree.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Mirror {
    /** The canonical name of the source property, in the same spec. */
    String of();

    MirrorKind kind() default MirrorKind.SAME;

    Level level() default Level.MUST;

    /** The section that states the rule; by default the property's section. */
    String section() default "";
}
