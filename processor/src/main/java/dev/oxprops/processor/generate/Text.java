package dev.oxprops.processor.generate;

import dev.oxprops.processor.source.CodeBlock;

/**
 * Text a user wrote, made safe for the place generated code puts it. Every string that comes from a spec (names,
 * sections, notes, meanings, values) goes through {@link #literal} into code and through {@link #javadoc} into
 * comments; {@link #ascii} runs over each rendered file last. Use {@code $L} with these, never {@code $S}:
 * The source writer (like JavaPoet before it) breaks a {@code $S} string at U+2028 and U+2029 (it splits lines on
 * Java's line terminators), which ends the literal.
 */
final class Text {
    /**
     * The most modified-UTF-8 bytes one generated string constant holds. The class file allows 65,535; a longer
     * string (a long note repeated per kind of message) is joined at class-load time from pieces of this size.
     */
    static final int CONSTANT_BYTES = 65_000;

    private Text() {}

    /**
     * A Java expression of the string: a literal in printable ASCII (other characters as escapes, lone surrogates
     * included), or, when the constant would be too long for the class file, {@code String.join("", ...)} of
     * literals, which javac does not fold into one constant.
     */
    static CodeBlock literal(String s) {
        return literal(s, CONSTANT_BYTES);
    }

    static CodeBlock literal(String s, int limit) {
        if (s == null) {
            return CodeBlock.of("null");
        }
        if (modifiedUtf8Length(s) <= limit) {
            return CodeBlock.of("$L", quoted(s, 0, s.length()));
        }
        CodeBlock.Builder b = CodeBlock.builder().add("$T.join($L", String.class, quoted("", 0, 0));
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            int n = utf8Bytes(s.charAt(i));
            if (bytes + n > limit) {
                b.add(",\n$L", quoted(s, start, i));
                start = i;
                bytes = 0;
            }
            bytes += n;
        }
        return b.add(",\n$L)", quoted(s, start, s.length())).build();
    }

    private static String quoted(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from + 2).append('"');
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    // javac reads a backslash after a high surrogate's escape as the start of its low surrogate's
                    // escape (a lone high surrogate, then a backslash and u, is an illegal unicode escape to it):
                    b.append(i > from && Character.isHighSurrogate(s.charAt(i - 1)) ? "\\134" : "\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == 0x7F) {
                        // three octal digits always: "\0011" is U+0001 followed by '1'
                        b.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + (c >> 3 & 7)))
                                .append((char) ('0' + (c & 7)));
                    } else if (c > 0x7F) {
                        unicodeEscape(b, c);
                    } else {
                        b.append(c);
                    }
                    break;
            }
        }
        return b.append('"').toString();
    }

    /** The length of the string in the class file's modified UTF-8. */
    static int modifiedUtf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += utf8Bytes(s.charAt(i));
        }
        return n;
    }

    private static int utf8Bytes(char c) {
        return c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    /**
     * The text for a Javadoc comment: HTML characters as entities, {@code @} so it starts no tag, a backslash as
     * an entity (javac reads {@code \}{@code u} as a unicode escape even in comments), {@code * /} so it cannot
     * close the comment, and line breaks and control characters as spaces.
     */
    static String javadoc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '@':
                    b.append("&#64;");
                    break;
                case '\\':
                    b.append("&#92;");
                    break;
                case '/':
                    b.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
                    break;
                default:
                    b.append(c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 ? ' ' : c);
                    break;
            }
        }
        return b.toString();
    }

    /**
     * The rendered source with every character outside ASCII as a unicode escape: identifiers (a constant
     * {@code ÄRGER}) and comments then survive any source encoding the build uses, and lone surrogates cannot be
     * lost on the way to the file. No escape can form a line break, quote or backslash (those are ASCII).
     */
    static String ascii(CharSequence source) {
        int i = 0;
        while (i < source.length() && source.charAt(i) < 0x80) {
            i++;
        }
        if (i == source.length()) {
            return source.toString();
        }
        StringBuilder b = new StringBuilder(source.length() + 64).append(source, 0, i);
        for (; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c < 0x80) {
                b.append(c);
            } else {
                unicodeEscape(b, c);
            }
        }
        return b.toString();
    }

    private static void unicodeEscape(StringBuilder b, char c) {
        String hex = Integer.toHexString(c);
        b.append("\\u");
        for (int pad = hex.length(); pad < 4; pad++) {
            b.append('0');
        }
        b.append(hex);
    }
}
