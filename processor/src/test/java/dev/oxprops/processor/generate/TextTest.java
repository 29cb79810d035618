package dev.oxprops.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** User text made safe: literals, Javadoc and the ASCII pass over rendered files. */
class TextTest {
    @Test
    void literalsAreAsciiWithEscapesJavacReadsBack() {
        assertEquals("\"a\\\"b\\\\c\"", Text.literal("a\"b\\c").toString());
        assertEquals("\"\\n\\r\\t\\000\\0011\\177\"", Text.literal("\n\r\t\0\u00011\u007f").toString());
        assertEquals("\"\\u2028\\u2029\\ud800x\\u00e9\"", Text.literal("\u2028\u2029\ud800x\u00e9").toString());
        assertEquals("\"C:\\\\users\\\\x\"", Text.literal("C:\\users\\x").toString(), "a backslash before u stays a backslash");
        assertEquals("null", Text.literal(null).toString());
        assertEquals("\"\\ud800\\134u00\\ud83d\\ude00\\\\u\"", Text.literal("\ud800" + "\\u00\ud83d\ude00\\u").toString(),
                "after a high surrogate's escape javac would read \\\\ as the start of another escape");
    }

    @Test
    void aStringTooLongForOneConstantIsJoinedFromPieces() {
        assertEquals("\"abcd\"", Text.literal("abcd", 4).toString());
        assertEquals("java.lang.String.join(\"\",\n\"abcd\",\n\"e\")", Text.literal("abcde", 4).toString());
        // U+00E9 takes two bytes and NUL two in modified UTF-8: pieces are cut by bytes, not characters
        assertEquals("java.lang.String.join(\"\",\n\"\\u00e9\\u00e9\",\n\"\\000\")", Text.literal("\u00e9\u00e9\0", 4).toString());
        assertEquals(8, Text.modifiedUtf8Length("a\u00e9\0\u2028"));
    }

    @Test
    void javadocCannotEndTheCommentStartATagOrHoldAUnicodeEscape() {
        assertEquals("a &lt;b&gt; &amp; c *&#47; &#64;see {&#64;code x} &#92;u12 &#92;&#92;server", 
                Text.javadoc("a <b> & c */ @see {@code x} \\u12 \\\\server"));
        assertEquals("one two three four", Text.javadoc("one\ntwo\u2028three\r\nfour".replace("\r\n", "\r")));
        assertEquals("**&#47; / x/", Text.javadoc("**/ / x/"));
    }

    @Test
    void theAsciiPassEscapesEverythingElse() {
        String plain = "class A {}";
        assertTrue(plain == Text.ascii(plain) || plain.equals(Text.ascii(plain)));
        assertEquals("enum E { \\u00c4RGER }", Text.ascii("enum E { \u00c4RGER }"));
        assertFalse(Text.ascii("\ud83d\ude00").contains("\ud83d"));
        assertEquals("\\ud83d\\ude00", Text.ascii("\ud83d\ude00"));
    }
}
