package dev.oxprops.processor.model;

import dev.oxprops.annotations.Level;
import dev.oxprops.processor.diag.Site;

/** An {@code @Implies} rule across two properties. */
public record ImpliesDef(ConditionDef when, ConditionDef then, Level level, String section, String note, Site site) {}
