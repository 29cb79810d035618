package dev.oxprops.processor.model;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.Op;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A {@code @Compare} rule: {@code left op right [+ plus | - minus]} (offset in {@code unit} on times), checked when the
 * {@code when} conditions all hold.
 */
public record CompareDef(String left, Op op, String right, String plus, String minus, ChronoUnit unit,
        List<ConditionDef> when, Level level, String section, String note) {
    public CompareDef {
        when = List.copyOf(when);
    }

    /** The offset property's canonical name, or "" when none. */
    public String offset() {
        return plus.isEmpty() ? minus : plus;
    }

    /** +1 for plus, -1 for minus. */
    public int sign() {
        return plus.isEmpty() ? -1 : 1;
    }
}
