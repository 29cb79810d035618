package dev.oxprops.processor.model;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MirrorKind;

/** A {@code @Mirror}: the canonical name of the source, the kind, the level and section. */
public record MirrorDef(String source, MirrorKind kind, Level level, String section) {}
