package dev.oxprops.processor.source;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The oracle of the differential tests: the same file as a JavaPoet 0.22 model (the library the processor used
 * before), rendered by JavaPoet. Each of our parts maps to JavaPoet's part of the same name; code blocks keep their
 * parsed parts, so the format given to JavaPoet is the one the writers gave us.
 */
public final class Poet {
    private Poet() {}

    /** The text JavaPoet renders for {@code file}. */
    public static String render(JavaFile file) {
        return convert(file).toString();
    }

    static com.palantir.javapoet.JavaFile convert(JavaFile f) {
        com.palantir.javapoet.JavaFile.Builder b = com.palantir.javapoet.JavaFile.builder(f.packageName, type(f.typeSpec()))
                .skipJavaLangImports(f.skipJavaLangImports).indent(f.indent);
        if (!f.fileComment.isEmpty()) {
            b.addFileComment("$L", code(f.fileComment));
        }
        return b.build();
    }

    static com.palantir.javapoet.TypeSpec type(TypeSpec t) {
        com.palantir.javapoet.TypeSpec.Builder b;
        if (t.anonymousTypeArguments != null) {
            b = com.palantir.javapoet.TypeSpec.anonymousClassBuilder(code(t.anonymousTypeArguments));
        } else if (t.kind == TypeSpec.Kind.ENUM) {
            b = com.palantir.javapoet.TypeSpec.enumBuilder(t.name);
        } else if (t.kind == TypeSpec.Kind.RECORD) {
            b = com.palantir.javapoet.TypeSpec.recordBuilder(t.name);
        } else {
            b = com.palantir.javapoet.TypeSpec.classBuilder(t.name);
        }
        b.addJavadoc(code(t.javadoc));
        t.annotations.forEach(a -> b.addAnnotation(annotation(a)));
        b.addModifiers(t.modifiers.toArray(new Modifier[0]));
        t.superinterfaces.forEach(s -> b.addSuperinterface(type(s)));
        t.enumConstants.forEach((name, body) -> b.addEnumConstant(name, type(body)));
        t.fieldSpecs.forEach(f -> b.addField(field(f)));
        t.methodSpecs.forEach(m -> b.addMethod(method(m)));
        t.typeSpecs.forEach(n -> b.addType(type(n)));
        t.originatingElements.forEach(b::addOriginatingElement);
        b.alwaysQualify(t.alwaysQualifiedNames.toArray(new String[0]));
        if (t.recordConstructor != null) {
            b.recordConstructor(method(t.recordConstructor));
        }
        return b.build();
    }

    static com.palantir.javapoet.FieldSpec field(FieldSpec f) {
        com.palantir.javapoet.FieldSpec.Builder b = com.palantir.javapoet.FieldSpec.builder(type(f.type), f.name,
                f.modifiers.toArray(new Modifier[0])).addJavadoc(code(f.javadoc));
        if (!f.initializer.isEmpty()) {
            b.initializer(code(f.initializer));
        }
        return b.build();
    }

    static com.palantir.javapoet.MethodSpec method(MethodSpec m) {
        com.palantir.javapoet.MethodSpec.Builder b = m.compact ? com.palantir.javapoet.MethodSpec.compactConstructorBuilder()
                : m.isConstructor() ? com.palantir.javapoet.MethodSpec.constructorBuilder()
                : com.palantir.javapoet.MethodSpec.methodBuilder(m.name).returns(type(m.returnType));
        b.addJavadoc(code(m.javadoc));
        m.annotations.forEach(a -> b.addAnnotation(annotation(a)));
        b.addModifiers(m.modifiers.toArray(new Modifier[0]));
        for (ParameterSpec p : m.parameters) {
            b.addParameter(com.palantir.javapoet.ParameterSpec.builder(type(p.type), p.name,
                    p.modifiers.toArray(new Modifier[0])).build());
        }
        return b.addCode(code(m.code)).build();
    }

    static com.palantir.javapoet.AnnotationSpec annotation(AnnotationSpec a) {
        com.palantir.javapoet.AnnotationSpec.Builder b = com.palantir.javapoet.AnnotationSpec.builder(
                (com.palantir.javapoet.ClassName) type(a.type));
        for (Map.Entry<String, List<CodeBlock>> e : a.members.entrySet()) {
            e.getValue().forEach(v -> b.addMember(e.getKey(), code(v)));
        }
        return b.build();
    }

    static com.palantir.javapoet.CodeBlock code(CodeBlock c) {
        Object[] args = new Object[c.args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = c.args[i];
            args[i] = a instanceof TypeName ? type((TypeName) a) : a instanceof CodeBlock ? code((CodeBlock) a)
                    : a instanceof TypeSpec ? type((TypeSpec) a) : a instanceof AnnotationSpec ? annotation((AnnotationSpec) a) : a;
        }
        return com.palantir.javapoet.CodeBlock.builder().add(String.join("", c.parts), args).build();
    }

    static com.palantir.javapoet.TypeName type(TypeName t) {
        if (t instanceof ClassName) {
            ClassName c = (ClassName) t;
            List<String> names = c.simpleNames();
            return com.palantir.javapoet.ClassName.get(c.packageName(), names.get(0),
                    names.subList(1, names.size()).toArray(new String[0]));
        }
        if (t instanceof ParameterizedTypeName) {
            ParameterizedTypeName p = (ParameterizedTypeName) t;
            com.palantir.javapoet.TypeName[] args = p.typeArguments.stream().map(Poet::type)
                    .toArray(com.palantir.javapoet.TypeName[]::new);
            if (p.enclosing != null) {
                return ((com.palantir.javapoet.ParameterizedTypeName) type(p.enclosing)).nestedClass(p.rawType.simpleName(),
                        List.of(args));
            }
            return com.palantir.javapoet.ParameterizedTypeName.get((com.palantir.javapoet.ClassName) type(p.rawType), args);
        }
        if (t instanceof ArrayTypeName) {
            return com.palantir.javapoet.ArrayTypeName.of(type(((ArrayTypeName) t).componentType));
        }
        if (t instanceof WildcardTypeName) {
            WildcardTypeName w = (WildcardTypeName) t;
            return w.lower ? com.palantir.javapoet.WildcardTypeName.supertypeOf(type(w.bound))
                    : com.palantir.javapoet.WildcardTypeName.subtypeOf(type(w.bound));
        }
        if (t.getClass() != TypeName.class) {
            return com.palantir.javapoet.TypeVariableName.get(t.keyword);
        }
        for (com.palantir.javapoet.TypeName p : List.of(com.palantir.javapoet.TypeName.VOID, com.palantir.javapoet.TypeName.BOOLEAN,
                com.palantir.javapoet.TypeName.BYTE, com.palantir.javapoet.TypeName.SHORT, com.palantir.javapoet.TypeName.INT,
                com.palantir.javapoet.TypeName.LONG, com.palantir.javapoet.TypeName.CHAR, com.palantir.javapoet.TypeName.FLOAT,
                com.palantir.javapoet.TypeName.DOUBLE)) {
            if (p.toString().equals(t.keyword)) {
                return p;
            }
        }
        throw new AssertionError("unknown type " + t);
    }
}
