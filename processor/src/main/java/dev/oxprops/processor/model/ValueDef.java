package dev.oxprops.processor.model;

import dev.oxprops.processor.diag.Site;

/** One {@code @Value}: a constant name, the value as text, what it means. */
public record ValueDef(String name, String text, String meaning, Site site) {}
