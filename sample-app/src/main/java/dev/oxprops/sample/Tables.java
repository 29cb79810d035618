package dev.oxprops.sample;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Property tables in the form of the spec's examples: property, property ID, property type, value. */
public final class Tables {
    /** The longest value printed in a table before it is cut (JSON output is never cut). */
    public static final int MAX_VALUE = 100;

    private Tables() {}

    /** One row of a property table: {@code value} as displayed, {@code raw} as stored (for typed JSON). */
    public record Row(String name, PropertyId id, String propertyId, MapiType type, String value, Object raw) {}

    /**
     * The rows of {@code bag}: first the properties {@code spec} declares, in its order, then the others in the
     * bag's order. Named properties get their id from {@code map} (assigned there when it has none yet).
     */
    public static List<Row> rows(PropertyBag bag, SpecModel spec, NamedPropertyMap map) {
        List<Row> rows = new ArrayList<>();
        Set<PropertyId> done = new HashSet<>();
        if (spec != null) {
            for (PropertyModel p : spec.properties()) {
                PropertyId id = p.key().id();
                Object v = bag.get(id);
                if (v != null && done.add(id)) {
                    rows.add(row(id, bag.typeOf(id), v, map));
                }
            }
        }
        bag.forEach((id, type, value) -> {
            if (done.add(id)) {
                rows.add(row(id, type, value, map));
            }
        });
        return rows;
    }

    private static Row row(PropertyId id, MapiType type, Object value, NamedPropertyMap map) {
        String pid;
        if (id instanceof PropertyId.Tag) {
            pid = id.toString();
        } else if (map != null) {
            int n = map.find(id);
            if (n < 0) {
                n = map.idFor(id);
            }
            pid = String.format("0x%04X", n);
        } else {
            pid = "-";
        }
        String text;
        try {
            text = MapiValues.format(type, value);
        } catch (RuntimeException e) {
            text = MapiValues.describeStored(type, value);
        }
        return new Row(PropertyNames.name(id, type), id, pid, type, text, value);
    }

    /** Prints rows as an aligned table with a header line. */
    public static void print(PrintWriter out, List<Row> rows, String indent) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Property", "Property ID", "Property type", "Value"});
        for (Row r : rows) {
            cells.add(new String[] {r.name(), r.propertyId(), String.valueOf(r.type()), cut(r.value())});
        }
        printCells(out, cells, indent);
    }

    /** Prints a table of strings, first row the header, columns aligned. */
    public static void printCells(PrintWriter out, List<String[]> cells, String indent) {
        int cols = cells.get(0).length;
        int[] w = new int[cols];
        for (String[] row : cells) {
            for (int i = 0; i < cols; i++) {
                w[i] = Math.max(w[i], row[i].length());
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder b = new StringBuilder(indent);
            for (int i = 0; i < cols; i++) {
                String c = cells.get(r)[i];
                b.append(c);
                if (i < cols - 1) {
                    b.append(" ".repeat(w[i] - c.length() + 2));
                }
            }
            out.println(b.toString().stripTrailing());
            if (r == 0) {
                StringBuilder u = new StringBuilder(indent);
                for (int i = 0; i < cols; i++) {
                    u.append("-".repeat(w[i]));
                    if (i < cols - 1) {
                        u.append("  ");
                    }
                }
                out.println(u);
            }
        }
    }

    /** Prints a validation report: a summary line, then one line per violation (level, section, property, message). */
    public static void printReport(PrintWriter out, ValidationReport report, String indent) {
        if (report.violations().isEmpty()) {
            out.println(indent + report.specId() + ": no violations");
        } else {
            out.println(indent + report.specId() + ": " + report.violations().size()
                    + (report.violations().size() == 1 ? " violation" : " violations") + " (" + report.mandatory().size()
                    + " at MUST / MUST NOT)");
            List<String[]> cells = new ArrayList<>();
            cells.add(new String[] {"Level", "Section", "Property", "Message"});
            for (Violation v : report.violations()) {
                cells.add(new String[] {v.level().text(), v.section().isEmpty() ? "-" : v.section(), v.property(), v.message()});
            }
            printCells(out, cells, indent + "  ");
        }
        if (!report.notCarried().isEmpty()) {
            out.println(indent + "  not carried by this backend (not checked): " + String.join(", ", report.notCarried()));
        }
    }

    static String cut(String raw) {
        String s = raw.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 1) + "...";
    }
}
