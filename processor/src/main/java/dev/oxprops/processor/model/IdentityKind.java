package dev.oxprops.processor.model;

/** How a property is identified. */
public enum IdentityKind {
    LID,
    NAME,
    TAG
}
