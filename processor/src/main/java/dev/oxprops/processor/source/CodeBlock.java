package dev.oxprops.processor.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A fragment of code: text parts and placeholders ({@code $L} literal, {@code $S} string, {@code $T} type, {@code $N}
 * name, {@code $$}, {@code $>}/{@code $<} indent, {@code $[}/{@code $]} statement, {@code $W} wrapping space,
 * {@code $Z} zero-width wrapping point). The format is parsed once, when the block is built; positional
 * ({@code $1L}) arguments are accepted too.
 */
public final class CodeBlock {
    private static final CodeBlock EMPTY = new CodeBlock(new String[0], new Object[0]);

    /** Text parts (never starting with {@code $}) and two-character placeholders. */
    final String[] parts;
    /** One argument per {@code $L $S $T $N} part, in order. */
    final Object[] args;

    private CodeBlock(String[] parts, Object[] args) {
        this.parts = parts;
        this.args = args;
    }

    public boolean isEmpty() {
        return parts.length == 0;
    }

    public static CodeBlock of(String format, Object... args) {
        return new Builder().add(format, args).build();
    }

    public static CodeBlock join(Iterable<CodeBlock> blocks, String separator) {
        Builder b = new Builder();
        boolean first = true;
        for (CodeBlock block : blocks) {
            if (!first) {
                b.add(separator);
            }
            first = false;
            b.add(block);
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().add(this);
    }

    /** The code as it would print with no imports (qualified names). */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        new SourceWriter(out, "  ", java.util.Map.of(), java.util.Set.of()).emit(this);
        return out.toString();
    }

    /** Blocks that print the same are equal (the writers use blocks as keys, e.g. to share equal constants). */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CodeBlock && toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** Builds a code block part by part. */
    public static final class Builder {
        private final List<String> parts = new ArrayList<>();
        private final List<Object> args = new ArrayList<>();

        private Builder() {}

        public boolean isEmpty() {
            return parts.isEmpty();
        }

        public Builder add(CodeBlock block) {
            java.util.Collections.addAll(parts, block.parts);
            java.util.Collections.addAll(args, block.args);
            return this;
        }

        public Builder add(String format, Object... arguments) {
            if (arguments.length == 0 && format.indexOf('$') < 0) {
                if (!format.isEmpty()) {
                    parts.add(format);
                }
                return this;
            }
            boolean relative = false;
            boolean indexed = false;
            int next = 0;
            boolean[] used = new boolean[arguments.length];
            int p = 0;
            while (p < format.length()) {
                if (format.charAt(p) != '$') {
                    int end = format.indexOf('$', p + 1);
                    end = end < 0 ? format.length() : end;
                    parts.add(format.substring(p, end));
                    p = end;
                    continue;
                }
                p++;
                int indexStart = p;
                char c;
                do {
                    if (p >= format.length()) {
                        throw new IllegalArgumentException("dangling format characters in '" + format + "'");
                    }
                    c = format.charAt(p++);
                } while (c >= '0' && c <= '9');
                int indexEnd = p - 1;
                if ("$><[]WZ".indexOf(c) >= 0) {
                    if (indexStart != indexEnd) {
                        throw new IllegalArgumentException("$" + c + " may not have an index");
                    }
                    parts.add(placeholder(c));
                    continue;
                }
                int index;
                if (indexStart < indexEnd) {
                    index = Integer.parseInt(format.substring(indexStart, indexEnd)) - 1;
                    indexed = true;
                } else {
                    index = next++;
                    relative = true;
                }
                if (index < 0 || index >= arguments.length) {
                    throw new IllegalArgumentException("index " + (index + 1) + " for '"
                            + format.substring(indexStart - 1, indexEnd + 1) + "' not in range (received "
                            + arguments.length + " arguments)");
                }
                if (indexed && relative) {
                    throw new IllegalArgumentException("cannot mix indexed and positional parameters");
                }
                used[index] = true;
                args.add(argument(format, c, arguments[index]));
                parts.add(placeholder(c));
            }
            checkAllUsed(used, format);
            return this;
        }

        private static void checkAllUsed(boolean[] used, String format) {
            for (boolean u : used) {
                if (!u) {
                    throw new IllegalArgumentException("unused arguments in '" + format + "'");
                }
            }
        }

        private static String placeholder(char c) {
            switch (c) {
                case 'L': return "$L";
                case 'S': return "$S";
                case 'T': return "$T";
                case 'N': return "$N";
                case '$': return "$$";
                case '>': return "$>";
                case '<': return "$<";
                case '[': return "$[";
                case ']': return "$]";
                case 'W': return "$W";
                default: return "$Z";
            }
        }

        private static Object argument(String format, char c, Object arg) {
            switch (c) {
                case 'N':
                    return name(arg);
                case 'L':
                    return arg;
                case 'S':
                    return arg == null ? null : String.valueOf(arg);
                case 'T':
                    if (arg instanceof TypeName) {
                        return arg;
                    }
                    if (arg instanceof Class) {
                        return TypeName.get((Class<?>) arg);
                    }
                    throw new IllegalArgumentException("expected type but was " + arg);
                default:
                    throw new IllegalArgumentException("invalid format string: '" + format + "'");
            }
        }

        private static String name(Object o) {
            if (o instanceof CharSequence) {
                return o.toString();
            }
            if (o instanceof ParameterSpec) {
                return ((ParameterSpec) o).name;
            }
            if (o instanceof FieldSpec) {
                return ((FieldSpec) o).name;
            }
            if (o instanceof MethodSpec) {
                return ((MethodSpec) o).name;
            }
            throw new IllegalArgumentException("expected name but was " + o);
        }

        public Builder beginControlFlow(String controlFlow, Object... arguments) {
            add(controlFlow + " {\n", arguments);
            return indent();
        }

        public Builder nextControlFlow(String controlFlow, Object... arguments) {
            unindent();
            add("} " + controlFlow + " {\n", arguments);
            return indent();
        }

        public Builder endControlFlow() {
            unindent();
            return add("}\n");
        }

        public Builder addStatement(String format, Object... arguments) {
            parts.add("$[");
            add(format, arguments);
            parts.add(";\n");
            parts.add("$]");
            return this;
        }

        public Builder addStatement(CodeBlock block) {
            return addStatement("$L", block);
        }

        private Builder indent() {
            parts.add("$>");
            return this;
        }

        private Builder unindent() {
            parts.add("$<");
            return this;
        }

        public CodeBlock build() {
            return parts.isEmpty() ? EMPTY : new CodeBlock(parts.toArray(new String[0]), args.toArray());
        }
    }
}
