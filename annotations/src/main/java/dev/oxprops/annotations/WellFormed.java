package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The binary property, when set, is a well-formed structure of its {@link Codec}: the value decodes, and the decoded
 * structure passes the checks its {@link Structure} declaration states (counts, versions, reserved fields). The codec
 * must be a structure codec ({@code dev.oxprops.runtime.structure.StructureCodec}, as the processor generates for a
 * {@code @Structure} interface). A violation is of kind FORMAT and names the field at fault, one per problem.
 *
 * <pre>{@code
 * @Ref(canonical = "PidLidAppointmentRecur", section = "2.2.1.44")
 * @Codec(AppointmentRecurrencePatternCodec.class)
 * @WellFormed
 * AppointmentRecurrencePattern appointmentRecur();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WellFormed {
    Level level() default Level.MUST;

    /** The section that states the rule; by default the property's section. */
    String section() default "";
}
