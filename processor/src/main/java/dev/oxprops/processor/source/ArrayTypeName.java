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

    @Override
    void emit(SourceWriter out) {
        TypeName leaf = componentType;
        while (leaf instanceof ArrayTypeName) {
            leaf = ((ArrayTypeName) leaf).componentType;
        }
        leaf.emit(out);
        for (TypeName t = componentType; t instanceof ArrayTypeName; t = ((ArrayTypeName) t).componentType) {
            out.emitAndIndent("[]");
        }
        out.emitAndIndent("[]");
    }
}
