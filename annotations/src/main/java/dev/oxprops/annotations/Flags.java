package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The integer property is a set of named bits: each {@link Value} names one bit (or a mask of several). An
 * {@code EnumSet} accessor is generated beside the integer one, and the validator reports bits that no value names
 * (at {@link #level()}) unless they are {@link #reservedIgnored()}. {@link Condition#bitsSet()} and {@link Condition#bitsClear()} test bits by name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Flags {
    Value[] value();

    /**
     * Whether bits no value names are reserved bits a reader ignores (and a writer preserves) rather than an error:
     * then no rule on them is generated, and the {@code EnumSet} setter keeps the reserved bits already set.
     */
    boolean reservedIgnored() default false;

    /** The level of the rule "no bit other than the named ones is set". */
    Level level() default Level.MUST;

    /** The section that states the rule; by default the property's section. */
    String section() default "";
}
