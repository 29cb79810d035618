package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A condition on one property of a message, for {@link Implies} and {@link Compare}: the property is present and
 * holds one of {@link #values()} (value names declared with {@link OneOf}, discriminator group names, or literal
 * values); or is a message class of one of the {@link #family()} families; or has the named {@link Flags} bits
 * {@link #bitsSet()} set and {@link #bitsClear()} clear; with none of these, the property is present; with
 * {@code present = false}, the property is absent. {@link #not()} negates the whole condition. Several conditions
 * are combined by the annotation holding them (all, or any with {@code whenAny}/{@code thenAny}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Condition {
    /** The canonical name of the property. */
    String property();

    String[] values() default {};

    boolean present() default true;

    /**
     * Message-class families: the property (a string) is one of them or a class derived from one ({@code X} or
     * {@code X.anything}), case ignored.
     */
    String[] family() default {};

    /** Names of {@link Flags} bits of the property that are all set. */
    String[] bitsSet() default {};

    /** Names of {@link Flags} bits of the property that are all clear. */
    String[] bitsClear() default {};

    /** Whether the condition is negated: it holds when the rest of it does not. */
    boolean not() default false;
}
