package dev.oxprops.backend.mime;

import jakarta.mail.internet.MimeUtility;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header values between their raw form in a message and the strings a bag holds: unfolding, RFC 2047
 * encoded words in both directions, and which names are valid header field names (RFC 5322 3.6.8).
 */
final class HeaderText {
    /** An RFC 2047 encoded word: =?charset?encoding?text?= (charset may carry an RFC 2231 language). */
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([^?\\s]+)\\?([^?\\s]*)\\?=");
    /** Charsets of encoded words by lowercase name; an unknown name maps to empty. */
    private static final Map<String, Optional<Charset>> CHARSETS = new ConcurrentHashMap<>();
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    /** UTF-8 bytes per encoded word: 45 bytes are 60 base64 characters, 72 with the delimiters. */
    private static final int BYTES_PER_WORD = 45;
    /** Longest run of non-blank characters written as is; longer ones are encoded to keep lines short. */
    private static final int LONGEST_PLAIN_RUN = 900;

    private HeaderText() {}

    /** The value of a header as read, and what could not be decoded in it. */
    record Decoded(String value, List<String> problems) {}

    /** The problem of a raw value with U+FFFD: what Jakarta Mail puts for bytes that are not UTF-8. */
    static final String UNDECODABLE = "holds U+FFFD: bytes that are not valid UTF-8 (or a replacement character"
            + " written as such)";

    /**
     * The value with its line breaks unfolded (RFC 5322 2.2.3), as Jakarta Mail's {@code MimeUtility.unfold}
     * does (a break followed by a blank, or at the end, is removed; a break after a backslash loses the
     * backslash and stays), in one pass: the value is scanned once, however many lines it has.
     */
    static String unfold(String s) {
        int first = indexOfBreak(s, 0);
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        for (int i = first; i >= 0; i = indexOfBreak(s, from)) {
            int end = i + (s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1);
            if (i > 0 && s.charAt(i - 1) == '\\') {
                out.append(s, from, i - 1).append(s, i, end);
            } else if (end >= s.length() || s.charAt(end) == ' ' || s.charAt(end) == '\t') {
                out.append(s, from, i);
            } else {
                out.append(s, from, end);
            }
            from = end;
        }
        return out.append(s, from, s.length()).toString();
    }

    private static int indexOfBreak(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Folds a value of printable ASCII without runs of blanks onto lines of at most 76 characters where it
     * can (before a blank; {@code used} characters of the first line are taken by the name), in one pass.
     */
    static String fold(int used, String s) {
        StringBuilder out = new StringBuilder(s.length() + s.length() / 32);
        int column = used;
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && s.charAt(j) == ' ') {
                j++;
            }
            while (j < s.length() && s.charAt(j) != ' ') {
                j++;
            }
            if (i > 0 && column + (j - i) > 76) {
                out.append("\r\n");
                column = 0;
            }
            out.append(s, i, j);
            column += j - i;
            i = j;
        }
        return out.toString();
    }

    /** Whether {@code name} is a valid header field name: printable US-ASCII except the colon. */
    static boolean isFieldName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 33 || c > 126 || c == ':') {
                return false;
            }
        }
        return true;
    }

    /**
     * The value a raw header value stands for: unfolded, trailing whitespace removed, encoded words
     * decoded. An encoded word that cannot be decoded is kept as written and named in the problems.
     */
    static Decoded decode(String raw) {
        String s = stripTrailing(unfold(raw));
        List<String> problems = new ArrayList<>();
        if (s.indexOf('\uFFFD') >= 0) {
            problems.add(UNDECODABLE);
        }
        if (s.indexOf("=?") < 0) {
            return new Decoded(s, List.copyOf(problems));
        }
        StringBuilder out = new StringBuilder(s.length());
        Matcher m = ENCODED_WORD.matcher(s);
        int last = 0;
        boolean previousWasDecoded = false;
        while (m.find()) {
            String between = s.substring(last, m.start());
            String decoded = decodeWord(m.group(), m.group(1), m.group(2), m.group(3), problems);
            // RFC 2047 6.2: blanks between two adjacent encoded words are not part of the text.
            if (!(previousWasDecoded && decoded != null && between.isBlank())) {
                out.append(between);
            }
            if (decoded != null && decoded.indexOf('\uFFFD') >= 0 && m.group().indexOf('\uFFFD') < 0) {
                problems.add("encoded word " + m.group() + " holds bytes its charset cannot decode; U+FFFD in their"
                        + " place");
            }
            out.append(decoded != null ? decoded : m.group());
            previousWasDecoded = decoded != null;
            last = m.end();
        }
        out.append(s, last, s.length());
        return new Decoded(out.toString(), List.copyOf(problems));
    }

    /**
     * One encoded word decoded (B: base64, Q: RFC 2047 4.2), or null with a problem. Decoded here rather
     * than by {@code MimeUtility.decodeWord}, which costs about a millisecond a word.
     */
    private static String decodeWord(String word, String charsetName, String encoding, String text,
            List<String> problems) {
        String enc = encoding.toUpperCase(Locale.ROOT);
        if (!enc.equals("B") && !enc.equals("Q")) {
            problems.add("encoded word " + word + " has unknown encoding '" + encoding + "' (RFC 2047 knows B and Q)");
            return null;
        }
        if (enc.equals("B") && (text.length() % 4 != 0 || !BASE64.matcher(text).matches())) {
            problems.add("encoded word " + word + " has malformed base64 text");
            return null;
        }
        Charset charset = charset(charsetName);
        if (charset == null) {
            problems.add("encoded word " + word + " cannot be decoded: unknown charset " + charsetName);
            return null;
        }
        byte[] bytes = enc.equals("B") ? Base64.getDecoder().decode(text) : quoted(text);
        if (bytes == null) {
            problems.add("encoded word " + word + " cannot be decoded: malformed Q text");
            return null;
        }
        return new String(bytes, charset);
    }

    private static Charset charset(String name) {
        return CHARSETS.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> {
            int star = n.indexOf('*'); // RFC 2231 language
            try {
                return Optional.of(Charset.forName(MimeUtility.javaCharset(star < 0 ? n : n.substring(0, star))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** The bytes of Q-encoded text, or null when an escape is malformed. */
    private static byte[] quoted(String text) {
        byte[] out = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
                if (lo < 0) {
                    return null;
                }
                out[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else {
                out[n++] = (byte) (c == '_' ? ' ' : c);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The raw form of a value for a header called {@code name}: as is when it is plain printable ASCII
     * that reads back unchanged, else as UTF-8 base64 encoded words folded onto continuation lines.
     */
    static String encode(String name, String value) {
        if (readsBackAsIs(value)) {
            return fold(name.length() + 2, value);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = i;
            int bytes = 0;
            while (i < value.length()) {
                int cp = value.codePointAt(i);
                int n = utf8Length(cp);
                if (bytes + n > BYTES_PER_WORD) {
                    break;
                }
                bytes += n;
                i += Character.charCount(cp);
            }
            if (out.length() > 0) {
                out.append("\r\n ");
            }
            out.append("=?UTF-8?B?")
                    .append(Base64.getEncoder().encodeToString(value.substring(start, i).getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
        }
        return out.toString();
    }

    private static boolean readsBackAsIs(String value) {
        if (value.isEmpty()) {
            return true;
        }
        if (value.contains("=?") || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1))) {
            return false;
        }
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 32 || c > 126) {
                return false;
            }
            run = c == ' ' ? 0 : run + 1;
            if (run > LONGEST_PLAIN_RUN) {
                return false;
            }
        }
        // Runs of blanks would be collapsed by nothing, but keep them exact: folding may split there.
        return !value.contains("  ");
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t' || s.charAt(end - 1) == '\r'
                || s.charAt(end - 1) == '\n')) {
            end--;
        }
        return s.substring(0, end);
    }
}
