package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type as a catalogue of property identities: the interfaces listed declare properties with
 * {@link Property}. A spec that names the catalogue ({@code @Spec(catalog = ...)}) takes identities from it with
 * {@code @Ref(canonical = "...")} (no {@code in}), and every property it declares itself with {@code @Property}
 * whose canonical name the catalogue knows is checked against the catalogue's identity and type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Catalog {
    /** The interfaces that declare the catalogue's properties. */
    Class<?>[] value();
}
