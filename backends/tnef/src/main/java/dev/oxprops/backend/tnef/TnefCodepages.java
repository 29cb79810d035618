package dev.oxprops.backend.tnef;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The Java charset of a Windows code page, as attOemCodepage names it. */
final class TnefCodepages {
    /** The code page the writer uses unless told otherwise, and the reader when a stream names none it knows. */
    static final int DEFAULT = 1252;

    private static final Map<Integer, String> KNOWN = Map.ofEntries(Map.entry(65001, "UTF-8"),
            Map.entry(20127, "US-ASCII"), Map.entry(28591, "ISO-8859-1"), Map.entry(932, "windows-31j"),
            Map.entry(936, "GBK"), Map.entry(949, "x-windows-949"), Map.entry(950, "x-windows-950"),
            Map.entry(20866, "KOI8-R"), Map.entry(21866, "KOI8-U"), Map.entry(874, "x-windows-874"),
            Map.entry(1200, "UTF-16LE"));

    private TnefCodepages() {}

    /** The charset of {@code codepage}, or {@code null} when Java has none for it. */
    static Charset forCodepage(int codepage) {
        String known = KNOWN.get(codepage);
        String[] names = known != null ? new String[] {known}
                : new String[] {"windows-" + codepage, "cp" + codepage, "x-windows-" + codepage, "IBM" + codepage};
        for (String n : names) {
            try {
                if (Charset.isSupported(n)) {
                    return Charset.forName(n);
                }
            } catch (IllegalArgumentException e) {
                // not a legal charset name: try the next
            }
        }
        return null;
    }

    /** The default charset, windows-1252. */
    static Charset fallback() {
        Charset cs = forCodepage(DEFAULT);
        return cs != null ? cs : StandardCharsets.ISO_8859_1;
    }
}
