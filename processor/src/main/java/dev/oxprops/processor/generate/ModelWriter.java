package dev.oxprops.processor.generate;

import dev.oxprops.processor.model.CompareDef;
import dev.oxprops.processor.model.GroupDef;
import dev.oxprops.processor.model.ImpliesDef;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.ValueDef;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.FieldSpec;
import dev.oxprops.processor.source.MethodSpec;
import dev.oxprops.processor.source.ParameterizedTypeName;
import dev.oxprops.processor.source.TypeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ...Model}: the spec as data ({@code SPEC}), for documentation, tools and tests. Each property is a
 * named constant ({@code FLAVOR}) built from typed records; the presence cells, which repeat across properties and
 * kinds, are named constants too ({@code REQUIRED_2_2_2_5}). Specs of more than {@link Gen#CHUNK} properties keep
 * their property constants in nested classes named after their first property (the JVM's limit on a class
 * initializer).
 */
final class ModelWriter {
    private final SpecDef spec;
    private final ClassName self;
    private final ClassName keys;
    private final Members fields = new Members(List.of("SPEC"));
    /** Cell constants by their content. */
    private final Map<Matrix.Cell, String> cells = new LinkedHashMap<>();
    /** How many times each cell occurs in the model: a cell that occurs once is written where it is used. */
    private final Map<Matrix.Cell, Integer> cellUses = new HashMap<>();
    private final Map<PropertyDef, String> names;
    private final String noRules;
    private final String noValues;
    private final String noMirror;
    private final String noKinds;
    /** The empty list of strings (an allowed value's groups), declared only when used. */
    private final String noStrings;
    private boolean usesNoStrings;

    private ModelWriter(SpecDef spec) {
        this.spec = spec;
        this.self = Gen.model(spec);
        this.keys = Gen.keys(spec);
        this.names = constantNames(spec, fields);
        this.noRules = fields.allocate("NO_RULES");
        this.noValues = fields.allocate("NO_VALUES");
        this.noMirror = fields.allocate("NO_MIRROR");
        this.noKinds = fields.allocate("NO_KINDS");
        this.noStrings = fields.allocate("NO_STRINGS");
        for (PropertyDef p : spec.properties()) {
            for (Matrix.Cell c : Matrix.cells(spec, p)) {
                cellUses.merge(c, 1, Integer::sum);
            }
            cellUses.merge(Matrix.otherwise(spec, p), 1, Integer::sum);
        }
    }

    static TypeSpec write(SpecDef spec, boolean withGenerated) {
        return new ModelWriter(spec).build(withGenerated);
    }

    /**
     * The name of each property's constant: its key's name ({@code FLAVOR}), unless that is {@code SPEC}. Allocated in
     * {@code fields}, which then holds them.
     */
    private static Map<PropertyDef, String> constantNames(SpecDef spec, Members fields) {
        // by identity: each property is its own key here
        Map<PropertyDef, String> out = new IdentityHashMap<>();
        for (PropertyDef p : spec.properties()) {
            out.put(p, fields.allocate(Gen.constant(p), Gen.constant(p) + "_PROPERTY"));
        }
        return out;
    }

    /** The expressions of the named models of the properties, e.g. {@code FooModel.FLAVOR}. */
    static Map<PropertyDef, CodeBlock> propertyRefs(SpecDef spec) {
        Map<PropertyDef, String> names = constantNames(spec, new Members(List.of("SPEC")));
        Map<PropertyDef, CodeBlock> out = new IdentityHashMap<>();
        List<List<PropertyDef>> chunks = Gen.chunks(spec.properties());
        for (List<PropertyDef> chunk : chunks) {
            ClassName holder = chunks.size() == 1 ? Gen.model(spec) : Gen.model(spec).nestedClass(holderName(chunk));
            for (PropertyDef p : chunk) {
                out.put(p, CodeBlock.of("$T.$N", holder, names.get(p)));
            }
        }
        return out;
    }

    private static String holderName(List<PropertyDef> chunk) {
        return "PropertiesFrom" + Names.capitalized(chunk.get(0).accessorName());
    }

    private TypeSpec build(boolean withGenerated) {
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("{@link $T} ($L) as data: every property with its rules and its applicability per kind of message.\n",
                        spec.type(), Text.javadoc(spec.id()));
        Gen.addGenerated(t, withGenerated);
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        t.addField(FieldSpec.builder(ParameterizedTypeName.get(Gen.LIST, Gen.RULE_MODEL), noRules, Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL).initializer("$T.of()", Gen.LIST).build());
        t.addField(FieldSpec.builder(ParameterizedTypeName.get(Gen.LIST, Gen.ALLOWED_VALUE), noValues, Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL).initializer("$T.of()", Gen.LIST).build());
        t.addField(FieldSpec.builder(Gen.MIRROR_MODEL, noMirror, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("null").build());
        if (!Gen.hasKinds(spec)) {
            t.addField(FieldSpec.builder(ParameterizedTypeName.get(Gen.LIST, Gen.APPLICABILITY), noKinds, Modifier.PRIVATE,
                    Modifier.STATIC, Modifier.FINAL).initializer("$T.of()", Gen.LIST).build());
        }
        List<List<PropertyDef>> chunks = Gen.chunks(spec.properties());
        List<FieldSpec> properties = new ArrayList<>();
        for (PropertyDef p : spec.properties()) {
            properties.add(FieldSpec.builder(Gen.PROPERTY_MODEL, names.get(p), Modifier.STATIC, Modifier.FINAL)
                    .initializer(property(p)).build());
        }
        if (usesNoStrings) {
            t.addField(FieldSpec.builder(ParameterizedTypeName.get(Gen.LIST, ClassName.get(String.class)), noStrings,
                    Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("$T.of()", Gen.LIST).build());
        }
        // the cells were named while the properties were written: declare them first (class initialization order)
        for (Map.Entry<Matrix.Cell, String> e : cells.entrySet()) {
            t.addField(FieldSpec.builder(Gen.APPLICABILITY, e.getValue(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(newCell(e.getKey())).build());
        }
        if (chunks.size() == 1) {
            t.addFields(properties);
        } else {
            int i = 0;
            for (List<PropertyDef> chunk : chunks) {
                TypeSpec.Builder holder = TypeSpec.classBuilder(holderName(chunk)).addModifiers(Modifier.STATIC, Modifier.FINAL);
                for (int k = 0; k < chunk.size(); k++) {
                    holder.addField(properties.get(i++));
                }
                t.addType(holder.build());
            }
        }
        t.addField(FieldSpec.builder(Gen.SPEC_MODEL, "SPEC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The spec.\n").initializer("build()").build());
        t.addMethod(buildMethod());
        return t.build();
    }

    private MethodSpec buildMethod() {
        PropertyDef disc = spec.discriminator();
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Gen.SPEC_MODEL);
        CodeBlock.Builder array = CodeBlock.builder();
        Map<PropertyDef, CodeBlock> refs = propertyRefs(spec);
        for (int i = 0; i < spec.properties().size(); i++) {
            array.add(i == 0 ? "$L" : ",\n$L", refs.get(spec.properties().get(i)));
        }
        build.addCode("$T[] properties = {\n$>$L\n$<};\n", Gen.PROPERTY_MODEL, array.build());
        CodeBlock.Builder groups = CodeBlock.builder().add("$T.<$T>of(", Gen.LIST, Gen.VALUE_GROUP);
        if (disc != null) {
            boolean first = true;
            for (GroupDef g : disc.groups()) {
                groups.add(first ? "" : ", ").add("new $T($L, $L, $L)", Gen.VALUE_GROUP, Text.literal(g.name()), stringsCall(g.values()),
                        Text.literal(g.meaning()));
                first = false;
            }
        }
        CodeBlock discValues = disc == null ? CodeBlock.of("$N", noValues) : CodeBlock.of("$L.allowedValues()", refs.get(disc));
        CodeBlock.Builder cross = CodeBlock.builder().add("$T.<$T>of(", Gen.LIST, Gen.RULE_MODEL);
        boolean first = true;
        for (ImpliesDef i : spec.implies()) {
            cross.add(first ? "" : ", ").add("\nnew $T($T.IMPLIES, $T.$L, $L, $L)", Gen.RULE_MODEL, Gen.RULE_KIND, Gen.LEVEL,
                    i.level().name(), Text.literal(i.section()), Text.literal(describe(i)));
            first = false;
        }
        for (CompareDef c : spec.compares()) {
            cross.add(first ? "" : ", ").add("\nnew $T($T.COMPARE, $T.$L, $L, $L)", Gen.RULE_MODEL, Gen.RULE_KIND, Gen.LEVEL,
                    c.level().name(), Text.literal(c.section()), Text.literal(RuleCode.describe(c)));
            first = false;
        }
        build.addStatement("boolean messageClassIsPrefix = $L", spec.messageClassIsPrefix());
        build.addStatement("return new $T($L, $L, $L, messageClassIsPrefix, $L, $L, $L, $T.<$T>of(properties), $L)", Gen.SPEC_MODEL,
                Text.literal(spec.id()), Text.literal(spec.title()), Text.literal(spec.messageClass()),
                Text.literal(disc == null ? "" : disc.canonical()), discValues,
                groups.add(")").build(), Gen.LIST, Gen.PROPERTY_MODEL, cross.add(")").build());
        return build.build();
    }

    private static String describe(ImpliesDef i) {
        String then = RuleCode.describe(i.then(), i.thenAny());
        boolean simple = i.then().size() == 1 && !i.then().get(0).not();
        String s = "when " + RuleCode.describe(i.when(), i.whenAny()) + ", "
                + (simple ? then.replaceFirst(" is ", " must be ") : "it must hold that " + then);
        return i.note().isEmpty() ? s : s + " (" + i.note() + ")";
    }

    /** {@code new PropertyModel(key, accessorName, rules, allowed values, mirror, cells by kind, otherwise)}. */
    private CodeBlock property(PropertyDef p) {
        CodeBlock.Builder b = CodeBlock.builder().add("new $T($T.$N, $L, ", Gen.PROPERTY_MODEL, keys, Gen.constant(p),
                Text.literal(p.accessorName()));
        if (p.rules().isEmpty()) {
            b.add("$N", noRules);
        } else {
            b.add("$T.<$T>of(", Gen.LIST, Gen.RULE_MODEL);
            for (int i = 0; i < p.rules().size(); i++) {
                RuleDef r = p.rules().get(i);
                b.add(i == 0 ? "" : ", ").add("new $T($T.$L, $T.$L, $L, $L)", Gen.RULE_MODEL, Gen.RULE_KIND, r.kind().name(),
                        Gen.LEVEL, r.level().name(), Text.literal(KeysWriter.sectionOf(r, p)), Text.literal(describe(spec, p, r)));
            }
            b.add(")");
        }
        b.add(", ").add(p.rule(RuleDef.Kind.ONE_OF) == null ? CodeBlock.of("$N", noValues) : allowedValues(p)).add(", ");
        if (p.mirror() == null) {
            b.add("$N", noMirror);
        } else {
            b.add("new $T($L, $T.$L, $T.$L, $L)", Gen.MIRROR_MODEL, Text.literal(p.mirror().source()), Gen.MIRROR_KIND,
                    p.mirror().kind().name(), Gen.LEVEL, p.mirror().level().name(),
                    Text.literal(p.mirror().section().isEmpty() ? p.section() : p.mirror().section()));
        }
        List<Matrix.Cell> kinds = Matrix.cells(spec, p);
        if (kinds.isEmpty()) {
            b.add(", $N", noKinds);
        } else {
            b.add(", $T.<$T>of(", Gen.LIST, Gen.APPLICABILITY);
            for (int i = 0; i < kinds.size(); i++) {
                b.add(i == 0 ? "$L" : ", $L", cell(kinds.get(i)));
            }
            b.add(")");
        }
        return b.add(", $L)", cell(Matrix.otherwise(spec, p))).build();
    }

    /**
     * {@code c} where it is used: the name of its constant ({@code SHOULD_NOT_MUST_IGNORE_2_2_6}: presence, receipt
     * and section) when the model holds it more than once, else the record itself (a constant per property would
     * cost javac a field and a lookup for each property of a big spec).
     */
    private CodeBlock cell(Matrix.Cell c) {
        if (cellUses.getOrDefault(c, 0) < 2) {
            return newCell(c);
        }
        String name = cells.get(c);
        if (name == null) {
            String section = c.section().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(java.util.Locale.ROOT);
            String proposed = c.rule().name() + (c.receipt().name().equals("USE") ? "" : "_" + c.receipt().name())
                    + (section.isEmpty() ? "" : "_" + section);
            name = fields.allocate(proposed, proposed + (c.note().isEmpty() ? "_WITHOUT_NOTE" : "_WITH_NOTE"));
            cells.put(c, name);
        }
        return CodeBlock.of("$N", name);
    }

    private static CodeBlock newCell(Matrix.Cell c) {
        return CodeBlock.of("new $T($T.$L, $T.$L, $L, $L)", Gen.APPLICABILITY, Gen.PRESENCE_RULE, c.rule().name(),
                Gen.RECEIPT, c.receipt().name(), Text.literal(c.section()), Text.literal(c.note()));
    }

    private CodeBlock allowedValues(PropertyDef p) {
        return CodeBlock.of("$T.<$T>of($L)", Gen.LIST, Gen.ALLOWED_VALUE, allowedValueArgs(p));
    }

    private CodeBlock allowedValueArgs(PropertyDef p) {
        CodeBlock.Builder b = CodeBlock.builder();
        boolean first = true;
        for (ValueDef v : p.rule(RuleDef.Kind.ONE_OF).values()) {
            List<String> groups = new ArrayList<>();
            if (p.discriminator()) {
                for (GroupDef g : p.groups()) {
                    if (g.values().contains(v.name())) {
                        groups.add(g.name());
                    }
                }
            }
            b.add(first ? "" : ", ").add("new $T($L, $L, $L, $L)", Gen.ALLOWED_VALUE, Text.literal(v.name()),
                    Gen.literal(p.type(), v.text()), Text.literal(v.meaning()), stringList(groups));
            first = false;
        }
        if (p.discriminator() && !p.absentAs().isEmpty()) {
            List<String> groups = new ArrayList<>();
            for (GroupDef g : p.groups()) {
                if (g.values().contains(p.absentAs())) {
                    groups.add(g.name());
                }
            }
            b.add(", new $T($L, null, $S, $L)", Gen.ALLOWED_VALUE, Text.literal(p.absentAs()), "not set", stringList(groups));
        }
        return b.build();
    }

    /**
     * {@code List.<String>of(...)}, or the empty list's constant. The model's lists are {@code List.of} calls with an
     * explicit type argument: javac attributes a call in argument position twice (speculatively, to choose the
     * enclosing overload, then for real) unless it has explicit type arguments, which make it a standalone expression.
     */
    private CodeBlock stringList(List<String> values) {
        if (values.isEmpty()) {
            usesNoStrings = true;
            return CodeBlock.of("$N", noStrings);
        }
        return stringsCall(values);
    }

    /** {@code List.<String>of(...)}. */
    private static CodeBlock stringsCall(List<String> values) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.<$T>of(", Gen.LIST, String.class);
        for (int i = 0; i < values.size(); i++) {
            b.add(i == 0 ? "$L" : ", $L", Text.literal(values.get(i)));
        }
        return b.add(")").build();
    }

    private static String describe(SpecDef spec, PropertyDef p, RuleDef r) {
        switch (r.kind()) {
            case ONE_OF: {
                List<String> parts = new ArrayList<>();
                for (ValueDef v : r.values()) {
                    parts.add(v.text() + " (" + v.name() + ")");
                }
                return "one of " + String.join(", ", parts);
            }
            case FIXED:
                return "is " + r.text();
            case ZERO_LENGTH:
                return "is zero-length";
            case STARTS_WITH:
                return "begins with \"" + r.text() + "\"" + (r.ignoreCase() ? " (case ignored)" : "");
            default:
                return RuleCode.describe(spec, p, r);
        }
    }
}
