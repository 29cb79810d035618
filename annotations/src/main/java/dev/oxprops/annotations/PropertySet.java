package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a named property set. Put it on an (empty) interface; properties refer to the set with
 * {@code set = ThatInterface.class}, so a reference to a set is checked by the compiler and
 * navigable in an IDE.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PropertySet {
    /** The set's name, e.g. {@code "PS_PUBLIC_STRINGS"}. */
    String name();

    /** The set's GUID in registry form, e.g. {@code "00020329-0000-0000-C000-000000000046"}; braces optional. */
    String guid();
}
