package dev.oxprops.processor.source;

/** An array type, e.g. {@code byte[]}. */
public final class ArrayTypeName extends TypeName {
    final TypeName componentType;

    private ArrayTypeName(TypeName componentType) {
        super(null);
        this.componentType = componentType;
    }

    public static ArrayTypeName of(TypeName componentType) {
        return new ArrayTypeName(componentType);
    }

    public static ArrayTypeName of(Class<?> componentType) {
        return of(TypeName.get(componentType));
    }

    @Override
    void emit(SourceWriter out) {
        emit(out, false);
    }

    /** Writes this type; a variable-arity parameter ends in {@code ...} instead of its last {@code []}. */
    void emit(SourceWriter out, boolean varargs) {
        TypeName leaf = componentType;
        while (leaf instanceof ArrayTypeName) {
            leaf = ((ArrayTypeName) leaf).componentType;
        }
        leaf.emit(out);
        for (TypeName t = componentType; t instanceof ArrayTypeName; t = ((ArrayTypeName) t).componentType) {
            out.emitAndIndent("[]");
        }
        out.emitAndIndent(varargs ? "..." : "[]");
    }

    @Override
    void appendQualified(StringBuilder b) {
        componentType.appendQualified(b);
        b.append("[]");
    }
}
