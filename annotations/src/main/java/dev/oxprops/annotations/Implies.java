package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule across properties, on a {@link Spec} interface: whenever the {@link #when()} condition holds,
 * the {@link #then()} condition MUST (or at {@link #level()}) hold too. The rule is not checked when
 * either property cannot be carried by the bag being validated.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Implies.List.class)
public @interface Implies {
    Condition when();

    Condition then();

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
