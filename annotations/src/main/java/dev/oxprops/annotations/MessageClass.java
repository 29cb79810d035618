package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The string property, when set, is a message class of one of the listed families: with {@link #derived()}, the
 * class itself or one derived from it ({@code IPM.Appointment} and {@code IPM.Appointment.Custom}, not
 * {@code IPM.AppointmentX}); without, exactly one of the classes. Case is ignored, as MAPI compares message classes.
 *
 * <p>With {@link #value()} empty, the classes are the {@link Spec#messageClass()} of the spec (derived when
 * {@link Spec#messageClassIsPrefix()}): that is how {@code @Spec(messageClass = ...)} is checked.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface MessageClass {
    /** The message classes (families); empty: the spec's. */
    String[] value() default {};

    /** Whether classes derived from the listed ones ({@code X.anything}) are accepted. */
    boolean derived() default true;

    Level level() default Level.MUST;

    /** The section that states the rule; by default the property's section. */
    String section() default "";
}
