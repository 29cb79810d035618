package dev.oxprops.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oxprops.runtime.validation.Violation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bulk scan found for one item: a message file, an item of a PST, or a message attached to one of those.
 * One line of the scan's JSON-lines report ({@link #toJson()}; schema in docs/cli.md); the same for
 * {@code oxprops scan} and the Spark job.
 *
 * @param path the item: the file's name, {@code file.pst: /folder #node} for a PST item, {@code ... > attachment 2}
 *     (a .msg) or {@code ... attachment 2} (a PST item) for an attached message
 * @param embeddedIn the path of the message this one is attached to, or null
 * @param format msg, eml, json, xml, tnef or pst; null when unknown
 * @param status valid, violations, notSharing, notAMessage or unreadable (as {@code inspect --json})
 * @param problem for notAMessage and unreadable: what is wrong, in words; else null
 * @param warnings what the reader skipped or found inconsistent
 * @param messageClass PidTagMessageClass, or null
 * @param subject the subject, or null
 * @param sharing whether [MS-OXSHARE] applies (the item was validated)
 * @param flavor the sharing flavor's name, or null
 * @param attachments how many attachments the item has
 * @param violations every rule the item breaks (sharing messages only; SHOULD levels included)
 */
public record ScanItem(String path, String embeddedIn, String format, String status, String problem, List<String> warnings,
        String messageClass, String subject, boolean sharing, String flavor, int attachments, List<Rule> violations)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    public ScanItem {
        warnings = List.copyOf(warnings);
        violations = List.copyOf(violations);
    }

    /**
     * One violation.
     *
     * @param level MUST, MUST NOT, SHOULD or SHOULD NOT
     * @param mandatory whether the level is MUST or MUST NOT
     * @param section the section of the spec stating the rule
     * @param property the property's canonical name
     * @param rule the kind of rule (PRESENCE, TYPE, ONE_OF, MIRROR, ...)
     * @param message what is wrong, in words
     */
    public record Rule(String level, boolean mandatory, String section, String property, String rule, String message)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        static Rule of(Violation v) {
            return new Rule(v.level().text(), v.isMandatory(), v.section(), v.property(), v.rule().name(), v.message());
        }

        /** The rule broken, without what this message did: {@code MUST [2.2.5.1] PidNameContentClass PRESENCE}. */
        public String key() {
            return level + " " + Violation.bracketed(section) + " " + property + " " + rule;
        }
    }

    /** The exit code this item alone calls for: 2 not a message / unreadable, 1 MUST violated, else 0. */
    public int exitCode() {
        return "unreadable".equals(status) || "notAMessage".equals(status) ? 2 : "violations".equals(status) ? 1 : 0;
    }

    /** This item as a JSON object (one line of the report). */
    public ObjectNode toJson() {
        ObjectNode o = F.objectNode();
        o.put("path", path);
        o.put("embeddedIn", embeddedIn);
        o.put("format", format);
        o.put("status", status);
        o.put("problem", problem);
        ArrayNode w = o.putArray("warnings");
        warnings.forEach(w::add);
        o.put("messageClass", messageClass);
        o.put("subject", subject);
        o.put("sharing", sharing);
        o.put("flavor", flavor);
        o.put("attachments", attachments);
        ArrayNode vs = o.putArray("violations");
        for (Rule v : violations) {
            ObjectNode r = vs.addObject();
            r.put("level", v.level());
            r.put("mandatory", v.mandatory());
            r.put("section", v.section());
            r.put("property", v.property());
            r.put("rule", v.rule());
            r.put("message", v.message());
        }
        return o;
    }

    /** This item with {@code from} at the start of its path (and of its parent's) replaced by {@code to}. */
    ScanItem renamed(String from, String to) {
        if (from.equals(to)) {
            return this;
        }
        return new ScanItem(rename(path, from, to), rename(embeddedIn, from, to), format, status, problem, warnings,
                messageClass, subject, sharing, flavor, attachments, violations);
    }

    private static String rename(String p, String from, String to) {
        return p != null && p.startsWith(from) ? to + p.substring(from.length()) : p;
    }

    /** The items of an inspection result, the result first, then each embedded message (depth first). */
    static List<ScanItem> flatten(InspectCommand.Result r, String embeddedIn) {
        List<ScanItem> out = new ArrayList<>();
        flatten(r, embeddedIn, out);
        return out;
    }

    private static void flatten(InspectCommand.Result r, String embeddedIn, List<ScanItem> out) {
        List<Rule> rules = new ArrayList<>();
        if (r.report() != null) {
            r.report().violations().forEach(v -> rules.add(Rule.of(v)));
        }
        out.add(new ScanItem(r.path(), embeddedIn, r.format(), r.status().json(), r.problem(), r.warnings(),
                r.messageClass(), r.subject(), r.sharing(), r.flavor(), r.attachments().size(), rules));
        for (InspectCommand.Attachment a : r.attachments()) {
            if (a.embedded() != null) {
                flatten(a.embedded(), r.path(), out);
            }
        }
    }
}
