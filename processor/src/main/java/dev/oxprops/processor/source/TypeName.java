package dev.oxprops.processor.source;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * A Java type as generated code names it: a primitive (or {@code void}), a class, a parameterized class, an array, a
 * wildcard or a type variable. Two type names are equal when they print the same ({@link #toString}: qualified names).
 */
public class TypeName {
    public static final TypeName VOID = new TypeName("void");
    public static final TypeName BOOLEAN = new TypeName("boolean");
    public static final TypeName BYTE = new TypeName("byte");
    public static final TypeName SHORT = new TypeName("short");
    public static final TypeName INT = new TypeName("int");
    public static final TypeName LONG = new TypeName("long");
    public static final TypeName CHAR = new TypeName("char");
    public static final TypeName FLOAT = new TypeName("float");
    public static final TypeName DOUBLE = new TypeName("double");

    private static final TypeName[] PRIMITIVES = {VOID, BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE};
    private static final String[] BOXES = {"Void", "Boolean", "Byte", "Short", "Integer", "Long", "Character", "Float",
        "Double"};

    /** The keyword of a primitive or {@code void}, the name of a type variable; null for other types. */
    final String keyword;
    private String text;

    TypeName(String keyword) {
        this.keyword = keyword;
    }

    /** A type variable's use (its name alone). */
    static TypeName variable(String name) {
        return new TypeName(name) {
            @Override
            public boolean isPrimitive() {
                return false;
            }
        };
    }

    public boolean isPrimitive() {
        return keyword != null && this != VOID;
    }

    /** The wrapper class of a primitive; other types unchanged. */
    public TypeName box() {
        for (int i = 0; i < PRIMITIVES.length; i++) {
            if (this == PRIMITIVES[i]) {
                return ClassName.get("java.lang", BOXES[i]);
            }
        }
        return this;
    }

    /** The primitive of a wrapper class; primitives unchanged; anything else is refused. */
    public TypeName unbox() {
        if (keyword != null) {
            return this;
        }
        for (int i = 0; i < PRIMITIVES.length; i++) {
            if (toString().equals("java.lang." + BOXES[i])) {
                return PRIMITIVES[i];
            }
        }
        throw new UnsupportedOperationException("cannot unbox " + this);
    }

    /** The type of a class object: a primitive, an array or a class. */
    public static TypeName get(Class<?> type) {
        if (type.isPrimitive()) {
            for (TypeName p : PRIMITIVES) {
                if (p.keyword.equals(type.getName())) {
                    return p;
                }
            }
        }
        if (type.isArray()) {
            return ArrayTypeName.of(get(type.getComponentType()));
        }
        return ClassName.get(type);
    }

    /** The type of a type mirror (as javac or ecj model it). */
    public static TypeName get(TypeMirror mirror) {
        TypeKind kind = mirror.getKind();
        if (kind.isPrimitive() || kind == TypeKind.VOID) {
            for (TypeName p : PRIMITIVES) {
                if (p.keyword.equals(kind.name().toLowerCase(java.util.Locale.ROOT))) {
                    return p;
                }
            }
        }
        switch (kind) {
            case DECLARED:
            case ERROR:
                return declared((DeclaredType) mirror);
            case ARRAY:
                return ArrayTypeName.of(get(((ArrayType) mirror).getComponentType()));
            case TYPEVAR:
                return variable(mirror.toString());
            case WILDCARD:
                WildcardType w = (WildcardType) mirror;
                if (w.getSuperBound() != null) {
                    return WildcardTypeName.supertypeOf(get(w.getSuperBound()));
                }
                return w.getExtendsBound() == null ? WildcardTypeName.subtypeOf(Object.class)
                        : WildcardTypeName.subtypeOf(get(w.getExtendsBound()));
            default:
                throw new IllegalArgumentException("Unexpected type mirror: " + mirror);
        }
    }

    private static TypeName declared(DeclaredType t) {
        ClassName raw = ClassName.get((TypeElement) t.asElement());
        TypeMirror enclosingType = t.getEnclosingType();
        TypeName enclosing = enclosingType.getKind() != TypeKind.NONE
                && !t.asElement().getModifiers().contains(Modifier.STATIC) ? get(enclosingType) : null;
        if (t.getTypeArguments().isEmpty() && !(enclosing instanceof ParameterizedTypeName)) {
            return raw;
        }
        List<TypeName> args = new ArrayList<>();
        for (TypeMirror a : t.getTypeArguments()) {
            args.add(get(a));
        }
        return new ParameterizedTypeName(enclosing instanceof ParameterizedTypeName
                ? (ParameterizedTypeName) enclosing : null, raw, args);
    }

    /** Writes this type where code names it. */
    void emit(SourceWriter out) {
        out.emitAndIndent(keyword);
    }

    @Override
    public final boolean equals(Object o) {
        return this == o || o != null && getClass() == o.getClass() && toString().equals(o.toString());
    }

    @Override
    public final int hashCode() {
        return toString().hashCode();
    }

    @Override
    public final String toString() {
        String t = text;
        if (t == null) {
            StringBuilder b = new StringBuilder();
            SourceWriter w = new SourceWriter(b, "  ", java.util.Map.of(), java.util.Set.of());
            emit(w);
            text = t = b.toString();
        }
        return t;
    }
}
