package dev.oxprops.processor.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A field: javadoc, annotations, modifiers, type, name and initializer. */
public final class FieldSpec {
    final TypeName type;
    final String name;
    final CodeBlock javadoc;
    final Set<Modifier> modifiers;
    final CodeBlock initializer;

    private FieldSpec(Builder b) {
        this.type = b.type;
        this.name = b.name;
        this.javadoc = b.javadoc.build();
        this.modifiers = Collections.unmodifiableSet(new LinkedHashSet<>(b.modifiers));
        this.initializer = b.initializer == null ? CodeBlock.builder().build() : b.initializer;
    }

    public static Builder builder(TypeName type, String name, Modifier... modifiers) {
        return new Builder(type, name).addModifiers(modifiers);
    }

    public static Builder builder(Class<?> type, String name, Modifier... modifiers) {
        return builder(TypeName.get(type), name, modifiers);
    }

    void emit(SourceWriter w, Set<Modifier> implicitModifiers) {
        w.emitJavadoc(javadoc);
        w.emitModifiers(modifiers, implicitModifiers);
        type.emit(w);
        w.emitAndIndent(" ");
        w.emitAndIndent(name);
        if (!initializer.isEmpty()) {
            w.emitAndIndent(" = ");
            w.emit(initializer);
        }
        w.emitAndIndent(";\n");
    }

    /** Builds a field. */
    public static final class Builder {
        private final TypeName type;
        private final String name;
        private final CodeBlock.Builder javadoc = CodeBlock.builder();
        private final List<Modifier> modifiers = new ArrayList<>();
        private CodeBlock initializer;

        private Builder(TypeName type, String name) {
            this.type = type;
            this.name = name;
        }

        public Builder addJavadoc(String format, Object... args) {
            javadoc.add(format, args);
            return this;
        }

        public Builder addModifiers(Modifier... more) {
            Collections.addAll(modifiers, more);
            return this;
        }

        public Builder initializer(String format, Object... args) {
            return initializer(CodeBlock.of(format, args));
        }

        public Builder initializer(CodeBlock block) {
            if (initializer != null) {
                throw new IllegalStateException("initializer was already set");
            }
            initializer = block;
            return this;
        }

        public FieldSpec build() {
            return new FieldSpec(this);
        }
    }
}
