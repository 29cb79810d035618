package dev.oxprops.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The typed JSON of {@code inspect --json} (schema in docs/cli.md): numbers as numbers, booleans as booleans,
 * times as ISO-8601 strings, binary as hexadecimal strings, GUIDs in their braces-free form, strings as they are.
 */
final class InspectJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private InspectJson() {}

    /** The whole document: every file, the counts of each status, strict, the exit code. */
    static ObjectNode document(List<InspectCommand.Result> results, List<String> emptyFolders, boolean strict, int code) {
        ObjectNode root = F.objectNode();
        ArrayNode files = root.putArray("files");
        for (InspectCommand.Result r : results) {
            files.add(file(r));
        }
        ArrayNode empty = root.putArray("emptyFolders");
        emptyFolders.forEach(empty::add);
        ObjectNode summary = root.putObject("summary");
        summary.put("files", results.size());
        for (InspectCommand.Status s : InspectCommand.Status.values()) {
            summary.put(s.json(), results.stream().filter(r -> r.status() == s).count());
        }
        root.put("strict", strict);
        root.put("exitCode", code);
        return root;
    }

    static ObjectNode file(InspectCommand.Result r) {
        ObjectNode f = F.objectNode();
        f.put("path", r.path());
        f.put("format", r.format());
        f.put("status", r.status().json());
        f.put("valid", r.status() == InspectCommand.Status.VALID);
        f.put("problem", r.problem());
        ArrayNode w = f.putArray("warnings");
        r.warnings().forEach(w::add);
        f.put("messageClass", r.messageClass());
        f.put("subject", r.subject());
        f.put("sharing", r.sharing());
        if (r.sharing()) {
            f.put("spec", "MS-OXSHARE");
            if (r.flavor() == null) {
                f.putNull("flavor");
            } else {
                ObjectNode fl = f.putObject("flavor");
                fl.put("name", r.flavor());
                fl.put("value", SharingMessageKeys.Flavor.valueOf(r.flavor()).value());
            }
        }
        ArrayNode props = f.putArray("properties");
        for (Tables.Row row : r.properties()) {
            props.add(property(row));
        }
        if (r.report() != null) {
            ArrayNode vs = f.putArray("violations");
            for (Violation v : r.report().violations()) {
                ObjectNode o = vs.addObject();
                o.put("level", v.level().text());
                o.put("mandatory", v.isMandatory());
                o.put("section", v.section());
                o.put("property", v.property());
                o.put("rule", v.rule().name());
                o.put("message", v.message());
            }
            ArrayNode nc = f.putArray("notCarried");
            r.report().notCarried().forEach(nc::add);
        }
        ArrayNode atts = f.putArray("attachments");
        for (InspectCommand.Attachment a : r.attachments()) {
            ObjectNode o = atts.addObject();
            o.put("index", a.index());
            o.put("name", a.name());
            if (a.size() == null) {
                o.putNull("size");
            } else {
                o.put("size", a.size());
            }
            o.put("embeddedMessage", a.embeddedMessage());
            o.put("note", a.note());
            o.set("embedded", a.embedded() == null ? F.nullNode() : file(a.embedded()));
        }
        return f;
    }

    private static ObjectNode property(Tables.Row row) {
        ObjectNode p = F.objectNode();
        p.put("name", row.name());
        PropertyId id = row.id();
        if (id instanceof PropertyId.Tag) {
            p.put("tag", String.format("0x%04X", ((PropertyId.Tag) id).id()));
        } else if (id instanceof PropertyId.Lid) {
            p.put("set", PropertyNames.setName(((PropertyId.Lid) id).set()));
            p.put("lid", String.format("0x%04X", ((PropertyId.Lid) id).lid()));
        } else if (id instanceof PropertyId.Name) {
            p.put("set", PropertyNames.setName(((PropertyId.Name) id).set()));
            p.put("propertyName", ((PropertyId.Name) id).name());
        }
        if (!(id instanceof PropertyId.Tag)) {
            p.put("fileId", "-".equals(row.propertyId()) ? null : row.propertyId());
        }
        p.put("type", row.type() == null ? null : row.type().name());
        p.set("value", value(row.type(), row.raw()));
        return p;
    }

    /** A value as typed JSON. */
    static JsonNode value(MapiType type, Object v) {
        if (v == null) {
            return F.nullNode();
        }
        if (v instanceof List) {
            ArrayNode a = F.arrayNode();
            for (Object e : (List<?>) v) {
                a.add(value(type == null ? null : type.elementType(), e));
            }
            return a;
        }
        if (v instanceof Boolean) {
            return F.booleanNode((Boolean) v);
        }
        if (v instanceof Short || v instanceof Integer || v instanceof Long) {
            return F.numberNode(((Number) v).longValue());
        }
        if (v instanceof Float || v instanceof Double) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? F.numberNode(d) : F.textNode(String.valueOf(d));
        }
        if (v instanceof Instant) {
            return F.textNode(v.toString());
        }
        if (v instanceof byte[]) {
            return F.textNode(Hex.ofBytes((byte[]) v));
        }
        if (v instanceof UUID) {
            return F.textNode(v.toString().toUpperCase(java.util.Locale.ROOT));
        }
        return F.textNode(String.valueOf(v));
    }
}
