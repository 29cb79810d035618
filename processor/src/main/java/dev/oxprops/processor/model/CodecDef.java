package dev.oxprops.processor.model;

import dev.oxprops.processor.source.ClassName;

/**
 * A property's {@code @Codec}, as the parser resolved it: the class and how generated code gets an instance.
 *
 * @param qualifiedName the class's qualified name (for messages)
 * @param type the class as generated code names it
 * @param hasInstance whether the class has a {@code public static final INSTANCE} of its own type (generated code
 *     uses it); otherwise generated code calls the public no-argument constructor, which validation requires
 */
public record CodecDef(String qualifiedName, ClassName type, boolean hasInstance) {}
