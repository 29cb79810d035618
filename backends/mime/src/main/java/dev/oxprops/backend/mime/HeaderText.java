package dev.oxprops.backend.mime;

import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header values between their raw form in a message and the strings a bag holds: unfolding, RFC 2047
 * encoded words in both directions, and which names are valid header field names (RFC 5322 3.6.8).
 */
final class HeaderText {
    /** An RFC 2047 encoded word: =?charset?encoding?text?= (charset may carry an RFC 2231 language). */
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([^?\\s]+)\\?([^?\\s]*)\\?=");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    /** UTF-8 bytes per encoded word: 45 bytes are 60 base64 characters, 72 with the delimiters. */
    private static final int BYTES_PER_WORD = 45;
    /** Longest run of non-blank characters written as is; longer ones are encoded to keep lines short. */
    private static final int LONGEST_PLAIN_RUN = 900;

    private HeaderText() {}

    /** The value of a header as read, and what could not be decoded in it. */
    record Decoded(String value, List<String> problems) {}

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
        String s = stripTrailing(MimeUtility.unfold(raw));
        if (s.indexOf("=?") < 0) {
            return new Decoded(s, List.of());
        }
        List<String> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder(s.length());
        Matcher m = ENCODED_WORD.matcher(s);
        int last = 0;
        boolean previousWasDecoded = false;
        while (m.find()) {
            String between = s.substring(last, m.start());
            String decoded = decodeWord(m.group(), m.group(2), m.group(3), problems);
            // RFC 2047 6.2: blanks between two adjacent encoded words are not part of the text.
            if (!(previousWasDecoded && decoded != null && between.isBlank())) {
                out.append(between);
            }
            out.append(decoded != null ? decoded : m.group());
            previousWasDecoded = decoded != null;
            last = m.end();
        }
        out.append(s, last, s.length());
        return new Decoded(out.toString(), List.copyOf(problems));
    }

    private static String decodeWord(String word, String encoding, String text, List<String> problems) {
        String enc = encoding.toUpperCase(Locale.ROOT);
        if (!enc.equals("B") && !enc.equals("Q")) {
            problems.add("encoded word " + word + " has unknown encoding '" + encoding + "' (RFC 2047 knows B and Q)");
            return null;
        }
        if (enc.equals("B") && (text.length() % 4 != 0 || !BASE64.matcher(text).matches())) {
            problems.add("encoded word " + word + " has malformed base64 text");
            return null;
        }
        try {
            return MimeUtility.decodeWord(word);
        } catch (Exception e) {
            problems.add("encoded word " + word + " cannot be decoded: " + e.getMessage());
            return null;
        }
    }

    /**
     * The raw form of a value for a header called {@code name}: as is when it is plain printable ASCII
     * that reads back unchanged, else as UTF-8 base64 encoded words folded onto continuation lines.
     */
    static String encode(String name, String value) {
        if (readsBackAsIs(value)) {
            return MimeUtility.fold(name.length() + 2, value);
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
