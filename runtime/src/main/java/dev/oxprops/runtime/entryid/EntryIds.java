package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.MalformedValueException;
import java.util.UUID;

/** Checks shared by the entry ID types. */
final class EntryIds {
    private EntryIds() {}

    static <T> T nonNull(String structure, String field, T value) {
        if (value == null) {
            throw new MalformedEntryIdException(structure, field, -1, "is null");
        }
        return value;
    }

    /**
     * A string that can be written as zero-terminated single-byte characters: no zero character and
     * nothing beyond U+00FF.
     */
    static String checkSingleByte(String structure, String field, String s) {
        nonNull(structure, field, s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || c > 0xFF) {
                throw new MalformedEntryIdException(structure, field, -1, String.format(
                        "character U+%04X at index %d cannot be written as a zero-terminated single-byte string", (int) c, i));
            }
        }
        return s;
    }

    /** The bytes of a hex string, surrounding whitespace ignored. */
    static byte[] hexBytes(String structure, CharSequence hex) {
        if (hex == null) {
            throw new MalformedEntryIdException(structure, null, -1, "no hex string (null)");
        }
        String s = hex.toString().strip();
        if (s.isEmpty()) {
            throw new MalformedEntryIdException(structure, null, -1, "empty hex string");
        }
        try {
            return Hex.parseBytes(s);
        } catch (MalformedValueException e) {
            throw new MalformedEntryIdException(structure, null, -1, "not a hex string: " + e.getMessage());
        }
    }

    static String guid(UUID g) {
        return "{" + dev.oxprops.runtime.Guids.format(g) + "}";
    }

    /** Renders printable ASCII as is and everything else as \xNN, for toString. */
    static String printable(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                b.append(c);
            } else {
                b.append(String.format("\\x%02X", (int) c));
            }
        }
        return b.append('"').toString();
    }
}
