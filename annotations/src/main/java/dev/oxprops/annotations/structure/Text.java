package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string ({@code String}): 8-bit characters (ISO-8859-1, every byte one character, so no byte is lost) or UTF-16LE.
 * Its length is exactly one of: {@code count} characters held by an earlier integer field (plus {@code adjust}),
 * {@code zeroTerminated}, or a fixed {@code size} in bytes padded with zero bytes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Text {
    /** The character encodings a structure's strings use. */
    enum Encoding {
        /** One byte per character, read as ISO-8859-1. */
        BYTE,
        /** Two bytes per character, little-endian. */
        UTF16LE
    }

    Encoding encoding() default Encoding.BYTE;

    /** The earlier integer field (or {@link Param}) that holds the number of characters. */
    String count() default "";

    int adjust() default 0;

    /** The string ends with a zero character (one byte, or two for UTF-16LE), not part of the value. */
    boolean zeroTerminated() default false;

    /** A fixed number of bytes: the string, then zero bytes up to the size. */
    int size() default -1;
}
