package dev.oxprops.processor.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a file's code with imports and indentation, the way JavaPoet 0.22 prints it (same text, byte for byte).
 *
 * <p>A file is walked twice: a first walk with no output only decides names ({@link #lookupName}: which classes can be
 * imported), the second writes the text. Text is split into lines by hand, not by a regular expression.
 */
final class SourceWriter {
    private static final Modifier[] MODIFIERS = Modifier.values();

    private final LineWrapper out;
    private final String indent;
    private final Map<String, ClassName> importedTypes;
    private final Set<String> alwaysQualify;
    private final Map<String, ClassName> importableTypes = new LinkedHashMap<>();
    private final Set<String> referencedNames = new HashSet<>();
    /** The names of the types being written, outermost first, and the simple names of the types nested in each. */
    private final List<String> typeNames = new ArrayList<>();
    private final List<Set<String>> nestedNames = new ArrayList<>();
    private String packageName = "";
    private int indentLevel;
    private boolean javadoc;
    private boolean comment;
    private boolean trailingNewline;
    /** The line of the statement being written (wrapped lines get two more indents), or -1 outside statements. */
    int statementLine = -1;

    /** A writer into {@code text}, or (null) a first walk that only collects the names to import. */
    SourceWriter(StringBuilder text, String indent, Map<String, ClassName> importedTypes, Set<String> alwaysQualify) {
        this.out = text == null ? null : new LineWrapper(text, indent);
        this.indent = indent;
        this.importedTypes = importedTypes;
        this.alwaysQualify = alwaysQualify;
    }

    Map<String, ClassName> importedTypes() {
        return importedTypes;
    }

    /** The imports the first walk found: the first class of each simple name, except names of the same package. */
    Map<String, ClassName> suggestedImports() {
        Map<String, ClassName> result = new LinkedHashMap<>(importableTypes);
        result.keySet().removeAll(referencedNames);
        return result;
    }

    void pushPackage(String name) {
        packageName = name;
    }

    /** Enters a type named {@code name} in which {@code nested} name its nested types. */
    void pushType(String name, Set<String> nested) {
        typeNames.add(name);
        nestedNames.add(nested);
    }

    void popType() {
        typeNames.remove(typeNames.size() - 1);
        nestedNames.remove(nestedNames.size() - 1);
    }

    void indent(int levels) {
        indentLevel += levels;
    }

    void unindent(int levels) {
        if (indentLevel - levels < 0) {
            throw new IllegalArgumentException("cannot unindent " + levels + " from " + indentLevel);
        }
        indentLevel -= levels;
    }

    void emitComment(CodeBlock block) {
        trailingNewline = true;
        comment = true;
        try {
            emit(block);
            emitAndIndent("\n");
        } finally {
            comment = false;
        }
    }

    void emitJavadoc(CodeBlock block) {
        if (block.isEmpty()) {
            return;
        }
        emitAndIndent("/**\n");
        javadoc = true;
        try {
            emit(block, true);
        } finally {
            javadoc = false;
        }
        emitAndIndent(" */\n");
    }

    void emitAnnotations(List<AnnotationSpec> annotations, boolean inline) {
        for (AnnotationSpec a : annotations) {
            a.emit(this, inline);
            emitAndIndent(inline ? " " : "\n");
        }
    }

    /** The modifiers in their standard order, without {@code implicit} ones. */
    void emitModifiers(Set<Modifier> modifiers, Set<Modifier> implicit) {
        if (modifiers.isEmpty()) {
            return;
        }
        for (Modifier m : MODIFIERS) {
            if (modifiers.contains(m) && !implicit.contains(m)) {
                emitAndIndent(m.toString());
                emitAndIndent(" ");
            }
        }
    }

    void emitParameters(List<ParameterSpec> parameters) {
        emitAndIndent("(");
        wrapPoint(false);
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                emitAndIndent(",");
                wrapPoint(true);
            }
            parameters.get(i).emit(this);
        }
        emitAndIndent(")");
    }

    void wrapPoint(boolean space) {
        if (out != null) {
            if (space) {
                out.wrappingSpace(indentLevel + 2);
            } else {
                out.zeroWidthSpace(indentLevel + 2);
            }
        }
    }

    void emit(CodeBlock block) {
        emit(block, false);
    }

    void emit(CodeBlock block, boolean ensureTrailingNewline) {
        int a = 0;
        for (String part : block.parts) {
            if (part.charAt(0) != '$') {
                emitAndIndent(part);
                continue;
            }
            switch (part.charAt(1)) {
                case 'L':
                    emitLiteral(block.args[a++]);
                    break;
                case 'N':
                    emitAndIndent((String) block.args[a++]);
                    break;
                case 'S':
                    String s = (String) block.args[a++];
                    emitAndIndent(s == null ? "null" : Strings.literal(s, indent));
                    break;
                case 'T':
                    ((TypeName) block.args[a++]).emit(this);
                    break;
                case '$':
                    emitAndIndent("$");
                    break;
                case '>':
                    indent(1);
                    break;
                case '<':
                    unindent(1);
                    break;
                case '[':
                    if (statementLine != -1) {
                        throw new IllegalStateException("statement enter $[ followed by statement enter $[");
                    }
                    statementLine = 0;
                    break;
                case ']':
                    if (statementLine == -1) {
                        throw new IllegalStateException("statement exit $] has no matching statement enter $[");
                    }
                    if (statementLine > 0) {
                        unindent(2);
                    }
                    statementLine = -1;
                    break;
                case 'W':
                    wrapPoint(true);
                    break;
                default:
                    wrapPoint(false);
                    break;
            }
        }
        if (ensureTrailingNewline && out != null && out.lastChar() != '\n') {
            emitAndIndent("\n");
        }
    }

    private void emitLiteral(Object o) {
        if (o instanceof TypeSpec) {
            ((TypeSpec) o).emit(this, null, Set.of());
        } else if (o instanceof AnnotationSpec) {
            ((AnnotationSpec) o).emit(this, true);
        } else if (o instanceof CodeBlock) {
            emit((CodeBlock) o);
        } else {
            emitAndIndent(String.valueOf(o));
        }
    }

    /**
     * The shortest name of {@code c} here: its simple name (or a suffix from an enclosing class) when that resolves to
     * it, through the nested types in scope or the imports; else its qualified name, and the class is noted as one
     * to import.
     */
    String lookupName(ClassName c) {
        boolean resolvedOther = false;
        for (ClassName e = c; e != null; e = e.enclosingClassName()) {
            ClassName resolved = resolve(e.simpleName());
            resolvedOther = resolved != null;
            if (resolved != null && resolved.canonicalName().equals(e.canonicalName())) {
                if (e == c) {
                    return c.simpleName();
                }
                List<String> names = c.simpleNames();
                return String.join(".", names.subList(e.simpleNames().size() - 1, names.size()));
            }
        }
        if (resolvedOther) {
            return c.canonicalName();
        }
        if (packageName.equals(c.packageName())) {
            referencedNames.add(c.topLevelClassName().simpleName());
            return c.enclosingClassName() == null ? c.simpleName() : String.join(".", c.simpleNames());
        }
        if (!c.packageName().isEmpty() && !alwaysQualify.contains(c.simpleName())) {
            ClassName top = c.topLevelClassName();
            importableTypes.putIfAbsent(top.simpleName(), top);
        }
        return c.canonicalName();
    }

    /** The class {@code simpleName} means here: a nested type in scope, the top-level type, or an import. */
    private ClassName resolve(String simpleName) {
        for (int i = nestedNames.size() - 1; i >= 0; i--) {
            if (nestedNames.get(i).contains(simpleName)) {
                ClassName c = ClassName.get(packageName, typeNames.get(0));
                for (int j = 1; j <= i; j++) {
                    c = c.nestedClass(typeNames.get(j));
                }
                return c.nestedClass(simpleName);
            }
        }
        if (!typeNames.isEmpty() && typeNames.get(0).equals(simpleName)) {
            return ClassName.get(packageName, simpleName);
        }
        return importedTypes.get(simpleName);
    }

    /**
     * Writes {@code s}, indenting each line lazily (no trailing blanks) and starting javadoc and comment lines with
     * their prefix. Lines break at any of Java's line terminators ({@code \r\n} counting as one).
     */
    void emitAndIndent(String s) {
        if (out == null) {
            return;
        }
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : '\n';
            if (i < n && !isLineBreak(c)) {
                continue;
            }
            if (start > 0) {
                newLine();
            }
            if (i > start) {
                if (trailingNewline) {
                    emitIndentation();
                    if (javadoc) {
                        out.append(" * ");
                    } else if (comment) {
                        out.append("// ");
                    }
                }
                out.append(s.substring(start, i));
                trailingNewline = false;
            }
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    private void newLine() {
        if ((javadoc || comment) && trailingNewline) {
            emitIndentation();
            out.append(javadoc ? " *" : "//");
        }
        out.newLine();
        trailingNewline = true;
        if (statementLine != -1) {
            if (statementLine == 0) {
                indent(2);
            }
            statementLine++;
        }
    }

    private void emitIndentation() {
        for (int j = 0; j < indentLevel; j++) {
            out.append(indent);
        }
    }
}
