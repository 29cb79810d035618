package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An 8-byte FILETIME ([MS-DTYP] 2.3.3): {@code java.time.Instant}, 100-nanosecond intervals since 1601-01-01 UTC. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface FileTime {}
