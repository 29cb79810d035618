package dev.oxprops.processor.model;

import dev.oxprops.annotations.Level;
import java.util.List;

/**
 * An {@code @Implies} rule: when the {@code when} conditions hold (all, or any with {@code whenAny}), the {@code then}
 * conditions hold (all, or any with {@code thenAny}).
 */
public record ImpliesDef(List<ConditionDef> when, boolean whenAny, List<ConditionDef> then, boolean thenAny, Level level,
        String section, String note) {
    public ImpliesDef {
        when = List.copyOf(when);
        then = List.copyOf(then);
    }
}
