package dev.oxprops.processor.model;

import dev.oxprops.annotations.Level;
import dev.oxprops.processor.diag.Site;
import java.util.List;

/**
 * A value rule of one property.
 *
 * @param kind ONE_OF, FIXED, ZERO_LENGTH or STARTS_WITH
 * @param values for ONE_OF
 * @param text for FIXED (the value) and STARTS_WITH (the prefix)
 * @param ignoreCase for STARTS_WITH
 */
public record RuleDef(Kind kind, List<ValueDef> values, String text, boolean ignoreCase, Level level, String section,
        Site site) {
    public RuleDef {
        values = List.copyOf(values);
    }

    /** The kinds of value rule. */
    public enum Kind {
        ONE_OF("OneOf"),
        FIXED("Fixed"),
        ZERO_LENGTH("ZeroLength"),
        STARTS_WITH("StartsWith");

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
