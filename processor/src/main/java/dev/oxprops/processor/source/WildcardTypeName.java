package dev.oxprops.processor.source;

/** A wildcard type argument: {@code ?}, {@code ? extends T} or {@code ? super T}. */
public final class WildcardTypeName extends TypeName {
    final TypeName bound;
    final boolean lower;

    private WildcardTypeName(TypeName bound, boolean lower) {
        super(null);
        this.bound = bound;
        this.lower = lower;
    }

    static WildcardTypeName subtypeOf(TypeName upperBound) {
        return new WildcardTypeName(upperBound, false);
    }

    public static WildcardTypeName subtypeOf(Class<?> upperBound) {
        return subtypeOf(TypeName.get(upperBound));
    }

    static WildcardTypeName supertypeOf(TypeName lowerBound) {
        return new WildcardTypeName(lowerBound, true);
    }

    private boolean unbounded() {
        return !lower && bound.toString().equals("java.lang.Object");
    }

    @Override
    void emit(SourceWriter out) {
        if (unbounded()) {
            out.emitAndIndent("?");
            return;
        }
        out.emitAndIndent(lower ? "? super " : "? extends ");
        bound.emit(out);
    }
}
