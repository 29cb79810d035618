package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a property spec: its abstract methods declare (with {@link Property}) or
 * pick (with {@link Ref}, or by inheritance) the MAPI properties of one kind of message, and the
 * rules annotated on them are the rules of that spec.
 *
 * <p>The annotation processor generates, next to the interface {@code Foo}: {@code FooKeys}
 * (typed property keys), {@code FooAccessor} (typed getters and setters over a property bag, which
 * keep mirrors in sync), {@code FooValidator} (every violation of a bag) and {@code FooReceived}
 * (the receive-side view), plus {@code FooModel} (the spec as data, for documentation and tools).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Spec {
    /** The specification's identifier, e.g. {@code "MS-OXCMSG"}. */
    String id();

    /** The specification's title. */
    String title() default "";

    /**
     * The message class of the messages this spec describes, e.g. {@code "IPM.Note"}; empty when the
     * spec is not tied to a message class.
     */
    String messageClass() default "";

    /** Whether {@link #messageClass()} is a prefix that every message class of the spec begins with. */
    boolean messageClassIsPrefix() default false;

    /**
     * A type annotated with {@link Catalog}: {@code @Ref(canonical = ...)} finds properties in it without naming the
     * interface, and properties declared here with {@code @Property} are checked against it. {@code void} (the
     * default): no catalogue.
     */
    Class<?> catalog() default void.class;

    /**
     * The simple name that generated classes start with; by default the interface's simple name
     * (nested interfaces are prefixed with their enclosing types' names).
     */
    String generatedName() default "";
}
