package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule across properties, on a {@link Spec} interface: whenever the {@link #when()} conditions hold (all of them,
 * or any one with {@link #whenAny()}), the {@link #then()} conditions MUST (or at {@link #level()}) hold too (all,
 * or any one with {@link #thenAny()}); {@link Condition#not()} negates one condition. The rule is not checked when
 * either property cannot be carried by the bag being validated.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Implies.List.class)
public @interface Implies {
    /** The conditions under which the rule applies; all must hold (any one, with {@link #whenAny()}). */
    Condition[] when();

    /** Whether one of the {@link #when()} conditions suffices. */
    boolean whenAny() default false;

    /** What must hold then; all of them (any one, with {@link #thenAny()}). */
    Condition[] then();

    /** Whether one of the {@link #then()} conditions suffices. */
    boolean thenAny() default false;

    Level level() default Level.MUST;

    String section() default "";

    /** What the rule means, in words; shown in violations and documentation. */
    String note() default "";

    /** Holds repeated {@link Implies} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        Implies[] value();
    }
}
