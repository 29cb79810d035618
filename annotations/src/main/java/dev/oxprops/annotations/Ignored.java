package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property is ignored entirely by this spec: it SHOULD NOT be set (or, with {@code @Ignored(
 * PresenceRule.MUST_NOT)}, MUST NOT be) and MUST be ignored upon receipt, whatever the discriminator value.
 * Cannot be combined with {@link Presence}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Ignored {
    /** SHOULD_NOT or MUST_NOT. */
    PresenceRule value() default PresenceRule.SHOULD_NOT;

    /** The section that states the rule; by default the property's section. */
    String section() default "";

    String note() default "";
}
