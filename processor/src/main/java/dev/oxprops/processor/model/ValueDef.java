package dev.oxprops.processor.model;


/** One {@code @Value}: a constant name, the value as text, what it means. */
public record ValueDef(String name, String text, String meaning) {}
