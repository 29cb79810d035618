package dev.oxprops.processor.model;


/**
 * A property set as declared by {@code @PropertySet} on a type.
 *
 * @param qualifiedType the annotated type's qualified name
 * @param name e.g. PS_PUBLIC_STRINGS
 * @param guid the GUID text as written
 * @param caseInsensitiveNames whether string names compare case-insensitively
 */
public record PropertySetDef(String qualifiedType, String name, String guid, boolean caseInsensitiveNames) {}
