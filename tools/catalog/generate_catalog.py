#!/usr/bin/env python3
"""Writes the MS-OXPROPS catalogue interfaces of property-specs from the property tables.

Input: named-lids.tsv, named-strings.tsv, tags.tsv and property-sets.tsv in the data directory and the runtime's
fact tables (runtime/src/main/resources/dev/oxprops/runtime/: mapi-types.tsv, and property-sets.tsv with the three
PS_ sets the runtime needs, which must agree with the data directory's), by default
property-specs/src/test/resources/catalog/ (the project's property tables, which the catalogue
test reads too). Output: one annotated @Spec interface per group in
property-specs/src/main/java/dev/oxprops/specs/catalog/, plus CatalogGroups.java and MsOxprops.java (the @Catalog specs name), which list the
generated *Keys classes for PropertyCatalog, and PropertySetNames.java (every well-known set by name and GUID). The output is committed; rerun after changing a table:

    python3 tools/catalog/generate_catalog.py            # from the repository root
    python3 tools/catalog/generate_catalog.py --check    # exit 1 if the committed sources are stale

Groups: PidLid properties one interface per property set, PidName properties one interface per
property set, PidTag properties one interface per id range (TAG_RANGES below). A second canonical name
for an identity already declared in the same interface (same set and LID, same set and name, or same
tag and type) is declared with aliasOf = the first one.
"""

import argparse
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_DATA = os.path.join(ROOT, "property-specs", "src", "test", "resources", "catalog")
OUT_DIR = os.path.join(ROOT, "property-specs", "src", "main", "java", "dev", "oxprops", "specs", "catalog")
PACKAGE = "dev.oxprops.specs.catalog"
SECTION = "[MS-OXPROPS]"

# (interface name, first id, last id, what the range holds)
TAG_RANGES = [
    ("Tags0000To0FFF", 0x0000, 0x0FFF, "message envelope and report properties"),
    ("Tags1000To2FFF", 0x1000, 0x2FFF, "message content and non-transmittable message properties"),
    ("Tags3000To39FF", 0x3000, 0x39FF, "common, store, folder, attachment and address properties"),
    ("Tags3A00To3FFF", 0x3A00, 0x3FFF, "contact (mail user) and miscellaneous provider properties"),
    ("Tags4000To67FF", 0x4000, 0x67FF, "transport, rule, store and provider-defined properties"),
    ("Tags6800To7FFF", 0x6800, 0x7FFF, "message-class-defined and folder-specific properties"),
    ("Tags8000ToFFFE", 0x8000, 0xFFFE, "address-book properties (addressBook = true)"),
]

RUNTIME_TABLES = os.path.join(ROOT, "runtime", "src", "main", "resources", "dev", "oxprops", "runtime")


def java_types():
    """The accessor type of each MAPI type, from the runtime's mapi-types.tsv (the one table of the Java classes
    values are held as): the primitive where one unboxes the class, else the class's simple name; a multi-valued
    type (PtypMultipleX) is a List of its element type's class."""
    types = {}
    for r in read(RUNTIME_TABLES, "mapi-types.tsv"):
        simple = r["class"].rsplit(".", 1)[-1]
        types[r["type"]] = simple if r["primitive"] == "-" else r["primitive"]
        types["PtypMultiple" + r["type"][len("Ptyp"):]] = "List<" + simple + ">"
    return types



JAVA_KEYWORDS = set("""abstract assert boolean break byte case catch char class const continue default do double
else enum extends final finally float for goto if implements import instanceof int interface long native new
package private protected public return short static strictfp super switch synchronized this throw throws
transient try void volatile while true false null var record yield sealed permits""".split())
# Names the processor reserves, and java.lang.Object's methods.
RESERVED = {"bag", "of", "create", "validate", "equals", "hashCode", "toString", "getClass", "ignored",
            "discriminatorIndex", "notify", "notifyAll", "wait", "clone", "finalize"}


def read(data, name):
    with open(os.path.join(data, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


JAVA_TYPES = java_types()


def constant(camel):
    """The processor's Names.constant: the Keys constant a method name gives."""
    b = []
    for i, c in enumerate(camel):
        if c.isupper() and i > 0 and (camel[i - 1].islower() or camel[i - 1].isdigit()
                                      or (i + 1 < len(camel) and camel[i + 1].islower() and camel[i - 1].isupper())):
            b.append("_")
        b.append(c.upper())
    return "".join(b)


def method_name(canonical, taken_methods, taken_constants):
    for prefix in ("PidTag", "PidLid", "PidName"):
        if canonical.startswith(prefix):
            base = canonical[len(prefix):]
            kind = prefix[3:].lower()
            break
    else:
        raise ValueError("not a canonical name: " + canonical)
    name = base[0].lower() + base[1:]
    if name in JAVA_KEYWORDS or name in RESERVED or not name.isidentifier() or constant(name) == "ALL" \
            or constant(name).startswith("SET_"):
        name = kind + base
    candidate, n = name, 2
    while candidate in taken_methods or constant(candidate) in taken_constants:
        candidate = name + str(n)
        n += 1
    taken_methods.add(candidate)
    taken_constants.add(constant(candidate))
    return candidate


def set_class(set_name):
    return set_name  # the nested interface of dev.oxprops.specs.PropertySets


class Group:
    def __init__(self, name, spec_id, title, doc):
        self.name, self.spec_id, self.title, self.doc = name, spec_id, title, doc
        self.rows = []  # (kind, row)


def build_groups(data):
    lids, names, tags = read(data, "named-lids.tsv"), read(data, "named-strings.tsv"), read(data, "tags.tsv")
    sets = property_sets(data)
    groups = []
    for set_name in sorted({r["set"] for r in lids}, key=lambda s: sets[s] if s in sets else s):
        short = set_name.replace("PSETID_", "").replace("PS_", "")
        short = "".join(p[:1].upper() + p[1:].lower() if p.isupper() else p[:1].upper() + p[1:] for p in short.split("_"))
        g = Group("Lids" + short, "MS-OXPROPS/lids/" + set_name, "MS-OXPROPS named properties by LID in " + set_name,
                  "Every PidLid property of [MS-OXPROPS] in the property set " + set_name + " {" + sets[set_name] + "}.")
        g.rows = [("lid", r) for r in lids if r["set"] == set_name]
        groups.append(g)
    for set_name in sorted({r["set"] for r in names}, key=lambda s: sets[s] if s in sets else s):
        short = set_name.replace("PSETID_", "").replace("PS_", "")
        short = "".join(p[:1].upper() + p[1:].lower() if p.isupper() else p[:1].upper() + p[1:] for p in short.split("_"))
        g = Group("Names" + short, "MS-OXPROPS/names/" + set_name, "MS-OXPROPS named properties by name in " + set_name,
                  "Every PidName property of [MS-OXPROPS] in the property set " + set_name + " {" + sets[set_name] + "}"
                  + (" (names compare case-insensitively)." if set_name == "PS_INTERNET_HEADERS" else "."))
        g.rows = [("name", r) for r in names if r["set"] == set_name]
        groups.append(g)
    for cls, lo, hi, what in TAG_RANGES:
        g = Group(cls, "MS-OXPROPS/tags/%04X-%04X" % (lo, hi), "MS-OXPROPS tagged properties 0x%04X-0x%04X" % (lo, hi),
                  "Every PidTag property of [MS-OXPROPS] with a property id in 0x%04X-0x%04X: %s." % (lo, hi, what))
        g.rows = [("tag", r) for r in sorted(tags, key=lambda r: int(r["id"], 16)) if lo <= int(r["id"], 16) <= hi]
        groups.append(g)
    covered = sum(len(g.rows) for g in groups)
    if covered != len(lids) + len(names) + len(tags):
        raise SystemExit("groups cover %d of %d rows" % (covered, len(lids) + len(names) + len(tags)))
    for kind, r in [(k, r) for g in groups for k, r in g.rows]:
        if r["type"] not in JAVA_TYPES:
            raise SystemExit("no Java type for %s %s" % (r["name"], r["type"]))
    return groups


def java_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(g):
    imports = {"dev.oxprops.annotations.MapiType", "dev.oxprops.annotations.Property", "dev.oxprops.annotations.Spec"}
    methods, taken_methods, taken_constants, first_by_identity = [], set(), set(), {}
    for kind, r in g.rows:
        jt = JAVA_TYPES[r["type"]]
        if "Instant" in jt:
            imports.add("java.time.Instant")
        if "UUID" in jt:
            imports.add("java.util.UUID")
        if jt.startswith("List"):
            imports.add("java.util.List")
        attrs = ["canonical = " + java_string(r["name"])]
        if kind == "lid":
            imports.add("dev.oxprops.specs.PropertySets." + set_class(r["set"]))
            attrs += ["set = %s.class" % set_class(r["set"]), "lid = 0x%04X" % int(r["lid"], 16)]
            identity = ("L", r["set_guid"].upper(), int(r["lid"], 16))
            doc = "LID 0x%04X in %s" % (int(r["lid"], 16), r["set"])
        elif kind == "name":
            imports.add("dev.oxprops.specs.PropertySets." + set_class(r["set"]))
            attrs += ["set = %s.class" % set_class(r["set"]), "name = " + java_string(r["string_name"])]
            ci = r["set"] == "PS_INTERNET_HEADERS"
            identity = ("N", r["set_guid"].upper(), r["string_name"].lower() if ci else r["string_name"])
            doc = "name \"%s\" in %s" % (r["string_name"], r["set"])
        else:
            tag = int(r["id"], 16)
            attrs += ["tag = 0x%04X" % tag]
            identity = ("T", tag, r["type"])
            doc = "tag 0x%04X" % tag
        attrs += ["type = MapiType." + r["type"], "section = " + java_string(SECTION)]
        if kind == "tag" and int(r["id"], 16) >= 0x8000:
            attrs.append("addressBook = true")
        first = first_by_identity.get(identity)
        if first is None:
            first_by_identity[identity] = r["name"]
        else:
            attrs.append("aliasOf = " + java_string(first))
            doc += ", an alias of " + first
        if kind == "lid" and r.get("area"):
            doc += ", area " + r["area"]
        name = method_name(r["name"], taken_methods, taken_constants)
        lines = ["    /** {@code %s}: %s, %s. */" % (r["name"], doc, r["type"])]
        head = "    @Property("
        body = ", ".join(attrs)
        if len(head) + len(body) + 1 <= 120:
            lines.append(head + body + ")")
        else:
            # wrap the attribute list at 120 columns
            cur = head
            for i, a in enumerate(attrs):
                piece = a + (", " if i < len(attrs) - 1 else ")")
                if len(cur) + len(piece.rstrip()) > 120:
                    lines.append(cur.rstrip())
                    cur = "            "
                cur += piece
            lines.append(cur)
        lines.append("    %s %s();" % (jt, name))
        methods.append("\n".join(lines))
    out = ["// Generated by tools/catalog/generate_catalog.py from the MS-OXPROPS tables. Do not edit; rerun the script.",
           "package " + PACKAGE + ";", ""]
    out += ["import %s;" % i for i in sorted(imports)]
    out += ["", "/**", " * " + g.doc, " *", " * <p>%d properties, as in the tables named-lids.tsv, named-strings.tsv and tags.tsv;"
            % len(g.rows), " * no rules: the catalogue only gives every property its identity and type. Specs pick",
            " * these properties with {@code @Ref(in = %s.class)} and add their own rules." % g.name, " */",
            "@Spec(id = %s, title = %s)" % (java_string(g.spec_id), java_string(g.title)),
            "public interface %s {" % g.name]
    out.append("\n\n".join(methods))
    out += ["}", ""]
    return "\n".join(out)


def render_groups(groups):
    out = ["// Generated by tools/catalog/generate_catalog.py. Do not edit; rerun the script.",
           "package " + PACKAGE + ";", "",
           "import dev.oxprops.runtime.PropertyKey;",
           "import java.util.List;", "", "/** The generated catalogue interfaces and their keys, for {@link PropertyCatalog}. */",
           "final class CatalogGroups {",
           "    /** The catalogue interfaces, in table order. */",
           "    static final List<Class<?>> INTERFACES = List.of("]
    out.append(",\n".join("            %s.class" % g.name for g in groups) + ");")
    out += ["", "    /** The spec id of each interface, in the same order. */", "    static final List<String> SPEC_IDS = List.of("]
    out.append(",\n".join("            %s" % java_string(g.spec_id) for g in groups) + ");")
    out += ["", "    /** Every interface's keys ({@code ...Keys.ALL}), in the same order. */",
            "    static final List<List<PropertyKey<?>>> KEYS = List.of("]
    out.append(",\n".join("            %sKeys.ALL" % g.name for g in groups) + ");")
    out += ["", "    /** The number of rows of the tables the catalogue was generated from. */",
            "    static final int TABLE_ROWS = %d;" % sum(len(g.rows) for g in groups), "",
            "    private CatalogGroups() {}", "}", ""]
    return "\n".join(out)


def property_sets(data):
    """Every well-known set, name to GUID, from the data directory; the runtime's rows must be among them."""
    sets = {r["set"]: r["guid"].upper() for r in read(data, "property-sets.tsv")}
    for r in read(RUNTIME_TABLES, "property-sets.tsv"):
        if sets.get(r["set"]) != r["guid"].upper():
            raise SystemExit("runtime property-sets.tsv: %s %s is not in %s/property-sets.tsv" % (r["set"], r["guid"], data))
    return sets


def render_set_names(data):
    """PropertySetNames: the well-known sets of the data directory's property-sets.tsv, in table order."""
    out = ["// Generated by tools/catalog/generate_catalog.py. Do not edit; rerun the script.",
           "package " + PACKAGE + ";", "", "import java.util.Collections;", "import java.util.LinkedHashMap;",
           "import java.util.Map;", "import java.util.UUID;", "", "/**",
           " * The well-known property sets of [MS-OXPROPS] 1.3.2 by GUID and name (PS_ and PSETID_ sets), in the order of",
           " * the catalogue's table; the runtime knows only the three PS_ sets it needs itself ({@code WellKnownSets}).",
           " */", "public final class PropertySetNames {",
           "    private static final Map<UUID, String> NAMES = new LinkedHashMap<>();", "", "    static {"]
    for name, guid in property_sets(data).items():
        out.append("        NAMES.put(UUID.fromString(\"%s\"), \"%s\");" % (guid, name))
    out += ["    }", "", "    private PropertySetNames() {}", "",
            "    /** Every well-known set: GUID to name, in table order. */",
            "    public static Map<UUID, String> all() {", "        return Collections.unmodifiableMap(NAMES);", "    }", "",
            "    /** The name of a well-known set (\"PSETID_Common\"), or null. */",
            "    public static String name(UUID set) {", "        return NAMES.get(set);", "    }", "}", ""]
    return "\n".join(out)


def render_catalog(groups):
    """MsOxprops: the same interfaces as CatalogGroups, as the @Catalog that specs name."""
    out = ["// Generated by tools/catalog/generate_catalog.py. Do not edit; rerun the script.",
           "package " + PACKAGE + ";", "", "import dev.oxprops.annotations.Catalog;", "", "/**",
           " * The MS-OXPROPS catalogue as one {@link Catalog}: specs that name it ({@code @Spec(catalog = MsOxprops.class)}) take",
           " * identities from it with {@code @Ref(canonical = \"...\")} and have every property they declare themselves checked",
           " * against it. Generated with {@code CatalogGroups} from the same tables, so both list the same interfaces.",
           " */", "@Catalog({"]
    out.append(",\n".join("    %s.class" % g.name for g in groups))
    out += ["})", "public interface MsOxprops {}", ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA, help="directory holding the TSV tables")
    ap.add_argument("--out", default=OUT_DIR, help="directory to write the interfaces to")
    ap.add_argument("--check", action="store_true", help="only check that the committed output is current")
    args = ap.parse_args()
    groups = build_groups(args.data)
    files = {g.name + ".java": render(g) for g in groups}
    files["CatalogGroups.java"] = render_groups(groups)
    files["MsOxprops.java"] = render_catalog(groups)
    files["PropertySetNames.java"] = render_set_names(args.data)
    stale = []
    os.makedirs(args.out, exist_ok=True)
    for fname, text in files.items():
        path = os.path.join(args.out, fname)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old != text:
            stale.append(fname)
            if not args.check:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    for g in groups:
        print("%-28s %4d properties" % (g.name, len(g.rows)))
    print("%-28s %4d properties in %d interfaces" % ("total", sum(len(g.rows) for g in groups), len(groups)))
    if args.check and stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
