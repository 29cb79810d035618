package dev.oxprops.processor.structure;

import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.processor.structure.StructDef.Cond;
import dev.oxprops.processor.structure.StructDef.FieldDef;
import dev.oxprops.processor.structure.StructDef.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Code fragments shared by the structure writers: literals, integer views, conditions and lengths. */
final class Code {
    static final String RT = "dev.oxprops.runtime.structure";
    static final String SUPPORT = "dev.oxprops.runtime.support.structure";
    static final ClassName READER = ClassName.get(SUPPORT, "StructReader");
    static final ClassName WRITER = ClassName.get(SUPPORT, "StructWriter");
    static final ClassName PROBLEMS = ClassName.get(SUPPORT, "Problems");
    static final ClassName PROBLEM = ClassName.get(RT, "StructureProblem");
    static final ClassName CODEC = ClassName.get(RT, "StructureCodec");
    static final ClassName VALUE_CODEC = ClassName.get("dev.oxprops.runtime.codec", "ValueCodec");
    static final ClassName HEX = ClassName.get("dev.oxprops.runtime", "Hex");
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");

    private Code() {}

    /** A long literal, in hex: {@code 0x3004L}. */
    static String longLiteral(long v) {
        return "0x" + Long.toHexString(v).toUpperCase(Locale.ROOT) + "L";
    }

    /** A literal of the field's Java type (int or long). */
    static CodeBlock literal(FieldDef f, long v) {
        if (!f.intTyped()) {
            return CodeBlock.of("$L", longLiteral(v));
        }
        return v >= 0 && v <= Integer.MAX_VALUE ? CodeBlock.of("0x$L", Long.toHexString(v).toUpperCase(Locale.ROOT))
                : CodeBlock.of("(int) $L", longLiteral(v));
    }

    /** A byte-array initializer: {@code {0x04, 0x00, (byte) 0x82}}. */
    static CodeBlock bytes(byte[] b) {
        CodeBlock.Builder c = CodeBlock.builder().add("{");
        for (int i = 0; i < b.length; i++) {
            int v = b[i] & 0xFF;
            c.add(i == 0 ? "" : ", ").add(v > 0x7F ? "(byte) 0x$L" : "0x$L", String.format("%02X", v));
        }
        return c.add("}").build();
    }

    /** The value of an integer field or parameter held in {@code var}, as an unsigned long where it is one. */
    static CodeBlock number(FieldDef f, String var) {
        boolean unsigned32 = f.intTyped() && (f.kind() == Kind.PARAM || f.bits() == 32 && !f.signed());
        return unsigned32 ? CodeBlock.of("$T.toUnsignedLong($N)", Integer.class, var) : CodeBlock.of("$N", var);
    }

    /** Whether the condition holds; {@code reader} is the reader's variable, for bytesRemain. */
    static CodeBlock condition(StructDef s, Cond c, String reader) {
        if (c.bytesRemain()) {
            return CodeBlock.of("$N.hasRemaining()", reader);
        }
        FieldDef f = s.field(c.field());
        CodeBlock n = number(f, f.name());
        if (c.anyBits() != 0) {
            return CodeBlock.of("($L & $L) != 0", n, longLiteral(c.anyBits()));
        }
        if (c.atLeast() != null) {
            return f.bits() == 64 ? CodeBlock.of("Long.compareUnsigned($L, $L) >= 0", n, longLiteral(c.atLeast()))
                    : CodeBlock.of("$L >= $L", n, longLiteral(c.atLeast()));
        }
        List<CodeBlock> tests = new ArrayList<>();
        for (long v : c.values()) {
            tests.add(CodeBlock.of("$L == $L", n, longLiteral(v)));
        }
        CodeBlock any = CodeBlock.join(tests, " || ");
        return tests.size() == 1 ? any : CodeBlock.of("($L)", any);
    }

    /** The length of a field's value held in {@code var}: characters, bytes or elements ({@code bytes}: in bytes). */
    static CodeBlock length(FieldDef f, String var, boolean bytes) {
        if (f.array()) {
            return CodeBlock.of("$N.size()", var);
        }
        if (f.kind() == Kind.TEXT) {
            return bytes && f.wide() ? CodeBlock.of("2 * $N.length()", var) : CodeBlock.of("$N.length()", var);
        }
        if (f.kind() == Kind.BYTES) {
            return CodeBlock.of("$N.length", var);
        }
        return CodeBlock.of("1");
    }

    /** The bytes one value of the field takes at least (one element, for arrays). */
    static int minSize(FieldDef f, java.util.function.Function<javax.lang.model.element.TypeElement, StructDef> lookup) {
        switch (f.kind()) {
            case INT:
                return f.bits() / 8;
            case BYTES:
                return Math.max(f.size(), 0);
            case TEXT:
                return f.size() >= 0 ? f.size() : f.zeroTerminated() ? (f.wide() ? 2 : 1) : 0;
            case GUID:
                return 16;
            case FILETIME:
                return 8;
            case MINUTES:
                return 4;
            case NESTED:
                return minSize(lookup.apply(f.nested()), lookup);
            default:
                return 0;
        }
    }

    /** The bytes a structure takes at least: its fields that are always present and not arrays. */
    static int minSize(StructDef s, java.util.function.Function<javax.lang.model.element.TypeElement, StructDef> lookup) {
        int n = 0;
        for (FieldDef f : s.fields()) {
            if (!f.optional() && !f.array()) {
                n += minSize(f, lookup);
            }
        }
        return n;
    }

    static boolean isByteArray(TypeName t) {
        return t.equals(TypeName.get(byte[].class));
    }
}
