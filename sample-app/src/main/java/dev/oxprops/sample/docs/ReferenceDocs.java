package dev.oxprops.sample.docs;

import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.model.AllowedValue;
import dev.oxprops.runtime.model.Applicability;
import dev.oxprops.runtime.model.MirrorModel;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.sample.PropertyNames;
import dev.oxprops.specs.oxcmsg.MessageObjectModel;
import dev.oxprops.specs.oxshare.SharingMessageModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the reference page of a spec model, in Markdown and in self-contained HTML: every property (canonical
 * name, set, LID / name / tag, type, section, mirror, value rules) and the applicability matrix (one row per
 * property, one column per discriminator value, each cell {@link Applicability#shortForm()}). Works on any
 * {@link SpecModel}; run at build time by sample-app's pom (exec-maven-plugin, process-classes).
 */
public final class ReferenceDocs {
    /** The specs documented by {@link #main}. */
    public static final List<SpecModel> SPECS = List.of(SharingMessageModel.SPEC, MessageObjectModel.SPEC);

    private ReferenceDocs() {}

    /** {@code ReferenceDocs DIR}: writes DIR/&lt;spec id&gt;.md and .html for every spec of {@link #SPECS}, and DIR/README.md. */
    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args.length > 0 ? args[0] : "docs/reference");
        Files.createDirectories(dir);
        StringBuilder index = new StringBuilder("# Reference pages\n\nGenerated from the spec models by "
                + "`dev.oxprops.sample.docs.ReferenceDocs` when sample-app is built; do not edit.\n\n");
        for (SpecModel spec : SPECS) {
            write(dir.resolve(spec.id() + ".md"), markdown(spec));
            write(dir.resolve(spec.id() + ".html"), html(spec));
            index.append("- [").append(spec.id()).append("](").append(spec.id()).append(".md) (")
                    .append(spec.title()).append("; [HTML](").append(spec.id()).append(".html)): ")
                    .append(spec.properties().size()).append(" properties\n");
        }
        write(dir.resolve("README.md"), index.toString());
    }

    private static void write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.write(file, bytes);
    }

    /** The column headings of the matrix: one per discriminator value, then "other" (or one "any" column). */
    public static List<String> matrixColumns(SpecModel spec) {
        List<String> cols = new ArrayList<>();
        for (AllowedValue v : spec.discriminatorValues()) {
            cols.add(v.name() + " " + valueText(v.value()));
        }
        cols.add(spec.discriminatorValues().isEmpty() ? "any message" : "other / unknown");
        return cols;
    }

    /** The matrix cells of one property, in the order of {@link #matrixColumns}. */
    public static List<String> matrixCells(SpecModel spec, PropertyModel p) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < spec.discriminatorValues().size(); i++) {
            cells.add(p.applicabilityAt(i).shortForm());
        }
        cells.add(p.otherwise().shortForm());
        return cells;
    }

    static String valueText(Object v) {
        if (v instanceof Integer) {
            return String.format("0x%08X", (Integer) v);
        }
        return String.valueOf(v);
    }

    static String idText(PropertyId id) {
        return PropertyNames.idColumn(id);
    }

    static String mirrorText(MirrorModel m) {
        if (m == null) {
            return "";
        }
        return "mirrors " + m.source() + " (" + m.kind().name().toLowerCase(java.util.Locale.ROOT) + ", " + m.level().text()
                + (m.section().isEmpty() ? "" : ", " + m.section()) + ")";
    }

    /** The Value rules column: rule texts, allowed values with their meanings, and the notes. */
    private static List<String> valueRules(PropertyModel p) {
        List<String> rules = new ArrayList<>(ruleTexts(p));
        for (AllowedValue v : p.allowedValues()) {
            rules.add(valueText(v.value()) + " = " + v.name() + (v.meaning().isEmpty() ? "" : ": " + v.meaning()));
        }
        String n = notes(p);
        if (!n.isEmpty()) {
            rules.add("note: " + n);
        }
        return rules;
    }

    static List<String> ruleTexts(PropertyModel p) {
        List<String> out = new ArrayList<>();
        for (RuleModel r : p.rules()) {
            out.add(r.level().text() + " " + r.description() + (r.section().isEmpty() ? "" : " (" + r.section() + ")"));
        }
        return out;
    }

    static String notes(PropertyModel p) {
        List<String> seen = new ArrayList<>();
        for (Applicability a : p.applicability()) {
            if (!a.note().isEmpty() && !seen.contains(a.note())) {
                seen.add(a.note());
            }
        }
        if (!p.otherwise().note().isEmpty() && !seen.contains(p.otherwise().note())) {
            seen.add(p.otherwise().note());
        }
        return String.join("; ", seen);
    }

    // ------------------------------------------------------------------ Markdown

    static String md(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }

    public static String markdown(SpecModel spec) {
        StringBuilder b = new StringBuilder();
        b.append("# [").append(spec.id()).append("] ").append(spec.title()).append("\n\n");
        b.append("Generated from `").append(spec.id()).append("`'s spec model by `dev.oxprops.sample.docs.ReferenceDocs` "
                + "at build time; do not edit. Same content: [").append(spec.id()).append(".html](").append(spec.id())
                .append(".html).\n\n");
        if (!spec.messageClass().isEmpty()) {
            b.append("Message class: `").append(spec.messageClass()).append("`")
                    .append(spec.messageClassIsPrefix() ? " (prefix; case ignored)" : "").append("  \n");
        }
        if (!spec.discriminator().isEmpty()) {
            b.append("Kinds of message: by `").append(spec.discriminator()).append("`  \n");
        }
        b.append("Properties: ").append(spec.properties().size()).append("\n\n");

        if (!spec.discriminatorValues().isEmpty()) {
            b.append("## Kinds of message\n\n| Value | Name | Meaning | Groups |\n|---|---|---|---|\n");
            for (AllowedValue v : spec.discriminatorValues()) {
                b.append("| ").append(valueText(v.value())).append(" | ").append(v.name()).append(" | ").append(md(v.meaning()))
                        .append(" | ").append(String.join(", ", v.groups())).append(" |\n");
            }
            b.append('\n');
        }

        b.append("## Properties\n\n| Canonical name | Set | LID / name / tag | Type | Section | Mirrors | Value rules |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (PropertyModel p : spec.properties()) {
            PropertyId id = p.key().id();
            List<String> rules = valueRules(p);
            b.append("| `").append(p.canonicalName()).append("` | ").append(PropertyNames.setColumn(id)).append(" | ")
                    .append(md(idText(id))).append(" | ").append(p.key().type()).append(" | ").append(md(p.key().section()))
                    .append(" | ").append(md(mirrorText(p.mirror()))).append(" | ")
                    .append(md(String.join("<br>", rules)).replace("&lt;br&gt;", "<br>")).append(" |\n");
        }
        b.append('\n');

        b.append("## Applicability matrix\n\n");
        b.append("Each cell: is the property required (MUST), recommended (SHOULD), allowed (MAY), discouraged "
                + "(SHOULD NOT) or forbidden (MUST NOT) on that kind of message; \"may be ignored\" / \"ignored on "
                + "receipt\" say what a receiver does with it.\n\n");
        List<String> cols = matrixColumns(spec);
        b.append("| Property |");
        cols.forEach(c -> b.append(' ').append(md(c)).append(" |"));
        b.append("\n|---|");
        cols.forEach(c -> b.append("---|"));
        b.append('\n');
        for (PropertyModel p : spec.properties()) {
            b.append("| `").append(p.canonicalName()).append("` |");
            for (String c : matrixCells(spec, p)) {
                b.append(' ').append(md(c)).append(" |");
            }
            b.append('\n');
        }
        b.append('\n');
        if (!spec.crossRules().isEmpty()) {
            b.append("## Rules across properties\n\n| Level | Section | Rule |\n|---|---|---|\n");
            for (RuleModel r : spec.crossRules()) {
                b.append("| ").append(r.level().text()).append(" | ").append(md(r.section())).append(" | ")
                        .append(md(r.description())).append(" |\n");
            }
            b.append('\n');
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ HTML

    static String h(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String cellClass(String shortForm) {
        if (shortForm.startsWith("MUST NOT")) {
            return "mustnot";
        }
        if (shortForm.startsWith("MUST")) {
            return "must";
        }
        if (shortForm.startsWith("SHOULD NOT")) {
            return "shouldnot";
        }
        if (shortForm.startsWith("SHOULD")) {
            return "should";
        }
        return "may";
    }

    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 1rem 3rem;color:#1f2328;"
                    + "background:#fff;line-height:1.4}",
            "h1{font-size:1.6rem;margin:1.5rem 0 .3rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid #d0d7de}",
            "p.meta{color:#57606a;margin:.2rem 0}",
            "nav a{margin-right:1rem}",
            ".wrap{overflow:auto;max-height:85vh;border:1px solid #d0d7de;border-radius:6px}",
            "table{border-collapse:separate;border-spacing:0;font-size:.85rem;width:100%}",
            "th,td{padding:.35rem .6rem;border-bottom:1px solid #d8dee4;border-right:1px solid #eef1f4;vertical-align:top;"
                    + "text-align:left}",
            "thead th{position:sticky;top:0;background:#f6f8fa;z-index:2;border-bottom:2px solid #afb8c1}",
            "tbody th{position:sticky;left:0;background:#fff;z-index:1;font-family:ui-monospace,SFMono-Regular,Consolas,"
                    + "monospace;font-weight:600;white-space:nowrap}",
            "thead th:first-child{left:0;z-index:3}",
            "tbody tr:nth-child(even) td{background:#fafbfc}tbody tr:hover td,tbody tr:hover th{background:#fff8c5}",
            "code,.mono{font-family:ui-monospace,SFMono-Regular,Consolas,monospace}",
            "td.must{background:#dafbe1!important;color:#116329;font-weight:600}",
            "td.should{background:#ddf4ff!important;color:#0a3069}",
            "td.may{color:#57606a}",
            "td.shouldnot{background:#fff1e5!important;color:#953800}",
            "td.mustnot{background:#ffebe9!important;color:#a40e26;font-weight:600}",
            "td.matrix{text-align:center;font-size:.78rem;min-width:5.5rem;max-width:9rem}",
            "thead th.col{font-size:.75rem;min-width:5.5rem;max-width:9rem;white-space:normal;overflow-wrap:anywhere}",
            "td{overflow-wrap:break-word}td.nw{white-space:nowrap}",
            "td.rules{min-width:13rem}",
            ".legend span{display:inline-block;padding:.1rem .5rem;margin-right:.4rem;border-radius:4px}",
            "ul.rules{margin:0;padding-left:1rem}",
            "#search{font:inherit;padding:.35rem .6rem;width:min(32rem,100%);margin:.6rem 0;border:1px solid #afb8c1;"
                    + "border-radius:6px}",
            "tr.hidden{display:none}",
            ".note{background:#f6f8fa;border-left:4px solid #afb8c1;padding:.5rem .8rem;max-width:60rem}");

    /** Filters the rows of every table by the text typed in the search box (case ignored). */
    private static final String SEARCH_SCRIPT = String.join("\n",
            "<script>",
            "document.getElementById('search').addEventListener('input', function (e) {",
            "  var q = e.target.value.toLowerCase();",
            "  document.querySelectorAll('tbody tr').forEach(function (tr) {",
            "    tr.classList.toggle('hidden', q !== '' && tr.textContent.toLowerCase().indexOf(q) < 0);",
            "  });",
            "});",
            "</script>");

    public static String html(SpecModel spec) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>[")
                .append(h(spec.id())).append("] ").append(h(spec.title())).append("</title>\n<style>\n").append(CSS)
                .append("\n</style>\n</head>\n<body>\n");
        b.append("<h1>[").append(h(spec.id())).append("] ").append(h(spec.title())).append("</h1>\n");
        b.append("<p class=\"meta\">Generated from the spec model by <code>dev.oxprops.sample.docs.ReferenceDocs</code> at "
                + "build time; do not edit. Same content: <a href=\"").append(h(spec.id())).append(".md\">")
                .append(h(spec.id())).append(".md</a>.</p>\n");
        if (!spec.messageClass().isEmpty()) {
            b.append("<p class=\"meta\">Message class: <code>").append(h(spec.messageClass())).append("</code>")
                    .append(spec.messageClassIsPrefix() ? " (prefix; case ignored)" : "").append("</p>\n");
        }
        b.append("<p class=\"meta\">Properties: ").append(spec.properties().size()).append("</p>\n");
        b.append("<nav><a href=\"#kinds\">Kinds of message</a><a href=\"#properties\">Properties</a>"
                + "<a href=\"#matrix\">Applicability matrix</a><a href=\"#cross\">Rules across properties</a></nav>\n");
        b.append("<input id=\"search\" type=\"search\" placeholder=\"Search every table (name, LID, section, rule...)\" "
                + "aria-label=\"Search every table\">\n");
        b.append("<p class=\"note\"><b>LID, name, tag; and the id a file assigns.</b> A named property is identified by "
                + "its property set and its LID (e.g. PidLidSharingFlavor: LID 0x8A18 in PSETID_Sharing) or its string name "
                + "(PidNameXSharingFlavor: \"X-Sharing-Flavor\" in PS_INTERNET_HEADERS). That identity is what this page "
                + "lists. The 16-bit property id (0x8000 and up) under which a .msg file, a PST or a server stores it is "
                + "assigned by that file or store, in its own order: section 4's server gave PidLidSharingFlavor 0x823D, "
                + "<code>oxprops create</code> gives it a compact id from 0x8000, and another file another one. Look a "
                + "named property up by set and LID or name, never by that id. Tagged properties (PidTag...) have the "
                + "same id everywhere.</p>\n");

        if (!spec.discriminatorValues().isEmpty()) {
            b.append("<h2 id=\"kinds\">Kinds of message (").append(h(spec.discriminator())).append(")</h2>\n");
            b.append("<div class=\"wrap\"><table><thead><tr><th>Value</th><th>Name</th><th>Meaning</th><th>Groups</th>"
                    + "</tr></thead><tbody>\n");
            for (AllowedValue v : spec.discriminatorValues()) {
                b.append("<tr><th>").append(h(valueText(v.value()))).append("</th><td class=\"mono\">").append(h(v.name()))
                        .append("</td><td>").append(h(v.meaning())).append("</td><td>").append(h(String.join(", ", v.groups())))
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
        }

        b.append("<h2 id=\"properties\">Properties</h2>\n<div class=\"wrap\"><table><thead><tr><th>Canonical name</th>"
                + "<th>Set</th><th>LID / name / tag</th><th>Type</th><th>Section</th><th>Mirrors</th><th>Value rules</th>"
                + "</tr></thead><tbody>\n");
        for (PropertyModel p : spec.properties()) {
            PropertyId id = p.key().id();
            b.append("<tr id=\"").append(h(p.canonicalName())).append("\"><th>").append(h(p.canonicalName()))
                    .append("</th><td class=\"nw\">").append(h(PropertyNames.setColumn(id))).append("</td><td class=\"mono\">")
                    .append(h(idText(id))).append("</td><td class=\"nw\">").append(h(String.valueOf(p.key().type())))
                    .append("</td><td>").append(h(p.key().section())).append("</td><td>").append(h(mirrorText(p.mirror()))).append("</td><td class=\"rules\">");
            List<String> rules = valueRules(p);
            if (!rules.isEmpty()) {
                b.append("<ul class=\"rules\">");
                for (String r : rules) {
                    b.append("<li>").append(h(r)).append("</li>");
                }
                b.append("</ul>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n");

        b.append("<h2 id=\"matrix\">Applicability matrix</h2>\n<p class=\"legend\"><span class=\"x\" "
                + "style=\"background:#dafbe1\">MUST</span><span style=\"background:#ddf4ff\">SHOULD</span>"
                + "<span>MAY</span><span style=\"background:#fff1e5\">SHOULD NOT</span><span style=\"background:#ffebe9\">"
                + "MUST NOT</span> &mdash; \"may be ignored\" / \"ignored on receipt\": what a receiver does with it.</p>\n");
        b.append("<div class=\"wrap\"><table><thead><tr><th>Property</th>");
        for (String c : matrixColumns(spec)) {
            // NAME 0x00020310 on two lines, so that every column fits at 1,400 pixels
            b.append("<th class=\"col\">").append(h(c).replace(" 0x", "<br>0x").replace("_", "_<wbr>")).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (PropertyModel p : spec.properties()) {
            b.append("<tr><th><a href=\"#").append(h(p.canonicalName())).append("\">").append(h(p.canonicalName()))
                    .append("</a></th>");
            for (String c : matrixCells(spec, p)) {
                b.append("<td class=\"matrix ").append(cellClass(c)).append("\">").append(h(c)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
        if (!spec.crossRules().isEmpty()) {
            b.append("<h2 id=\"cross\">Rules across properties</h2>\n<div class=\"wrap\"><table><thead><tr><th>Level</th>"
                    + "<th>Section</th><th>Rule</th></tr></thead><tbody>\n");
            for (RuleModel r : spec.crossRules()) {
                b.append("<tr><th>").append(h(r.level().text())).append("</th><td>").append(h(r.section())).append("</td><td>")
                        .append(h(r.description())).append("</td></tr>\n");
            }
            b.append("</tbody></table></div>\n");
        }
        b.append(SEARCH_SCRIPT).append("\n</body>\n</html>\n");
        return b.toString();
    }
}
