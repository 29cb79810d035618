package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Picks, on an abstract method of a {@link Spec} interface, a property declared in another
 * interface, or in the spec's catalogue. Only the property's identity (canonical name, id, type, section) is taken;
 * the rules on this method are this spec's own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Ref {
    /**
     * The interface that declares the property; {@code void} (the default): the spec's catalogue
     * ({@code @Spec(catalog = ...)}), searched by canonical name.
     */
    Class<?> in() default void.class;

    /** The property's canonical name; by default the one whose method has this method's name. */
    String canonical() default "";

    /**
     * The section of this spec that defines the property, where it differs from the declaring interface's (a spec
     * that takes a property from the MS-OXPROPS catalogue and defines it in its own section 2.2); empty: the
     * declaring interface's section.
     */
    String section() default "";
}
