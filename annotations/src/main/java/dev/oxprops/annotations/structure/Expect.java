package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value the spec requires of a field (reserved fields, versions): an integer literal ({@code "0x3004"}), or
 * hexadecimal bytes for a {@link Bytes} field. The field is still read and written as it is (a round trip keeps
 * it); a different value is a problem the structural checks report.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Expect {
    String value();
}
