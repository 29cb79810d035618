package dev.oxprops.processor.functional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.lang.model.SourceVersion;

/**
 * A random valid spec as Java source: random names (unicode, clashing shapes such as {@code kind}/{@code kindEnum},
 * {@code a}/{@code aRaw}, {@code uuid}, values {@code A}/{@code A_FORBIDDEN}/{@code VALUES}), hostile text in every
 * string (comment ends, backslash-u, line separators, lone surrogates, HTML, long notes), every literal type, a
 * discriminator with presence rules, and sometimes user types named like java.lang's in the spec's package.
 */
final class RandomSpec {
    private static final String[] HOSTILE = {"*/", "/*", "\\u", "\\u00", "\\\\server\\share", "\u2028", "\u2029", "\u0085",
        "\r\n", "\t", "\0", "\"", "'", "@see", "{@code", "<b>", "&amp;", "$", "$L", "%s", "\ud800", "\udfff", "\ud83d\ude00",
        "\u00c4rger", "\u4e2d\u6587", "\u202e", "}", "{", "\\", "\u0000x", "\u007f"};
    private static final String[] NAMES = {"kind", "kindEnum", "a", "aRaw", "aEnum", "uuid", "optional", "string", "values",
        "object", "list", "part0", "p0", "all2", "kindIndex", "hidden2", "audit", "auditKeys", "value", "meaning", "stored", "raw",
        "m0", "v0", "before", "after", "sync", "gr\u00f6\u00dfe", "\u00e4rger", "\u00fcbel", "x", "y", "z"};
    private static final String[] VALUE_NAMES = {"A", "A_FORBIDDEN", "A1", "A_1", "VALUES", "ALL_VALUES", "UNKNOWN_KIND",
        "\u00c4RGER", "\u00dcBEL_2", "DEFAULT", "KIND", "FORBIDDEN", "PART0", "X", "Y"};
    /** Spec interface names ("Spec" itself would hide the annotation in the spec's own file); more as generatedName. */
    private static final String[] SPEC_NAMES = {"Foo", "Audit", "Kind", "Values", "Keys", "Object", "String", "Part0"};
    private static final String[] SHADOWS = {"String", "Object", "Optional", "Integer", "Long", "Short", "Override", "List",
        "UUID", "Boolean", "Double", "Float", "Instant", "PropertyKey", "Map"};

    final String specName;
    final String source;
    final String shadows;

    private RandomSpec(String specName, String source, String shadows) {
        this.specName = specName;
        this.source = source;
        this.shadows = shadows;
    }

    @Override
    public String toString() {
        return source + (shadows == null ? "" : "\n// with\n" + shadows);
    }

    static RandomSpec generate(Random r) {
        String specName = pick(r, SPEC_NAMES);
        StringBuilder b = new StringBuilder("package test;\n\nimport dev.oxprops.annotations.*;\n\n");
        b.append("@PropertySet(name = \"PSETID_Test\", guid = \"00062040-0000-0000-C000-000000000046\") interface TestSet {}\n");
        b.append("@PropertySet(name = \"PS_PUBLIC_STRINGS\", guid = \"00020329-0000-0000-C000-000000000046\") interface PublicStrings {}\n\n");
        b.append("@Spec(id = ").append(lit(text(r, 1))).append(", title = ").append(lit(text(r, 0)));
        if (r.nextInt(4) == 0) {
            b.append(", generatedName = \"").append(pick(r, "Spec", "Property", "Rules", "Audit", "Object")).append('"');
        }
        b.append(")\npublic interface ").append(specName).append(" {\n");
        List<String> kinds = new ArrayList<>();
        boolean discriminator = r.nextBoolean();
        int count = 1 + r.nextInt(10);
        Set<String> methods = new HashSet<>();
        Set<String> constants = new HashSet<>();
        Set<String> canonicals = new HashSet<>();
        Set<Integer> tags = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String method = methodName(r, methods, constants);
            String canonical;
            do {
                canonical = "C" + i + text(r, 0);
            } while (!canonicals.add(canonical));
            b.append("    @Property(canonical = ").append(lit(canonical)).append(", section = ").append(lit(text(r, 1)));
            int identity = r.nextInt(3);
            if (identity == 0) {
                int tag;
                do {
                    tag = 1 + r.nextInt(0x7FFE);
                } while (!tags.add(tag));
                b.append(String.format(", tag = 0x%04X", tag));
            } else if (identity == 1) {
                b.append(String.format(", set = TestSet.class, lid = 0x%04X", 0x8000 + i));
            } else {
                b.append(", set = PublicStrings.class, name = ").append(lit("n" + i + text(r, 0)));
            }
            String type = discriminator && i == 0 ? "PtypInteger32" : pick(r, "PtypInteger32", "PtypInteger16", "PtypInteger64",
                    "PtypBoolean", "PtypFloating64", "PtypFloating32", "PtypString", "PtypBinary", "PtypGuid", "PtypTime",
                    "PtypMultipleString");
            b.append(", type = MapiType.").append(type).append(")\n");
            if (discriminator && i == 0) {
                b.append("    @Discriminator\n");
                b.append("    ").append(oneOf(r, type, kinds, 1 + r.nextInt(5))).append('\n');
            } else {
                rules(r, b, type);
                if (discriminator && r.nextBoolean()) {
                    presences(r, b, kinds);
                }
            }
            b.append("    ").append(javaType(type)).append(' ').append(method).append("();\n");
        }
        b.append("}\n");
        String shadows = null;
        if (r.nextInt(3) == 0) {
            StringBuilder s = new StringBuilder("package test;\n\n");
            Set<String> chosen = new LinkedHashSet<>();
            for (int i = 0; i < 1 + r.nextInt(4); i++) {
                chosen.add(pick(r, SHADOWS));
            }
            chosen.remove(specName);
            for (String c : chosen) {
                s.append("class ").append(c).append(" {}\n");
            }
            shadows = s.toString();
        }
        return new RandomSpec(specName, b.toString(), shadows);
    }

    private static String methodName(Random r, Set<String> methods, Set<String> constants) {
        while (true) {
            String m = r.nextInt(3) == 0 ? pick(r, NAMES) + r.nextInt(100) : pick(r, NAMES);
            if (r.nextInt(40) == 0) {
                m = "l" + "o".repeat(150 + r.nextInt(50));
            }
            String constant = constant(m);
            if (SourceVersion.isName(m) && !constant.startsWith("SET_") && !constant.equals("ALL") && methods.add(m)
                    && constants.add(constant)) {
                return m;
            }
        }
    }

    /** As the processor's Names.constant: camel case to upper snake case. */
    private static String constant(String camel) {
        return dev.oxprops.processor.model.Names.constant(camel);
    }

    private static void rules(Random r, StringBuilder b, String type) {
        int choice = r.nextInt(4);
        boolean enumerable = type.equals("PtypInteger32") || type.equals("PtypInteger16") || type.equals("PtypInteger64")
                || type.equals("PtypString");
        if (choice == 0 && enumerable) {
            b.append("    ").append(oneOf(r, type, new ArrayList<>(), 1 + r.nextInt(6))).append('\n');
        } else if (choice == 1 && !type.equals("PtypMultipleString")) {
            b.append("    @Fixed(value = ").append(lit(literal(r, type, 0))).append(", section = ").append(lit(text(r, 0)))
                    .append(")\n");
        } else if (choice == 2 && type.equals("PtypString")) {
            b.append("    @StartsWith(value = ").append(lit(text(r, 0))).append(", ignoreCase = ").append(r.nextBoolean()).append(")\n");
        }
    }

    private static String oneOf(Random r, String type, List<String> names, int n) {
        StringBuilder b = new StringBuilder("@OneOf(section = ").append(lit(text(r, 0))).append(", value = {");
        Set<String> values = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String name = r.nextBoolean() ? pick(r, VALUE_NAMES) : pick(r, VALUE_NAMES) + "_" + r.nextInt(10);
            String value = literal(r, type, i);
            if (names.contains(name) || !values.add(canonicalValue(type, value))) {
                continue;
            }
            names.add(name);
            b.append(names.size() == 1 ? "" : ", ").append("@Value(name = ").append(lit(name)).append(", value = ")
                    .append(lit(value)).append(", meaning = ").append(lit(text(r, 0))).append(')');
        }
        return b.append("})").toString();
    }

    private static String canonicalValue(String type, String value) {
        return type.equals("PtypString") ? value : Long.toString(Long.decode(value));
    }

    private static void presences(Random r, StringBuilder b, List<String> kinds) {
        List<String> when = new ArrayList<>();
        for (String k : kinds) {
            if (r.nextBoolean()) {
                when.add(lit(k));
            }
        }
        String rule = pick(r, "REQUIRED", "OPTIONAL", "RECOMMENDED", "SHOULD_NOT", "MUST_NOT");
        String note = r.nextInt(10) == 0 ? "n".repeat(2_000 + r.nextInt(2_000)) + text(r, 0) : text(r, 0);
        b.append("    @Presence(value = PresenceRule.").append(rule).append(", when = {").append(String.join(", ", when))
                .append("}, onReceipt = Receipt.").append(pick(r, "USE", "MAY_IGNORE", "MUST_IGNORE")).append(", section = ")
                .append(lit(text(r, 0))).append(", note = ").append(lit(note)).append(")\n");
    }

    private static String literal(Random r, String type, int i) {
        switch (type) {
            case "PtypInteger16":
                return Integer.toString((short) (i * 7 + r.nextInt(1000)));
            case "PtypInteger32":
                return r.nextBoolean() ? Integer.toString(i * 1000 + r.nextInt(1000)) : "0x" + Integer.toHexString(i * 1000 + r.nextInt(1000));
            case "PtypInteger64":
                return Long.toString(i * 1_000_000L + r.nextInt(1_000_000));
            case "PtypBoolean":
                return Boolean.toString(r.nextBoolean());
            case "PtypFloating64":
                return pick(r, "NaN", "Infinity", "-Infinity", Double.toString(r.nextGaussian() * 1e10), "1e-300", "0.0");
            case "PtypFloating32":
                return pick(r, "NaN", "-Infinity", Float.toString((float) r.nextGaussian()), "3.4e38", "1e-40", "-0.0");
            case "PtypBinary":
                return String.format("%08X", r.nextInt());
            case "PtypGuid":
                return (r.nextBoolean() ? "{" + new UUID(r.nextLong(), r.nextLong()) + "}" : new UUID(r.nextLong(), r.nextLong()).toString())
                        .toUpperCase(Locale.ROOT);
            case "PtypTime":
                return pick(r, "1601-01-01T00:00:00Z", "2008-03-06T23:43:00Z", "9999-12-31T23:59:59.9999999Z");
            default:
                return "v" + i + text(r, 0);
        }
    }

    private static String javaType(String type) {
        switch (type) {
            case "PtypInteger16":
                return "short";
            case "PtypInteger32":
                return "int";
            case "PtypInteger64":
                return "long";
            case "PtypBoolean":
                return "boolean";
            case "PtypFloating64":
                return "double";
            case "PtypFloating32":
                return "float";
            case "PtypBinary":
                return "byte[]";
            case "PtypGuid":
                return "java.util.UUID";
            case "PtypTime":
                return "java.time.Instant";
            case "PtypMultipleString":
                return "java.util.List<java.lang.String>";
            default:
                return "java.lang.String";
        }
    }

    /** Random text of hostile pieces and letters, at least {@code min} visible characters. */
    private static String text(Random r, int min) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(r.nextBoolean() ? pick(r, HOSTILE) : Character.toString('a' + r.nextInt(26)));
        }
        while (b.toString().trim().length() < min) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    /** A Java string literal of {@code s}: octal escapes below space, unicode escapes above ASCII. */
    static String lit(String s) {
        StringBuilder b = new StringBuilder("\"");
        char previous = 0;
        for (char c : s.toCharArray()) {
            if (c == '\\' && Character.isHighSurrogate(previous)) {
                b.append("\\134"); // javac would take "\\" after a high surrogate's escape for a unicode escape
            } else if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                b.append(String.format("\\%03o", (int) c));
            } else if (c > 0x7E) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
            previous = c;
        }
        return b.append('"').toString();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }
}
