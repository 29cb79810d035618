package dev.oxprops.processor.model;

import java.util.List;

/**
 * One condition of an {@code @Implies} or {@code @Compare}: on {@code property}, one of {@code values}, a message class
 * of one of {@code family}, the named flag bits {@code bitsSet}/{@code bitsClear}, or (none of these) presence;
 * {@code present = false}: absence; {@code not}: negated.
 */
public record ConditionDef(String property, List<String> values, boolean present, List<String> family,
        List<String> bitsSet, List<String> bitsClear, boolean not) {
    public ConditionDef {
        values = List.copyOf(values);
        family = List.copyOf(family);
        bitsSet = List.copyOf(bitsSet);
        bitsClear = List.copyOf(bitsClear);
    }

    /** A plain condition (values or presence), as the tests of the model build them. */
    public ConditionDef(String property, List<String> values, boolean present) {
        this(property, values, present, List.of(), List.of(), List.of(), false);
    }

    /** Whether the condition tests bits. */
    public boolean onBits() {
        return !bitsSet.isEmpty() || !bitsClear.isEmpty();
    }
}
