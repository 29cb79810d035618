package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * A comparison between two properties of a message, on a {@link Spec} interface: {@code left op right}, or with an
 * offset property {@code left op right + plus} / {@code left op right - minus}. Examples:
 * <pre>
 * &#64;Compare(left = "PidLidAppointmentEndWhole", op = Op.GE, right = "PidLidAppointmentStartWhole")
 * &#64;Compare(left = "PidLidReminderSignalTime", op = Op.EQ, right = "PidLidReminderTime",
 *          minus = "PidLidReminderDelta", unit = ChronoUnit.MINUTES)
 * </pre>
 * Both sides are times (PtypTime), both integers, or both floating-point numbers; the offset is an integer property,
 * counted in {@link #unit()} when the sides are times (and added as is to integers). The rule is checked only when
 * both sides (and the offset) are present and every {@link #when()} condition holds; presence is a separate rule.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Compare.List.class)
public @interface Compare {
    /** The canonical name of the property on the left, the one a violation names. */
    String left();

    Op op();

    /** The canonical name of the property on the right. */
    String right();

    /** The canonical name of an integer property added to the right side; at most one of plus and minus. */
    String plus() default "";

    /** The canonical name of an integer property subtracted from the right side; at most one of plus and minus. */
    String minus() default "";

    /** The unit of the offset when the sides are times: a unit of fixed length, from SECONDS to DAYS. */
    ChronoUnit unit() default ChronoUnit.MINUTES;

    /** Conditions that must all hold for the comparison to be checked; empty: always. */
    Condition[] when() default {};

    Level level() default Level.MUST;

    String section() default "";

    /** What the rule means, in words; shown in violations and documentation. */
    String note() default "";

    /** Holds repeated {@link Compare} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        Compare[] value();
    }
}
