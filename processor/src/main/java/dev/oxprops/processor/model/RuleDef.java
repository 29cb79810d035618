package dev.oxprops.processor.model;

import dev.oxprops.annotations.Level;
import java.util.List;

/**
 * A value rule of one property.
 *
 * @param kind the kind of rule
 * @param values for ONE_OF and FLAGS (the named bits)
 * @param text for FIXED (the value), STARTS_WITH (the prefix), GRANULARITY (the ChronoUnit's name) and FORMAT (the
 *     simple name of the structure its codec decodes; empty when the codec is not a structure codec)
 * @param ignoreCase for STARTS_WITH; for MESSAGE_CLASS, whether derived classes are accepted; for FLAGS, whether
 *     unnamed bits are reserved and ignored (no rule on them)
 * @param texts for RANGE (min and max, "" when open) and MESSAGE_CLASS (the classes)
 */
public record RuleDef(Kind kind, List<ValueDef> values, String text, boolean ignoreCase, Level level, String section,
        List<String> texts) {
    public RuleDef {
        values = List.copyOf(values);
        texts = List.copyOf(texts);
    }

    public RuleDef(Kind kind, List<ValueDef> values, String text, boolean ignoreCase, Level level, String section) {
        this(kind, values, text, ignoreCase, level, section, List.of());
    }

    /** The kinds of value rule. */
    public enum Kind {
        ONE_OF("OneOf"),
        FIXED("Fixed"),
        ZERO_LENGTH("ZeroLength"),
        STARTS_WITH("StartsWith"),
        RANGE("Range"),
        GRANULARITY("Granularity"),
        MESSAGE_CLASS("MessageClass"),
        FLAGS("Flags"),
        /** {@code @WellFormed}: the value is a well-formed structure of the property's structure codec. */
        FORMAT("WellFormed");

        private final String annotation;

        Kind(String annotation) {
            this.annotation = annotation;
        }

        /** The annotation's simple name. */
        public String annotation() {
            return annotation;
        }
    }
}
