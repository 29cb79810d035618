package dev.oxprops.processor.model;

import java.util.List;

/** One side of an {@code @Implies}. */
public record ConditionDef(String property, List<String> values, boolean present) {
    public ConditionDef {
        values = List.copyOf(values);
    }
}
