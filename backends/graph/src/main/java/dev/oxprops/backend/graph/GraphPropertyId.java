package dev.oxprops.backend.graph;

import dev.oxprops.backend.graph.GraphIdFormatException.Part;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.PropertyId;
import java.util.Objects;
import java.util.UUID;

/**
 * The id of a Graph / EWS extended property: a {@link GraphType} and a {@link PropertyId}, in one of
 * the three forms Graph documents (singleValueLegacyExtendedProperty, multiValueLegacyExtendedProperty):
 *
 * <ul>
 *   <li>{@code {type} {guid} Name {name}}, e.g. {@code String {00020386-0000-0000-C000-000000000046} Name X-Sharing-Flavor}
 *   <li>{@code {type} {guid} Id {id}}, e.g. {@code Integer {00062040-0000-0000-C000-000000000046} Id 0x8A18}
 *   <li>{@code {type} {proptag}}, e.g. {@code String 0x001A}
 * </ul>
 *
 * <p><b>What {@link #parse} accepts.</b> Parts are separated by exactly one space, with nothing before
 * or after (a string name runs to the end of the id and may itself contain single spaces). The type
 * name and the words {@code Id} and {@code Name} are matched ignoring case, as Exchange does. The GUID
 * is hexadecimal in registry form, with or without braces. A LID or tag is hexadecimal with a
 * {@code 0x} prefix or decimal without sign; a LID is 0 to 0xFFFFFFFF, a tag is the 16-bit property id
 * (without its type) from 0x0001 to 0x7FFF — ids from 0x8000 are store-specific ids of named
 * properties and must be given by GUID and LID or name. A name of the form {@code 0x...} is refused as
 * an Id/Name mix-up. Anything else throws {@link GraphIdFormatException} naming the part that is wrong.
 *
 * <p><b>What {@link #format} produces</b> (the canonical form): the type's canonical spelling, the GUID
 * upper-case in braces, {@code Id} with the LID as {@code 0x} and at least four upper-case hex digits,
 * {@code Name} with the name as given, and a tag as {@code 0x} and four upper-case hex digits.
 *
 * @param type the type of the value
 * @param property the property
 */
public record GraphPropertyId(GraphType type, PropertyId property) {
    public GraphPropertyId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(property, "property");
        if (property instanceof PropertyId.Tag) {
            int tag = ((PropertyId.Tag) property).id();
            if (tag < 0x0001 || tag > 0x7FFF) {
                throw new IllegalArgumentException(String.format(
                        "a tag in an extended property id is 0x0001-0x7FFF, got 0x%04X", tag));
            }
        }
    }

    /**
     * Parses an id.
     *
     * @throws GraphIdFormatException when the id is not exactly of one of the three forms
     */
    public static GraphPropertyId parse(String id) {
        if (id == null || id.isEmpty()) {
            throw new GraphIdFormatException(String.valueOf(id), Part.FORM, "the id is empty");
        }
        checkBlanks(id);
        int sp = id.indexOf(' ');
        if (sp < 0) {
            throw new GraphIdFormatException(id, Part.FORM,
                    "expected '{type} {proptag}', '{type} {guid} Id {id}' or '{type} {guid} Name {name}'");
        }
        String typeName = id.substring(0, sp);
        GraphType type = GraphType.forName(typeName);
        if (type == null) {
            throw new GraphIdFormatException(id, Part.TYPE, GraphType.isUncarriedEwsName(typeName)
                    ? "type '" + typeName + "' cannot be set through Graph and is not carried"
                    : "unknown type '" + typeName + "'");
        }
        String rest = id.substring(sp + 1);
        int sp2 = rest.indexOf(' ');
        String second = sp2 < 0 ? rest : rest.substring(0, sp2);
        if (sp2 < 0) {
            if (looksLikeGuid(second)) {
                throw new GraphIdFormatException(id, Part.KIND, "missing 'Id {id}' or 'Name {name}' after the GUID");
            }
            return new GraphPropertyId(type, PropertyId.tag(parseTag(id, second)));
        }
        if (second.equalsIgnoreCase("Id") || second.equalsIgnoreCase("Name")) {
            throw new GraphIdFormatException(id, Part.GUID, "missing property set GUID before '" + second + "'");
        }
        UUID set = parseGuid(id, second);
        String afterGuid = rest.substring(sp2 + 1);
        int sp3 = afterGuid.indexOf(' ');
        String kind = sp3 < 0 ? afterGuid : afterGuid.substring(0, sp3);
        if (!kind.equalsIgnoreCase("Id") && !kind.equalsIgnoreCase("Name")) {
            throw new GraphIdFormatException(id, Part.KIND, "expected 'Id' or 'Name' after the GUID, got '" + kind + "'");
        }
        if (sp3 < 0) {
            throw new GraphIdFormatException(id, kind.equalsIgnoreCase("Id") ? Part.LID : Part.NAME,
                    "nothing after '" + kind + "'");
        }
        String value = afterGuid.substring(sp3 + 1);
        if (kind.equalsIgnoreCase("Id")) {
            return new GraphPropertyId(type, PropertyId.lid(set, parseLid(id, value)));
        }
        return new GraphPropertyId(type, PropertyId.name(set, checkName(id, value)));
    }

    /** The canonical form of this id. */
    public String format() {
        StringBuilder b = new StringBuilder(type.graphName()).append(' ');
        if (property instanceof PropertyId.Tag) {
            return b.append(String.format("0x%04X", ((PropertyId.Tag) property).id())).toString();
        }
        if (property instanceof PropertyId.Lid) {
            PropertyId.Lid lid = (PropertyId.Lid) property;
            return b.append('{').append(Guids.format(lid.set())).append("} Id ")
                    .append(String.format("0x%04X", lid.lid())).toString();
        }
        PropertyId.Name name = (PropertyId.Name) property;
        return b.append('{').append(Guids.format(name.set())).append("} Name ").append(name.name()).toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static void checkBlanks(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c != ' ' && Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new GraphIdFormatException(id, Part.SPACING, String.format(
                        "control or blank character U+%04X at index %d (parts are separated by one space)", (int) c, i));
            }
        }
        if (id.charAt(0) == ' ' || id.charAt(id.length() - 1) == ' ') {
            throw new GraphIdFormatException(id, Part.SPACING, "blank at the start or end of the id");
        }
        // Before the name of the Name form (which may contain spaces of its own), no two spaces may touch.
        int limit = id.length();
        int nameAt = indexOfNameWord(id);
        if (nameAt >= 0) {
            limit = nameAt;
        }
        int dbl = id.indexOf("  ");
        if (dbl >= 0 && dbl < limit) {
            throw new GraphIdFormatException(id, Part.SPACING, "two spaces at index " + dbl + " (parts are separated by one space)");
        }
    }

    /** The index just after the third space (start of the name) when the id reads '{type} {guid} Name '. */
    private static int indexOfNameWord(String id) {
        int sp1 = id.indexOf(' ');
        int sp2 = sp1 < 0 ? -1 : id.indexOf(' ', sp1 + 1);
        if (sp2 < 0 || sp2 == sp1 + 1) {
            return -1;
        }
        int sp3 = id.indexOf(' ', sp2 + 1);
        if (sp3 < 0 || !id.substring(sp2 + 1, sp3).equalsIgnoreCase("Name")) {
            return -1;
        }
        return sp3 + 1;
    }

    private static boolean looksLikeGuid(String s) {
        return s.startsWith("{") || (s.length() == 36 && s.charAt(8) == '-');
    }

    private static UUID parseGuid(String id, String text) {
        boolean open = text.startsWith("{");
        boolean close = text.endsWith("}");
        if (open != close) {
            throw new GraphIdFormatException(id, Part.GUID, "unbalanced braces in '" + text + "'");
        }
        if (text.chars().anyMatch(c -> c > 127)) {
            throw new GraphIdFormatException(id, Part.GUID, "non-ASCII character in '" + text + "'");
        }
        try {
            return Guids.parse(text);
        } catch (MalformedValueException | IllegalArgumentException e) {
            throw new GraphIdFormatException(id, Part.GUID, "'" + text + "' is not a GUID (XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX)");
        }
    }

    private static int parseTag(String id, String text) {
        long v = parseNumber(id, text, Part.TAG);
        if (isHex(text) && text.length() == 10 && v > 0xFFFF) {
            throw new GraphIdFormatException(id, Part.TAG, "'" + text
                    + "' is a 32-bit property tag; give the 16-bit property id only, without the type");
        }
        if (v == 0 || v > 0xFFFF) {
            throw new GraphIdFormatException(id, Part.TAG, "'" + text + "' is outside 0x0001-0x7FFF");
        }
        if (v >= 0x8000) {
            throw new GraphIdFormatException(id, Part.TAG, String.format("0x%04X is in the named-property range "
                    + "0x8000-0xFFFF; give a named property as '{type} {guid} Id {lid}' or '... Name {name}'", v));
        }
        return (int) v;
    }

    private static long parseLid(String id, String text) {
        long v = parseNumber(id, text, Part.LID);
        if (v > 0xFFFFFFFFL) {
            throw new GraphIdFormatException(id, Part.LID, "'" + text + "' is out of range: a LID is 0 to 0xFFFFFFFF");
        }
        return v;
    }

    private static boolean isHex(String text) {
        return text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X');
    }

    /** A non-negative number, 0x-hex or decimal; values beyond 32 bits come back as they are (up to 2^40). */
    private static long parseNumber(String id, String text, Part part) {
        String what = part == Part.LID ? "a LID" : "a property id";
        if (text.isEmpty()) {
            throw new GraphIdFormatException(id, part, "missing number");
        }
        boolean hex = text.startsWith("0x") || text.startsWith("0X");
        String digits = hex ? text.substring(2) : text;
        if (digits.isEmpty()) {
            throw new GraphIdFormatException(id, part, "'" + text + "' has no hex digits after 0x");
        }
        long v = 0;
        int significant = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d = c > 127 ? -1 : Character.digit(c, hex ? 16 : 10);
            if (d < 0) {
                String hint = part == Part.LID && !hex && Character.isLetter(text.charAt(0))
                        ? " (string names are given with 'Name', not 'Id')" : "";
                throw new GraphIdFormatException(id, part, "'" + text + "' is not " + what + ": '" + c + "' is not a "
                        + (hex ? "hex" : "decimal") + " digit" + hint);
            }
            if (significant > 0 || d != 0) {
                significant++;
            }
            if (significant > 10) {
                throw new GraphIdFormatException(id, part, "'" + text + "' is out of range");
            }
            v = v * (hex ? 16 : 10) + d;
        }
        return v;
    }

    private static String checkName(String id, String name) {
        if (name.isEmpty()) {
            throw new GraphIdFormatException(id, Part.NAME, "empty name");
        }
        if (name.startsWith(" ") || name.endsWith(" ")) {
            throw new GraphIdFormatException(id, Part.SPACING, "blank before or after the name");
        }
        if (isHex(name) && name.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
            throw new GraphIdFormatException(id, Part.KIND, "'Name " + name + "' looks like a numeric id; use 'Id "
                    + name + "' for a LID");
        }
        return name;
    }
}
