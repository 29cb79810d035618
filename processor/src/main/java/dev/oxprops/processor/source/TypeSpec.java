package dev.oxprops.processor.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * A class, enum, record or anonymous class. Members print in a fixed order whatever the order they were added in:
 * enum constants, static fields, instance fields, the compact constructor, constructors, methods, nested types.
 */
public final class TypeSpec {
    /** The kinds of type generated code declares. */
    enum Kind {
        CLASS("class"), RECORD("record"), ENUM("enum");

        final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }
    }

    final Kind kind;
    final String name;
    final CodeBlock anonymousTypeArguments;
    final CodeBlock javadoc;
    final List<AnnotationSpec> annotations;
    final Set<Modifier> modifiers;
    final List<TypeName> superinterfaces;
    final Map<String, TypeSpec> enumConstants;
    final List<FieldSpec> fieldSpecs;
    final List<MethodSpec> methodSpecs;
    final List<TypeSpec> typeSpecs;
    final Set<String> nestedTypesSimpleNames;
    final List<Element> originatingElements;
    final Set<String> alwaysQualifiedNames;
    final MethodSpec recordConstructor;

    private TypeSpec(Builder b) {
        this.kind = b.kind;
        this.name = b.name;
        this.anonymousTypeArguments = b.anonymousTypeArguments;
        this.javadoc = b.javadoc.build();
        this.annotations = List.copyOf(b.annotations);
        this.modifiers = Collections.unmodifiableSet(new LinkedHashSet<>(b.modifiers));
        this.superinterfaces = List.copyOf(b.superinterfaces);
        this.enumConstants = Collections.unmodifiableMap(new LinkedHashMap<>(b.enumConstants));
        this.fieldSpecs = List.copyOf(b.fieldSpecs);
        this.methodSpecs = List.copyOf(b.methodSpecs);
        this.typeSpecs = List.copyOf(b.typeSpecs);
        this.alwaysQualifiedNames = Collections.unmodifiableSet(new LinkedHashSet<>(b.alwaysQualifiedNames));
        this.recordConstructor = b.recordConstructor;
        Set<String> nested = new HashSet<>();
        List<Element> origins = new ArrayList<>(b.originatingElements);
        for (TypeSpec t : b.typeSpecs) {
            nested.add(t.name);
            origins.addAll(t.originatingElements);
        }
        this.nestedTypesSimpleNames = nested;
        this.originatingElements = List.copyOf(origins);
    }

    public static Builder classBuilder(String name) {
        return new Builder(Kind.CLASS, name, null);
    }

    public static Builder classBuilder(ClassName name) {
        return classBuilder(name.simpleName());
    }

    public static Builder recordBuilder(String name) {
        return new Builder(Kind.RECORD, name, null);
    }

    public static Builder recordBuilder(ClassName name) {
        return recordBuilder(name.simpleName());
    }

    public static Builder enumBuilder(String name) {
        return new Builder(Kind.ENUM, name, null);
    }

    public static Builder enumBuilder(ClassName name) {
        return enumBuilder(name.simpleName());
    }

    public static Builder anonymousClassBuilder(String typeArgumentsFormat, Object... args) {
        return new Builder(Kind.CLASS, null, CodeBlock.of(typeArgumentsFormat, args));
    }

    public String name() {
        return name;
    }

    /** The elements the type was generated from (with those of its nested types). */
    public List<Element> originatingElements() {
        return originatingElements;
    }

    /** A builder holding this type's parts (without a record constructor). */
    public Builder toBuilder() {
        Builder b = new Builder(kind, name, anonymousTypeArguments);
        b.javadoc.add(javadoc);
        b.annotations.addAll(annotations);
        b.modifiers.addAll(modifiers);
        b.superinterfaces.addAll(superinterfaces);
        b.enumConstants.putAll(enumConstants);
        b.fieldSpecs.addAll(fieldSpecs);
        b.methodSpecs.addAll(methodSpecs);
        b.typeSpecs.addAll(typeSpecs);
        b.originatingElements.addAll(originatingElements);
        b.alwaysQualifiedNames.addAll(alwaysQualifiedNames);
        return b;
    }

    /** Writes this type: a declaration, an enum constant ({@code enumName} not null) or an anonymous class. */
    void emit(SourceWriter w, String enumName, Set<Modifier> implicitModifiers) {
        int previousStatementLine = w.statementLine;
        w.statementLine = -1;
        try {
            if (enumName != null) {
                w.emitJavadoc(javadoc);
                w.emitAnnotations(annotations, false);
                w.emitAndIndent(enumName);
                if (!anonymousTypeArguments.isEmpty()) {
                    w.emitAndIndent("(");
                    w.emit(anonymousTypeArguments);
                    w.emitAndIndent(")");
                }
                if (fieldSpecs.isEmpty() && methodSpecs.isEmpty() && typeSpecs.isEmpty()) {
                    return;
                }
                w.emitAndIndent(" {\n");
            } else if (anonymousTypeArguments != null) {
                w.emitAndIndent("new ");
                (superinterfaces.isEmpty() ? ClassName.get(Object.class) : superinterfaces.get(0)).emit(w);
                w.emitAndIndent("(");
                w.emit(anonymousTypeArguments);
                w.emitAndIndent(") {\n");
            } else {
                emitHeader(w, implicitModifiers);
            }
            emitMembers(w);
            w.emitAndIndent("}");
            if (enumName == null && anonymousTypeArguments == null) {
                w.emitAndIndent("\n");
            }
        } finally {
            w.statementLine = previousStatementLine;
        }
    }

    private void emitHeader(SourceWriter w, Set<Modifier> implicitModifiers) {
        w.pushType(name, Set.of());
        w.emitJavadoc(javadoc);
        w.emitAnnotations(annotations, false);
        Set<Modifier> implicit = EnumSet.noneOf(Modifier.class);
        implicit.addAll(implicitModifiers);
        if (kind == Kind.ENUM) {
            implicit.add(Modifier.STATIC);
        }
        w.emitModifiers(modifiers, implicit);
        w.emitAndIndent(kind.keyword);
        w.emitAndIndent(" ");
        w.emitAndIndent(name);
        if (kind == Kind.RECORD) {
            w.emitParameters(recordConstructor != null ? recordConstructor.parameters : List.of());
        }
        for (int i = 0; i < superinterfaces.size(); i++) {
            w.emitAndIndent(i == 0 ? " implements" : ",");
            w.emitAndIndent(" ");
            superinterfaces.get(i).emit(w);
        }
        w.popType();
        w.emitAndIndent(" {\n");
    }

    private void emitMembers(SourceWriter w) {
        w.pushType(name, nestedTypesSimpleNames);
        w.indent(1);
        boolean first = true;
        boolean separator = kind == Kind.ENUM && !(fieldSpecs.isEmpty() && methodSpecs.isEmpty() && typeSpecs.isEmpty());
        for (Iterator<Map.Entry<String, TypeSpec>> i = enumConstants.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<String, TypeSpec> constant = i.next();
            if (!first) {
                w.emitAndIndent("\n");
            }
            constant.getValue().emit(w, constant.getKey(), Set.of());
            first = false;
            if (i.hasNext()) {
                w.emitAndIndent(",\n");
            } else if (!separator) {
                w.emitAndIndent("\n");
            }
        }
        if (separator) {
            w.emitAndIndent(";\n");
        }
        for (int pass = 0; pass < 2; pass++) {
            for (FieldSpec f : fieldSpecs) {
                if (f.modifiers.contains(Modifier.STATIC) == (pass == 0)) {
                    first = separate(w, first);
                    f.emit(w, Set.of());
                }
            }
        }
        if (recordConstructor != null && !recordConstructor.code.isEmpty()) {
            first = separate(w, first);
            recordConstructor.emit(w, name, Set.of());
        }
        for (int pass = 0; pass < 2; pass++) {
            for (MethodSpec m : methodSpecs) {
                if (m.isConstructor() == (pass == 0)) {
                    first = separate(w, first);
                    m.emit(w, name, Set.of());
                }
            }
        }
        for (TypeSpec t : typeSpecs) {
            first = separate(w, first);
            t.emit(w, null, Set.of());
        }
        w.unindent(1);
        w.popType();
    }

    /** A blank line before every member but the first. */
    private static boolean separate(SourceWriter w, boolean first) {
        if (!first) {
            w.emitAndIndent("\n");
        }
        return false;
    }

    /** Builds a type. */
    public static final class Builder {
        private final Kind kind;
        private final String name;
        private final CodeBlock anonymousTypeArguments;
        private final CodeBlock.Builder javadoc = CodeBlock.builder();
        private final List<AnnotationSpec> annotations = new ArrayList<>();
        private final List<Modifier> modifiers = new ArrayList<>();
        private final List<TypeName> superinterfaces = new ArrayList<>();
        private final Map<String, TypeSpec> enumConstants = new LinkedHashMap<>();
        private final List<FieldSpec> fieldSpecs = new ArrayList<>();
        private final List<MethodSpec> methodSpecs = new ArrayList<>();
        private final List<TypeSpec> typeSpecs = new ArrayList<>();
        private final List<Element> originatingElements = new ArrayList<>();
        private final Set<String> alwaysQualifiedNames = new LinkedHashSet<>();
        private MethodSpec recordConstructor;

        private Builder(Kind kind, String name, CodeBlock anonymousTypeArguments) {
            this.kind = kind;
            this.name = name;
            this.anonymousTypeArguments = anonymousTypeArguments;
        }

        public Builder addJavadoc(String format, Object... args) {
            javadoc.add(format, args);
            return this;
        }

        public Builder addAnnotation(AnnotationSpec annotation) {
            annotations.add(annotation);
            return this;
        }

        public Builder addModifiers(Modifier... more) {
            Collections.addAll(modifiers, more);
            return this;
        }

        public Builder addSuperinterface(TypeName type) {
            superinterfaces.add(type);
            return this;
        }

        public Builder recordConstructor(MethodSpec constructor) {
            recordConstructor = constructor;
            return this;
        }

        public Builder addEnumConstant(String constant) {
            return addEnumConstant(constant, anonymousClassBuilder("").build());
        }

        public Builder addEnumConstant(String constant, TypeSpec body) {
            enumConstants.put(constant, body);
            return this;
        }

        public Builder addField(FieldSpec field) {
            fieldSpecs.add(field);
            return this;
        }

        public Builder addField(TypeName type, String fieldName, Modifier... fieldModifiers) {
            return addField(FieldSpec.builder(type, fieldName, fieldModifiers).build());
        }

        public Builder addField(Class<?> type, String fieldName, Modifier... fieldModifiers) {
            return addField(TypeName.get(type), fieldName, fieldModifiers);
        }

        public Builder addFields(Iterable<FieldSpec> fields) {
            for (FieldSpec f : fields) {
                fieldSpecs.add(f);
            }
            return this;
        }

        public Builder addMethod(MethodSpec method) {
            methodSpecs.add(method);
            return this;
        }

        public Builder addMethods(Iterable<MethodSpec> methods) {
            for (MethodSpec m : methods) {
                methodSpecs.add(m);
            }
            return this;
        }

        public Builder addType(TypeSpec type) {
            typeSpecs.add(type);
            return this;
        }

        public Builder addTypes(Iterable<TypeSpec> types) {
            for (TypeSpec t : types) {
                typeSpecs.add(t);
            }
            return this;
        }

        public Builder addOriginatingElement(Element element) {
            originatingElements.add(element);
            return this;
        }

        /** Simple names always written qualified (a type of the same name would otherwise hide them). */
        public Builder alwaysQualify(String... simpleNames) {
            Collections.addAll(alwaysQualifiedNames, simpleNames);
            return this;
        }

        public TypeSpec build() {
            return new TypeSpec(this);
        }
    }
}
