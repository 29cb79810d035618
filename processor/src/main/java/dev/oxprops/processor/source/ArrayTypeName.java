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
        componentType.emit(out);
        out.emitAndIndent("[]");
    }
}
