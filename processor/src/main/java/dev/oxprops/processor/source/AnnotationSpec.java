package dev.oxprops.processor.source;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An annotation use: its type and members, each member one value or several (written as an array). */
public final class AnnotationSpec {
    final ClassName type;
    final Map<String, List<CodeBlock>> members;

    private AnnotationSpec(Builder b) {
        this.type = b.type;
        this.members = new LinkedHashMap<>(b.members);
    }

    public static Builder builder(ClassName type) {
        return new Builder(type);
    }

    public static Builder builder(Class<?> type) {
        return builder(ClassName.get(type));
    }

    void emit(SourceWriter w, boolean inline) {
        String whitespace = inline ? "" : "\n";
        String separator = inline ? ", " : ",\n";
        w.emitAndIndent("@");
        type.emit(w);
        if (members.isEmpty()) {
            return;
        }
        if (members.size() == 1 && members.containsKey("value")) {
            w.emitAndIndent("(");
            emitValues(w, whitespace, separator, members.get("value"));
            w.emitAndIndent(")");
            return;
        }
        w.emitAndIndent("(" + whitespace);
        w.indent(2);
        for (Iterator<Map.Entry<String, List<CodeBlock>>> i = members.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<String, List<CodeBlock>> e = i.next();
            w.emitAndIndent(e.getKey());
            w.emitAndIndent(" = ");
            emitValues(w, whitespace, separator, e.getValue());
            if (i.hasNext()) {
                w.emitAndIndent(separator);
            }
        }
        w.unindent(2);
        w.emitAndIndent(whitespace + ")");
    }

    private static void emitValues(SourceWriter w, String whitespace, String separator, List<CodeBlock> values) {
        if (values.size() == 1) {
            w.indent(2);
            w.emit(values.get(0));
            w.unindent(2);
            return;
        }
        w.emitAndIndent("{" + whitespace);
        w.indent(2);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.emitAndIndent(separator);
            }
            w.emit(values.get(i));
        }
        w.unindent(2);
        w.emitAndIndent(whitespace + "}");
    }

    /** Builds an annotation use. */
    public static final class Builder {
        private final ClassName type;
        private final Map<String, List<CodeBlock>> members = new LinkedHashMap<>();

        private Builder(ClassName type) {
            this.type = type;
        }

        public Builder addMember(String name, String format, Object... args) {
            members.computeIfAbsent(name, k -> new ArrayList<>()).add(CodeBlock.of(format, args));
            return this;
        }

        public AnnotationSpec build() {
            return new AnnotationSpec(this);
        }
    }
}
