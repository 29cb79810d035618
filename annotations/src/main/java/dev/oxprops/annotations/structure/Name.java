package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field's name as its spec writes it (e.g. "FirstDOW", "cbHeader"), used in exceptions, problems and traces;
 * by default the method name with its first letter capitalized.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Name {
    String value();
}
