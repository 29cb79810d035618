package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Picks, on an abstract method of a {@link Spec} interface, a property declared in another
 * interface. Only the property's identity (canonical name, id, type, section) is taken; the rules on
 * this method are this spec's own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Ref {
    /** The interface that declares the property. */
    Class<?> in();

    /** The property's canonical name; by default the one whose method has this method's name. */
    String canonical() default "";
}
