package dev.oxprops.processor.source;

/**
 * Writes code into a buffer, turning a wrapping space into a space or, when the text up to the next wrapping point
 * would pass column 100, into a new line indented by the level given with it.
 */
final class LineWrapper {
    private static final int COLUMN_LIMIT = 100;

    /** What a pending wrapping point becomes when the text after it fits. */
    private enum Flush { WRAP, SPACE, EMPTY }

    private final StringBuilder out;
    private final String indent;
    /** The text after the pending wrapping point, not yet written. */
    private final StringBuilder buffer = new StringBuilder();
    /** Characters since the last new line, counting the buffer and a pending space. */
    private int column;
    /** The indentation levels of a wrapped line; -1 when nothing is pending. */
    private int indentLevel = -1;
    private Flush next;

    LineWrapper(StringBuilder out, String indent) {
        this.out = out;
        this.indent = indent;
    }

    /** The last character written (not counting the buffer), or 0 before any. */
    char lastChar() {
        int n = out.length();
        return n == 0 ? 0 : out.charAt(n - 1);
    }

    /** Text without a line break: held back while a wrapping point is pending and it fits on the line. */
    void append(String s) {
        if (next != null) {
            if (column + s.length() <= COLUMN_LIMIT) {
                buffer.append(s);
                column += s.length();
                return;
            }
            flush(Flush.WRAP);
        }
        out.append(s);
        column += s.length();
    }

    /** Ends the line; a pending wrapping point wraps only if the line is already too long. */
    void newLine() {
        if (next != null) {
            flush(column > COLUMN_LIMIT ? Flush.WRAP : next);
        }
        out.append('\n');
        column = 0;
    }

    /** A space, or a new line if the text up to the next wrapping point does not fit. */
    void wrappingSpace(int level) {
        if (next != null) {
            flush(next);
        }
        column++;
        next = Flush.SPACE;
        indentLevel = level;
    }

    /** Nothing, or a new line if the text up to the next wrapping point does not fit. */
    void zeroWidthSpace(int level) {
        if (column == 0) {
            return;
        }
        if (next != null) {
            flush(next);
        }
        next = Flush.EMPTY;
        indentLevel = level;
    }

    private void flush(Flush how) {
        if (how == Flush.WRAP) {
            out.append('\n');
            for (int i = 0; i < indentLevel; i++) {
                out.append(indent);
            }
            column = indentLevel * indent.length() + buffer.length();
        } else if (how == Flush.SPACE) {
            out.append(' ');
        }
        out.append(buffer);
        buffer.setLength(0);
        indentLevel = -1;
        next = null;
    }
}
