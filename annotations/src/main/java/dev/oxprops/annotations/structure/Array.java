package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A counted array ({@code java.util.List}): {@code count} elements, the count held by an earlier integer field (or a
 * {@link Param}). Elements are described by the method's other encoding annotation ({@link Int}, {@link Minutes},
 * ...) or are the {@code @Structure} interface of the list's type argument.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Array {
    String count();
}
