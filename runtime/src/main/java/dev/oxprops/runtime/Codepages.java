package dev.oxprops.runtime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Windows code pages (PidTagMessageCodepage, PidTagInternetCodepage, TNEF's attOemCodepage) and the Java charsets
 * PtypString8 values are decoded with; one table for every backend.
 */
public final class Codepages {
    /** windows-1252, the code page of PtypString8 values when nothing names one. */
    public static final int DEFAULT = 1252;

    private static final Map<Integer, String> KNOWN = Map.ofEntries(
            Map.entry(932, "windows-31j"), Map.entry(936, "GBK"), Map.entry(949, "x-windows-949"),
            Map.entry(950, "x-windows-950"), Map.entry(1200, "UTF-16LE"), Map.entry(1201, "UTF-16BE"),
            Map.entry(20127, "US-ASCII"), Map.entry(20866, "KOI8-R"), Map.entry(21866, "KOI8-U"),
            Map.entry(50220, "ISO-2022-JP"), Map.entry(50221, "ISO-2022-JP"), Map.entry(50222, "ISO-2022-JP"),
            Map.entry(50225, "ISO-2022-KR"), Map.entry(51932, "EUC-JP"), Map.entry(51949, "EUC-KR"),
            Map.entry(52936, "GBK"), Map.entry(54936, "GB18030"), Map.entry(65001, "UTF-8"));

    /**
     * MIME code pages that PidTagInternetCodepage names but that cannot be the 8-bit encoding of PtypString8 values
     * (7-bit or ISO forms), mapped to the Windows code page of the same script, in which Outlook stores the strings (a
     * Japanese message says 50220, ISO-2022-JP, and holds Shift_JIS bytes).
     */
    private static final Map<Integer, Integer> ANSI_OF_MIME = Map.ofEntries(
            Map.entry(50220, 932), Map.entry(50221, 932), Map.entry(50222, 932), Map.entry(51932, 932),
            Map.entry(20932, 932), Map.entry(50225, 949), Map.entry(51949, 949), Map.entry(52936, 936),
            Map.entry(50227, 936), Map.entry(20936, 936), Map.entry(20127, 1252), Map.entry(28591, 1252),
            Map.entry(28605, 1252), Map.entry(28592, 1250), Map.entry(28595, 1251), Map.entry(20866, 1251),
            Map.entry(21866, 1251), Map.entry(28597, 1253), Map.entry(28599, 1254), Map.entry(28598, 1255),
            Map.entry(38598, 1255), Map.entry(28596, 1256), Map.entry(28594, 1257), Map.entry(28603, 1257));

    private static final Charset WINDOWS_1252 = charset(DEFAULT);

    private Codepages() {}

    /** The charset of a code page, or {@code null} when Java has none for it. */
    public static Charset charset(int codepage) {
        String name = KNOWN.get(codepage);
        if (name == null && codepage >= 28591 && codepage <= 28605) {
            name = "ISO-8859-" + (codepage - 28590);
        }
        String[] candidates = name != null ? new String[] {name}
                : new String[] {"windows-" + codepage, "x-windows-" + codepage, "IBM" + codepage, "x-IBM" + codepage,
                    "cp" + codepage};
        for (String candidate : candidates) {
            try {
                if (Charset.isSupported(candidate)) {
                    return Charset.forName(candidate);
                }
            } catch (IllegalArgumentException e) {
                // not a legal charset name: try the next spelling
            }
        }
        return null;
    }

    /** The charset of {@link #DEFAULT}: windows-1252 (ISO-8859-1 on a JVM without it). */
    public static Charset defaultCharset() {
        return WINDOWS_1252 != null ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
    }

    /**
     * The code page the PtypString8 values of a message are stored in: PidTagMessageCodepage when given, else
     * PidTagInternetCodepage (a MIME-only code page mapped to the Windows code page of its script), else null.
     */
    public static Integer stringCodepage(Integer messageCodepage, Integer internetCodepage) {
        if (messageCodepage != null) {
            return messageCodepage;
        }
        if (internetCodepage != null) {
            return ANSI_OF_MIME.getOrDefault(internetCodepage, internetCodepage);
        }
        return null;
    }

    /**
     * The charset of the PtypString8 values of a message, from its {@link #stringCodepage code page}: windows-1252
     * when it names none, or one Java has no charset for.
     */
    public static Charset stringCharset(Integer messageCodepage, Integer internetCodepage) {
        Integer cp = stringCodepage(messageCodepage, internetCodepage);
        Charset cs = cp == null ? null : charset(cp);
        return cs != null ? cs : defaultCharset();
    }
}
