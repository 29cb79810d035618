package dev.oxprops.processor.source;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/** A Java source file: a file comment, a package, imports and one top-level type. */
public final class JavaFile {
    final String packageName;
    private final TypeSpec typeSpec;
    final CodeBlock fileComment;
    final boolean skipJavaLangImports;
    final String indent;
    private final Set<String> alwaysQualify = new LinkedHashSet<>();

    private JavaFile(Builder b) {
        this.packageName = b.packageName;
        this.typeSpec = b.typeSpec;
        this.fileComment = b.fileComment.build();
        this.skipJavaLangImports = b.skipJavaLangImports;
        this.indent = b.indent;
        List<TypeSpec> todo = new ArrayList<>(List.of(typeSpec));
        while (!todo.isEmpty()) {
            TypeSpec t = todo.remove(todo.size() - 1);
            alwaysQualify.addAll(t.alwaysQualifiedNames);
            todo.addAll(t.typeSpecs);
        }
    }

    public static Builder builder(String packageName, TypeSpec typeSpec) {
        return new Builder(packageName, typeSpec);
    }

    public String packageName() {
        return packageName;
    }

    public TypeSpec typeSpec() {
        return typeSpec;
    }

    /**
     * Writes {@code text}, this file as rendered (by {@link #toString()}, possibly on another thread), through
     * {@code filer} under the top-level type's name, with its originating elements.
     */
    public void writeTo(Filer filer, String text) throws IOException {
        String name = packageName.isEmpty() ? typeSpec.name() : packageName + "." + typeSpec.name();
        JavaFileObject out = filer.createSourceFile(name, typeSpec.originatingElements().toArray(new Element[0]));
        try (Writer w = out.openWriter()) {
            w.write(text);
        }
    }

    /**
     * The file's text. A first walk over the file writes nothing and finds the classes that can be imported; the
     * second writes the text.
     */
    @Override
    public String toString() {
        SourceWriter names = new SourceWriter(null, indent, Map.of(), alwaysQualify);
        emit(names);
        StringBuilder text = new StringBuilder(1 << 14);
        SourceWriter w = new SourceWriter(text, indent, names.suggestedImports(), alwaysQualify);
        emit(w);
        return text.toString();
    }

    private void emit(SourceWriter w) {
        w.pushPackage(packageName);
        if (!fileComment.isEmpty()) {
            w.emitComment(fileComment);
        }
        if (!packageName.isEmpty()) {
            w.emitAndIndent("package ");
            w.emitAndIndent(packageName);
            w.emitAndIndent(";\n");
            w.emitAndIndent("\n");
        }
        int imports = 0;
        for (ClassName c : new TreeSet<>(w.importedTypes().values())) {
            if (skipJavaLangImports && c.packageName().equals("java.lang") && !alwaysQualify.contains(c.simpleName())) {
                continue;
            }
            w.emitAndIndent("import ");
            w.emitAndIndent(c.canonicalName());
            w.emitAndIndent(";\n");
            imports++;
        }
        if (imports > 0) {
            w.emitAndIndent("\n");
        }
        typeSpec.emit(w, null, Set.of());
    }

    /** Builds a file. */
    public static final class Builder {
        private final String packageName;
        private final TypeSpec typeSpec;
        private final CodeBlock.Builder fileComment = CodeBlock.builder();
        private boolean skipJavaLangImports;
        private String indent = "  ";

        private Builder(String packageName, TypeSpec typeSpec) {
            this.packageName = packageName;
            this.typeSpec = typeSpec;
        }

        public Builder addFileComment(String format, Object... args) {
            fileComment.add(format, args);
            return this;
        }

        public Builder skipJavaLangImports(boolean skip) {
            skipJavaLangImports = skip;
            return this;
        }

        public Builder indent(String value) {
            indent = value;
            return this;
        }

        public JavaFile build() {
            return new JavaFile(this);
        }
    }
}
