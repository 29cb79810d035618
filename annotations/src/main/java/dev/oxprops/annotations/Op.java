package dev.oxprops.annotations;

/** A comparison between two values, for {@link Compare}. */
public enum Op {
    LT("<"),
    LE("<="),
    EQ("="),
    NE("!="),
    GE(">="),
    GT(">");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in rules, e.g. {@code ">="}. */
    public String symbol() {
        return symbol;
    }

    /** Whether the comparison holds for {@code c}, the sign of left minus right (as from {@code compareTo}). */
    public boolean holds(int c) {
        switch (this) {
            case LT:
                return c < 0;
            case LE:
                return c <= 0;
            case EQ:
                return c == 0;
            case NE:
                return c != 0;
            case GE:
                return c >= 0;
            default:
                return c > 0;
        }
    }
}
