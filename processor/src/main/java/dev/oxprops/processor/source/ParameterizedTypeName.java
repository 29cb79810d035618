package dev.oxprops.processor.source;

import java.util.List;

/** A generic class with its type arguments, e.g. {@code List<String>}. */
public final class ParameterizedTypeName extends TypeName {
    final ParameterizedTypeName enclosing;
    final ClassName rawType;
    final List<TypeName> typeArguments;

    ParameterizedTypeName(ParameterizedTypeName enclosing, ClassName rawType, List<TypeName> typeArguments) {
        super(null);
        if (typeArguments.isEmpty() && enclosing == null) {
            throw new IllegalArgumentException("no type arguments: " + rawType);
        }
        for (TypeName a : typeArguments) {
            if (a.isPrimitive() || a == VOID) {
                throw new IllegalArgumentException("invalid type parameter: " + a);
            }
        }
        this.enclosing = enclosing;
        this.rawType = rawType;
        this.typeArguments = List.copyOf(typeArguments);
    }

    public static ParameterizedTypeName get(ClassName rawType, TypeName... typeArguments) {
        return new ParameterizedTypeName(null, rawType, List.of(typeArguments));
    }

    @Override
    void emit(SourceWriter out) {
        if (enclosing != null) {
            enclosing.emit(out);
            out.emitAndIndent(".");
            out.emitAndIndent(rawType.simpleName());
        } else {
            rawType.emit(out);
        }
        if (!typeArguments.isEmpty()) {
            out.emitAndIndent("<");
            for (int i = 0; i < typeArguments.size(); i++) {
                if (i > 0) {
                    out.emitAndIndent(", ");
                }
                typeArguments.get(i).emit(out);
            }
            out.emitAndIndent(">");
        }
    }
}
