package dev.oxprops.backend.pst;

import com.pff.DescriptorIndexNode;
import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The property table (property context, [MS-PST] 2.3.3) of one PST node, read through java-libpst's protected
 * constructor of {@link PSTObject}, its extension point: the constructor reads the whole table of the node, and the
 * protected accessors give each value. java-libpst keeps an entry's type in a package-private class; the type comes
 * from the entry's public description ({@code "...:001F: ..."}, the same text {@link PSTObject#getItemsString()}
 * prints).
 */
final class PstTable extends PSTObject {
    /** The type in an entry's description: {@code "name:TTTT: "} or {@code "name(IIII):TTTT: "}. */
    static final Pattern TYPE = Pattern.compile(":([0-9A-F]{4}): ");
    /** One entry of {@link PSTObject#getItemsString()}: {@code "{id=Table Item: ...}"}, entries joined by ", ". */
    static final Pattern ENTRY = Pattern.compile("(?:^\\{|, )(\\d+)=Table Item: [^\\n]*?:([0-9A-F]{4}): ");

    PstTable(PSTFile file, DescriptorIndexNode node) throws PSTException, IOException {
        super(file, node);
    }

    /** Property id to property type code, in id order. */
    Map<Integer, Integer> types() {
        Map<?, ?> entries = items;
        Map<Integer, Integer> out = new TreeMap<>();
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            Matcher m = TYPE.matcher(String.valueOf(e.getValue()));
            out.put((Integer) e.getKey(), m.find() ? Integer.parseInt(m.group(1), 16) : -1);
        }
        return out;
    }

    /** Ids and types of any PST object, parsed from its public {@link PSTObject#getItemsString()}. */
    static Map<Integer, Integer> types(PSTObject o) {
        Map<Integer, Integer> out = new TreeMap<>();
        Matcher m = ENTRY.matcher(o.getItemsString());
        while (m.find()) {
            out.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2), 16));
        }
        return out;
    }

    /** The 32-bit value held in the entry itself (16- and 32-bit integers, booleans, floats, error codes). */
    int inline(int id) {
        return getIntItem(id);
    }

    /** The 8 bytes of an 8-byte value (64-bit integers, currency, doubles, times), as a long. */
    long eight(int id) {
        return Double.doubleToRawLongBits(getDoubleItem(id));
    }

    /** The bytes of a variable-size value (strings, binary, GUIDs, multi-valued), wherever the table keeps them. */
    byte[] bytes(int id) {
        // decoded as ISO-8859-1, a string holds each byte as one char: the bytes come back unchanged
        return getStringItem(id, 0x1E, "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1);
    }
}
