package dev.oxprops.processor.structure;

import static dev.oxprops.processor.structure.Code.condition;
import static dev.oxprops.processor.structure.Code.number;

import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.MethodSpec;
import dev.oxprops.processor.source.ParameterizedTypeName;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.processor.structure.StructDef.FieldDef;
import dev.oxprops.processor.structure.StructDef.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;

/**
 * The bodies of a structure record's {@code read}, {@code write} and {@code check} methods: one block of plain
 * statements per field, in declaration order, with locals named after the fields.
 */
final class Bodies {
    private final StructDef s;
    private final Function<TypeElement, StructDef> lookup;
    private final Map<String, String> constants;
    private final Set<String> taken = new HashSet<>();
    final String reader;
    final String writer;
    final String problems;
    final String value;
    final String index;
    final String outer;

    Bodies(StructDef s, Function<TypeElement, StructDef> lookup, Map<String, String> constants) {
        this.s = s;
        this.lookup = lookup;
        this.constants = constants;
        for (FieldDef f : s.fields()) {
            taken.add(f.name());
        }
        reader = fresh("reader");
        writer = fresh("writer");
        problems = fresh("problems");
        value = fresh("value");
        index = fresh("index");
        outer = fresh("outer");
    }

    /** {@code want}, or it with underscores appended, so that it names no field and no other local. */
    String fresh(String want) {
        String n = want;
        while (!taken.add(n)) {
            n = n + "_";
        }
        return n;
    }

    private boolean hasNested() {
        return s.fields().stream().anyMatch(f -> f.kind() == Kind.NESTED);
    }

    // ------------------------------------------------------------------ read

    void read(MethodSpec.Builder m) {
        if (hasNested()) {
            m.addStatement("$T $N", String.class, outer);
        }
        for (FieldDef f : s.fields()) {
            if (f.inBytes()) {
                readField(m, f);
            }
        }
        List<CodeBlock> args = new ArrayList<>();
        if (s.as() != null) {
            for (javax.lang.model.element.RecordComponentElement c : s.as().getRecordComponents()) {
                args.add(CodeBlock.of("$N", c.getSimpleName().toString()));
            }
        } else {
            for (FieldDef f : s.fields()) {
                if (f.component()) {
                    args.add(CodeBlock.of("$N", f.name()));
                }
            }
        }
        m.addStatement("return new $T($L)", s.decodedType(), CodeBlock.join(args, ", "));
    }

    private void readField(MethodSpec.Builder m, FieldDef f) {
        if (f.constant() instanceof byte[]) {
            m.addStatement("$N.constant($S, $N)", reader, f.label(), constants.get(f.name()));
            return;
        }
        String assign;
        if (f.optional()) {
            m.addStatement("$T $N = null", f.javaType(), f.name());
            m.beginControlFlow("if ($L)", condition(s, f.cond(), reader));
            assign = "$N = ";
        } else {
            assign = "$T $N = ";
        }
        Object[] target = f.optional() ? new Object[] {f.name()} : new Object[] {f.javaType(), f.name()};
        if (f.array()) {
            String count = fresh(f.name() + "Count");
            FieldDef counter = s.field(f.arrayCount());
            m.addStatement("int $N = $N.count($S, $L, 0, $L)", count, reader, f.label(), number(counter, counter.name()),
                    Code.minSize(f, lookup));
            m.addStatement(CodeBlock.of(assign, target).toBuilder().add("new $T<>($N)", Code.ARRAY_LIST, count).build());
            m.beginControlFlow("for (int $N = 0; $N < $N; $N++)", index, index, count, index);
            readElement(m, f, CodeBlock.of("$N.add(", f.name()), CodeBlock.of(")"), index);
            m.endControlFlow();
        } else {
            readElement(m, f, CodeBlock.of(assign, target), CodeBlock.of(""), "-1");
        }
        if (f.optional()) {
            m.endControlFlow();
        }
    }

    private void readElement(MethodSpec.Builder m, FieldDef f, CodeBlock before, CodeBlock after, String at) {
        if (f.kind() == Kind.NESTED) {
            m.addStatement("$N = $N.enter($S, $L)", outer, reader, f.label(), at);
            m.addStatement("$L$T.read($N$L)$L", before, StructDef.recordOf(f.nested()), reader, args(f), after);
            m.addStatement("$N.leave($N)", reader, outer);
        } else {
            m.addStatement("$L$L$L", before, readExpression(f), after);
        }
    }

    private CodeBlock args(FieldDef f) {
        CodeBlock.Builder b = CodeBlock.builder();
        List<FieldDef> params = lookup.apply(f.nested()).params();
        for (int i = 0; i < params.size(); i++) {
            b.add(", $L", argument(params.get(i), f.args().get(i)));
        }
        return b.build();
    }

    /** The value of an argument expression, as the parameter's type. */
    private CodeBlock argument(FieldDef param, String arg) {
        int dot = arg.indexOf('.');
        FieldDef source;
        CodeBlock expr;
        if (dot < 0) {
            source = s.field(arg);
            expr = CodeBlock.of("$N", source.name());
        } else {
            FieldDef array = s.field(arg.substring(0, dot));
            source = lookup.apply(array.nested()).field(arg.substring(dot + 1));
            expr = CodeBlock.of("$N.get($N).$N()", array.name(), index, source.name());
        }
        boolean unsigned32 = source.intTyped() && (source.kind() == Kind.PARAM || source.bits() == 32 && !source.signed());
        return !param.intTyped() && unsigned32 ? CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, expr) : expr;
    }

    private CodeBlock readExpression(FieldDef f) {
        int size = f.bits() / 8;
        switch (f.kind()) {
            case INT:
                CodeBlock raw = f.constant() != null
                        ? CodeBlock.of("$N.constant($S, $L, $L, $L)", reader, f.label(), size, f.bigEndian(), Code.longLiteral((Long) f.constant()))
                        : f.signed() ? CodeBlock.of("$N.signed($S, $L, $L)", reader, f.label(), size, f.bigEndian())
                        : CodeBlock.of("$N.$L($S, $L)", reader, f.bigEndian() ? "be" : "le", f.label(), size);
                return f.intTyped() ? CodeBlock.of("(int) $L", raw) : raw;
            case BYTES:
                if (f.rest()) {
                    return CodeBlock.of("$N.rest($S)", reader, f.label());
                }
                return CodeBlock.of("$N.bytes($S, $L)", reader, f.label(), f.size() >= 0 ? CodeBlock.of("$L", f.size()) : count(f, 1));
            case TEXT:
                if (f.zeroTerminated()) {
                    return CodeBlock.of("$N.textZ($S, $L)", reader, f.label(), f.wide());
                }
                if (f.size() >= 0) {
                    return CodeBlock.of("$N.textFixed($S, $L, $L)", reader, f.label(), f.size(), f.wide());
                }
                return CodeBlock.of("$N.$L($S, $L)", reader, f.wide() ? "text16" : "text8", f.label(), count(f, f.wide() ? 2 : 1));
            case GUID:
                return CodeBlock.of("$N.guid($S)", reader, f.label());
            case FILETIME:
                return CodeBlock.of("$N.fileTime($S)", reader, f.label());
            default:
                return CodeBlock.of("$N.minutes($S)", reader, f.label());
        }
    }

    private CodeBlock count(FieldDef f, int unit) {
        FieldDef counter = s.field(f.count());
        return CodeBlock.of("$N.count($S, $L, $L, $L)", reader, f.label(), number(counter, counter.name()), f.adjust(), unit);
    }

    // ------------------------------------------------------------------ write

    /** Loads every field through the value's accessors into locals named after the fields (constants as literals). */
    void locals(MethodSpec.Builder m) {
        for (FieldDef f : s.fields()) {
            if (f.constant() instanceof Long) {
                m.addStatement("$T $N = $L", f.javaType(), f.name(), Code.literal(f, (Long) f.constant()));
            } else if (f.constant() == null) {
                m.addStatement("$T $N = $N.$N()", f.javaType(), f.name(), value, f.name());
            }
        }
    }

    void write(MethodSpec.Builder m) {
        if (hasNested()) {
            m.addStatement("$T $N", String.class, outer);
        }
        locals(m);
        for (FieldDef f : s.fields()) {
            if (f.inBytes()) {
                writeField(m, f);
            }
        }
    }

    private void writeField(MethodSpec.Builder m, FieldDef f) {
        if (f.optional()) {
            if (!f.cond().bytesRemain()) {
                m.addStatement("$N.checkPresence($S, $L, $N)", writer, f.label(), condition(s, f.cond(), reader), f.name());
            }
            m.beginControlFlow("if ($N != null)", f.name());
        } else if (!f.javaType().isPrimitive() && f.constant() == null) {
            m.addStatement("$N.nonNull($S, $N)", writer, f.label(), f.name());
        }
        String counted = f.array() ? f.arrayCount() : f.count();
        if (counted != null) {
            FieldDef c = s.field(counted);
            m.addStatement("$N.checkCount($S, $L, $L, $S, $L)", writer, c.label(), number(c, c.name()), f.array() ? 0 : f.adjust(),
                    f.label(), Code.length(f, f.name(), false));
        }
        if (f.array()) {
            String element = fresh(f.name() + "Element");
            m.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", index, index, f.name(), index);
            m.addStatement("$T $N = $N.get($N)", f.elementType(), element, f.name(), index);
            m.addStatement("$N.nonNull($S, $N)", writer, f.label(), element);
            writeElement(m, f, element, index);
            m.endControlFlow();
        } else {
            writeElement(m, f, f.name(), "-1");
        }
        if (f.optional()) {
            m.endControlFlow();
        }
    }

    private void writeElement(MethodSpec.Builder m, FieldDef f, String var, String at) {
        switch (f.kind()) {
            case INT:
                CodeBlock v = f.constant() != null ? CodeBlock.of("$L", Code.longLiteral((Long) f.constant()))
                        : f.signed() ? CodeBlock.of("$N", var) : number(f, var);
                m.addStatement("$N.integer($S, $L, $L, $L, $L)", writer, f.label(), v, f.bits() / 8, f.signed(), f.bigEndian());
                break;
            case BYTES:
                if (f.constant() != null) {
                    m.addStatement("$N.bytes($S, $N)", writer, f.label(), constants.get(f.name()));
                } else if (f.size() >= 0) {
                    m.addStatement("$N.bytes($S, $N, $L)", writer, f.label(), var, f.size());
                } else {
                    m.addStatement("$N.bytes($S, $N)", writer, f.label(), var);
                }
                break;
            case TEXT:
                if (f.size() >= 0) {
                    m.addStatement("$N.textFixed($S, $N, $L, $L)", writer, f.label(), var, f.size(), f.wide());
                } else {
                    m.addStatement("$N.$L($S, $N, $L)", writer, f.wide() ? "text16" : "text8", f.label(), var, f.zeroTerminated());
                }
                break;
            case GUID:
                m.addStatement("$N.guid($S, $N)", writer, f.label(), var);
                break;
            case FILETIME:
                m.addStatement("$N.fileTime($S, $N)", writer, f.label(), var);
                break;
            case MINUTES:
                m.addStatement("$N.minutes($S, $N)", writer, f.label(), var);
                break;
            default:
                m.addStatement("$N = $N.enter($S, $L)", outer, writer, f.label(), at);
                argumentChecks(m, f, var, writer, "checkArgument");
                m.addStatement("$T.write($N, $N)", StructDef.recordOf(f.nested()), writer, var);
                m.addStatement("$N.leave($N)", writer, outer);
        }
    }

    private void argumentChecks(MethodSpec.Builder m, FieldDef f, String var, String target, String method) {
        List<FieldDef> params = lookup.apply(f.nested()).params();
        for (int i = 0; i < params.size(); i++) {
            FieldDef p = params.get(i);
            CodeBlock actual = p.intTyped() ? CodeBlock.of("$T.toUnsignedLong($N.$N())", Integer.class, var, p.name())
                    : CodeBlock.of("$N.$N()", var, p.name());
            CodeBlock expected = argument(withType(p, TypeName.LONG), f.args().get(i));
            m.addStatement("$N.$N($S, $L, $S, $L)", target, method, p.label(), actual, f.args().get(i), expected);
        }
    }

    /** The parameter as if it were of type {@code t} (arguments are compared as longs). */
    private static FieldDef withType(FieldDef p, TypeName t) {
        return new FieldDef(p.name(), p.label(), p.kind(), t, t, p.bits(), p.signed(), p.bigEndian(), p.size(), p.count(),
                p.adjust(), p.rest(), p.wide(), p.zeroTerminated(), p.arrayCount(), p.cond(), p.expect(), p.constant(),
                p.lengthOf(), p.lengthPlus(), p.lengthBytes(), p.args(), p.nested(), p.site());
    }

    // ------------------------------------------------------------------ check

    void check(MethodSpec.Builder m) {
        boolean nested = hasNested();
        if (nested) {
            m.addStatement("$T $N", String.class, outer);
        }
        locals(m);
        String complete = fresh("complete");
        m.addStatement("boolean $N = true", complete);
        for (FieldDef f : s.fields()) {
            if (!f.optional() && !f.javaType().isPrimitive() && f.constant() == null) {
                m.addStatement("$N &= $N.nonNull($S, $N)", complete, problems, f.label(), f.name());
            }
        }
        m.beginControlFlow("if (!$N)", complete).addStatement("return").endControlFlow();
        for (FieldDef f : s.fields()) {
            checkField(m, f);
        }
    }

    private void checkField(MethodSpec.Builder m, FieldDef f) {
        if (f.optional() && !f.cond().bytesRemain()) {
            m.addStatement("$N.presence($S, $L, $N)", problems, f.label(), condition(s, f.cond(), reader), f.name());
        }
        String guard = f.javaType().isPrimitive() ? "" : f.name() + " != null";
        if (f.expect() != null) {
            CodeBlock expected = f.expect() instanceof byte[] ? CodeBlock.of("$N", constants.get(f.name()))
                    : CodeBlock.of("$L", Code.longLiteral((Long) f.expect()));
            CodeBlock actual = f.expect() instanceof byte[] || f.signed() ? CodeBlock.of("$N", f.name()) : number(f, f.name());
            guarded(m, guard, CodeBlock.of("$N.expect($S, $L, $L)", problems, f.label(), actual, expected));
        }
        String counted = f.array() ? f.arrayCount() : f.count();
        if (counted != null) {
            FieldDef c = s.field(counted);
            String g = c.javaType().isPrimitive() ? guard : join(guard, c.name() + " != null");
            guarded(m, g, CodeBlock.of("$N.count($S, $L, $L, $S, $L)", problems, c.label(), number(c, c.name()),
                    f.array() ? 0 : f.adjust(), f.label(), Code.length(f, f.name(), false)));
        }
        if (f.lengthOf() != null) {
            FieldDef o = s.field(f.lengthOf());
            String g = o.javaType().isPrimitive() ? guard : join(guard, o.name() + " != null");
            guarded(m, g, CodeBlock.of("$N.lengthOf($S, $L, $S, $L, $L)", problems, f.label(), number(f, f.name()), o.label(),
                    Code.length(o, o.name(), f.lengthBytes()), f.lengthPlus()));
        }
        if (f.kind() == Kind.NESTED) {
            checkNested(m, f, guard);
        }
    }

    private void checkNested(MethodSpec.Builder m, FieldDef f, String guard) {
        if (!guard.isEmpty()) {
            m.beginControlFlow("if ($L)", guard);
        }
        String var = f.name();
        String at = "-1";
        if (f.array()) {
            var = fresh(f.name() + "Element");
            at = index;
            m.beginControlFlow("for (int $N = 0; $N < $N.size(); $N++)", index, index, f.name(), index);
            m.addStatement("$T $N = $N.get($N)", ClassName.get(f.nested()), var, f.name(), index);
        }
        m.addStatement("$N = $N.enter($S, $L)", outer, problems, f.label(), at);
        m.beginControlFlow("if ($N.nonNull($S, $N))", problems, "(element)", var);
        argumentChecks(m, f, var, problems, "argument");
        m.addStatement("$T.check($N, $N)", StructDef.recordOf(f.nested()), problems, var);
        m.endControlFlow();
        m.addStatement("$N.leave($N)", problems, outer);
        if (f.array()) {
            m.endControlFlow();
        }
        if (!guard.isEmpty()) {
            m.endControlFlow();
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + " && " + b;
    }

    private static void guarded(MethodSpec.Builder m, String guard, CodeBlock statement) {
        if (guard.isEmpty()) {
            m.addStatement(statement);
        } else {
            m.beginControlFlow("if ($L)", guard).addStatement(statement).endControlFlow();
        }
    }

    static TypeName listOf(TypeName element) {
        return ParameterizedTypeName.get(Code.LIST, element);
    }
}
