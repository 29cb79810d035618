package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Whether the property is to be set, and what a receiver does with it: for the discriminator values
 * (or groups) named in {@link #when()}, or, with {@code when} empty, for every value not named by
 * another {@code @Presence} of the same property (and for messages of a spec without discriminator).
 * A property without any {@code @Presence} is {@link PresenceRule#OPTIONAL}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Presence.List.class)
public @interface Presence {
    PresenceRule value();

    /** Names of discriminator values or groups; empty means "every other value". */
    String[] when() default {};

    /** What a receiver does with the property for these values. */
    Receipt onReceipt() default Receipt.USE;

    /** The section that states the rule; by default the property's section. */
    String section() default "";

    /** A note for readers, such as a product-behaviour note of the spec. */
    String note() default "";

    /** Holds repeated {@link Presence} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        Presence[] value();
    }
}
