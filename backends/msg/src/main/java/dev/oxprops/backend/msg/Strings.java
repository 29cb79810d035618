package dev.oxprops.backend.msg;

import dev.oxprops.runtime.ReadProblem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * The string values of one message: PtypString as exact UTF-16LE code units, PtypString8 in the message's
 * code page (chosen by {@link MessageCharset#of}); the terminator (U+0000 at the end) is removed after decoding,
 * so that code pages of 2-byte units (1200, 1201) keep their last character. Bytes the code page cannot
 * decode become U+FFFD with an {@link ReadProblem.Kind#UNDECODABLE_TEXT} problem.
 */
final class Strings {
    private final Charset ansi;
    private final Problems problems;

    Strings(Charset ansi, Problems problems) {
        this.ansi = ansi;
        this.problems = problems;
    }

    String utf16(byte[] data, PropertyLabel label) {
        int len = data.length;
        if (len % 2 != 0) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, label, "a UTF-16 string of odd length " + len
                    + "; last byte ignored");
            len--;
        }
        return withoutTerminator(Utf16.decode(data, 0, len));
    }

    String ansi(byte[] data, PropertyLabel label) {
        String s;
        try {
            s = ansi.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            problems.add(ReadProblem.Kind.UNDECODABLE_TEXT, label, "PtypString8 bytes that are not valid in "
                    + ansi.name() + ", the message's code page; decoded with U+FFFD in their place");
            s = new String(data, ansi);
        }
        return withoutTerminator(s);
    }

    /** The number of bytes a terminator takes in PtypString8 values of this message. */
    int ansiTerminator() {
        return "\0".getBytes(ansi).length;
    }

    private static String withoutTerminator(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
