package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Not a field: an integer the enclosing structure passes in (with {@link Args}), for conditions and counts that
 * depend on it (an ExtendedException's fields depend on the OverrideFlags of its ExceptionInfo and on the
 * pattern's WriterVersion2). Returns {@code int} or {@code long}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Param {}
