package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A 4-byte unsigned count of minutes since 1601-01-01 00:00, as the recurrence structures of [MS-OXOCAL] store dates:
 * {@code java.time.LocalDateTime} (no zone: the times are in the time zone the structure says).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Minutes {}
