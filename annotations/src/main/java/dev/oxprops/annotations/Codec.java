package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets an accessor speak a richer Java type than the property's MAPI type: the class named here
 * implements {@code dev.oxprops.runtime.codec.ValueCodec<J, V>} (J the method's return type, V the Java
 * type of the MAPI type) and has a public no-argument constructor or a public static {@code INSTANCE}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Codec {
    Class<?> value();
}
