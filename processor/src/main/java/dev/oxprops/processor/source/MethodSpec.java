package dev.oxprops.processor.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A method, constructor or compact record constructor. */
public final class MethodSpec {
    private static final String CONSTRUCTOR = "<init>";

    final String name;
    final CodeBlock javadoc;
    final List<AnnotationSpec> annotations;
    final Set<Modifier> modifiers;
    final TypeName returnType;
    final List<ParameterSpec> parameters;
    final CodeBlock code;
    final boolean compact;
    private final boolean constructor;

    private MethodSpec(Builder b) {
        this.name = b.name;
        this.javadoc = b.javadoc.build();
        this.annotations = List.copyOf(b.annotations);
        this.modifiers = Collections.unmodifiableSet(new LinkedHashSet<>(b.modifiers));
        this.returnType = b.returnType;
        this.parameters = List.copyOf(b.parameters);
        this.code = b.code.build();
        this.compact = b.compact;
        this.constructor = b.name.equals(CONSTRUCTOR);
    }

    public static Builder methodBuilder(String name) {
        return new Builder(name, false);
    }

    public static Builder constructorBuilder() {
        return new Builder(CONSTRUCTOR, false);
    }

    public static Builder compactConstructorBuilder() {
        return new Builder(CONSTRUCTOR, true);
    }

    boolean isConstructor() {
        return constructor;
    }

    void emit(SourceWriter w, String enclosingName, Set<Modifier> implicitModifiers) {
        w.emitJavadoc(javadoc);
        w.emitAnnotations(annotations, false);
        w.emitModifiers(modifiers, implicitModifiers);
        if (compact) {
            w.emitAndIndent(enclosingName);
        } else if (isConstructor()) {
            w.emitAndIndent(enclosingName);
            w.emitParameters(parameters);
        } else {
            returnType.emit(w);
            w.emitAndIndent(" ");
            w.emitAndIndent(name);
            w.emitParameters(parameters);
        }
        if (modifiers.contains(Modifier.ABSTRACT)) {
            w.emitAndIndent(";\n");
            return;
        }
        w.emitAndIndent(" {\n");
        w.indent(1);
        w.emit(code, true);
        w.unindent(1);
        w.emitAndIndent("}\n");
    }

    /** Builds a method. */
    public static final class Builder {
        private final String name;
        private final boolean compact;
        private final CodeBlock.Builder javadoc = CodeBlock.builder();
        private final List<AnnotationSpec> annotations = new ArrayList<>();
        private final List<Modifier> modifiers = new ArrayList<>();
        private final List<ParameterSpec> parameters = new ArrayList<>();
        private final CodeBlock.Builder code = CodeBlock.builder();
        private TypeName returnType;

        private Builder(String name, boolean compact) {
            this.name = name;
            this.compact = compact;
            this.returnType = name.equals(CONSTRUCTOR) ? null : TypeName.VOID;
        }

        public Builder addJavadoc(String format, Object... args) {
            javadoc.add(format, args);
            return this;
        }

        public Builder addAnnotation(ClassName type) {
            annotations.add(AnnotationSpec.builder(type).build());
            return this;
        }

        public Builder addAnnotation(Class<?> type) {
            return addAnnotation(ClassName.get(type));
        }

        public Builder addModifiers(Modifier... more) {
            Collections.addAll(modifiers, more);
            return this;
        }

        public Builder returns(TypeName type) {
            if (name.equals(CONSTRUCTOR)) {
                throw new IllegalStateException("constructor cannot have return type.");
            }
            returnType = type;
            return this;
        }

        public Builder returns(Class<?> type) {
            return returns(TypeName.get(type));
        }

        public Builder addParameter(ParameterSpec parameter) {
            parameters.add(parameter);
            return this;
        }

        public Builder addParameter(TypeName type, String name, Modifier... modifiers) {
            return addParameter(ParameterSpec.builder(type, name, modifiers).build());
        }

        public Builder addParameter(Class<?> type, String name, Modifier... modifiers) {
            return addParameter(TypeName.get(type), name, modifiers);
        }

        public Builder addParameters(Iterable<ParameterSpec> more) {
            for (ParameterSpec p : more) {
                parameters.add(p);
            }
            return this;
        }

        public Builder addCode(String format, Object... args) {
            code.add(format, args);
            return this;
        }

        public Builder addCode(CodeBlock block) {
            code.add(block);
            return this;
        }

        public Builder addStatement(String format, Object... args) {
            code.addStatement(format, args);
            return this;
        }

        public Builder addStatement(CodeBlock block) {
            code.addStatement(block);
            return this;
        }

        public Builder beginControlFlow(String controlFlow, Object... args) {
            code.beginControlFlow(controlFlow, args);
            return this;
        }

        public Builder nextControlFlow(String controlFlow, Object... args) {
            code.nextControlFlow(controlFlow, args);
            return this;
        }

        public Builder endControlFlow() {
            code.endControlFlow();
            return this;
        }

        public MethodSpec build() {
            return new MethodSpec(this);
        }
    }
}
