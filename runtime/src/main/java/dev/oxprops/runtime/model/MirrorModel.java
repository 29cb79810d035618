package dev.oxprops.runtime.model;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MirrorKind;

/**
 * A property's mirror relation to its source.
 *
 * @param source the canonical name of the source property
 * @param kind SAME or HEX
 */
public record MirrorModel(String source, MirrorKind kind, Level level, String section) {}
