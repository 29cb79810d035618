package dev.oxprops.processor.source;

/** Java string literals as generated code writes them. */
final class Strings {
    private Strings() {}

    /**
     * {@code value} as a double-quoted literal: quotes, backslashes and control characters escaped (control characters
     * without a short escape as a six-character unicode escape); after each line feed that is not the last character the literal is
     * closed and continued on a new line, indented twice, with {@code + "}.
     */
    static String literal(String value, String indent) {
        StringBuilder b = new StringBuilder(value.length() + 2);
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\b': b.append("\\b"); break;
                case '\t': b.append("\\t"); break;
                case '\n': b.append("\\n"); break;
                case '\f': b.append("\\f"); break;
                case '\r': b.append("\\r"); break;
                default:
                    if (Character.isISOControl(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
            if (c == '\n' && i + 1 < value.length()) {
                b.append("\"\n").append(indent).append(indent).append("+ \"");
            }
        }
        return b.append('"').toString();
    }
}
