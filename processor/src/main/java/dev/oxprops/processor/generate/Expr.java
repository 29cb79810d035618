package dev.oxprops.processor.generate;

import dev.oxprops.processor.source.CodeBlock;

/**
 * A boolean expression of generated code, folded while it is built: {@code and(TRUE, x)} is {@code x}, a test that
 * cannot fail disappears, a rule whose condition is {@code FALSE} is not written. Parenthesized only where Java needs
 * it, or where {@code ||} inside {@code &&} would be hard to read.
 */
final class Expr {
    private enum Shape { CONSTANT, ATOM, COMPARISON, AND, OR }

    static final Expr TRUE = new Expr(Shape.CONSTANT, CodeBlock.of("true"), null);
    static final Expr FALSE = new Expr(Shape.CONSTANT, CodeBlock.of("false"), null);

    private final Shape shape;
    private final CodeBlock code;
    /** Its negation when known ({@code x == null} for {@code x != null}; {@code a} for {@code !a}), else null. */
    private Expr inverse;

    private Expr(Shape shape, CodeBlock code, Expr inverse) {
        this.shape = shape;
        this.code = code;
        this.inverse = inverse;
    }

    /** A method call or another expression that needs no parentheses under {@code !}. */
    static Expr atom(String format, Object... args) {
        return new Expr(Shape.ATOM, CodeBlock.of(format, args), null);
    }

    /** {@code local != null}. */
    static Expr present(String local) {
        Expr present = new Expr(Shape.COMPARISON, CodeBlock.of("$N != null", local), null);
        present.inverse = new Expr(Shape.COMPARISON, CodeBlock.of("$N == null", local), present);
        return present;
    }

    /** {@code local instanceof type}. */
    static Expr instance(String local, Object type) {
        return new Expr(Shape.COMPARISON, CodeBlock.of("$N instanceof $T", local, type), null);
    }

    boolean isTrue() {
        return this == TRUE;
    }

    boolean isFalse() {
        return this == FALSE;
    }

    CodeBlock code() {
        return code;
    }

    Expr not() {
        if (shape == Shape.CONSTANT) {
            return this == TRUE ? FALSE : TRUE;
        }
        if (inverse == null) {
            inverse = new Expr(Shape.ATOM, shape == Shape.ATOM ? CodeBlock.of("!$L", code) : CodeBlock.of("!($L)", code), this);
        }
        return inverse;
    }

    Expr and(Expr other) {
        if (isFalse() || other.isFalse()) {
            return FALSE;
        }
        if (isTrue()) {
            return other;
        }
        if (other.isTrue()) {
            return this;
        }
        return new Expr(Shape.AND, CodeBlock.of("$L && $L", inAnd(), other.inAnd()), null);
    }

    Expr or(Expr other) {
        if (isTrue() || other.isTrue()) {
            return TRUE;
        }
        if (isFalse()) {
            return other;
        }
        if (other.isFalse()) {
            return this;
        }
        return new Expr(Shape.OR, CodeBlock.of("$L || $L", inOr(), other.inOr()), null);
    }

    private CodeBlock inAnd() {
        return shape == Shape.OR ? CodeBlock.of("($L)", code) : code;
    }

    private CodeBlock inOr() {
        return shape == Shape.AND ? CodeBlock.of("($L)", code) : code;
    }
}
