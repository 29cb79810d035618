package dev.oxprops.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.oxprops.processor.model.CompareDef;
import dev.oxprops.processor.model.GroupDef;
import dev.oxprops.processor.model.ImpliesDef;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.ValueDef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/** Writes {@code ...Model}: the spec as data ({@code SPEC}), for documentation, tools and tests. */
final class ModelWriter {
    private ModelWriter() {}

    static TypeSpec write(SpecDef spec, Elements elements) {
        ClassName self = Gen.model(spec);
        ClassName keys = Gen.keys(spec);
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("{@link $T} ($L) as data: every property with its rules and its applicability per kind of message.\n",
                        spec.type(), Text.javadoc(spec.id()));
        Gen.addGenerated(t, elements);
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        t.addField(FieldSpec.builder(Gen.SPEC_MODEL, "SPEC", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The spec.\n").initializer("build()").build());

        TypeName listOfProps = ParameterizedTypeName.get(Gen.LIST, Gen.PROPERTY_MODEL);
        PropertyDef disc = spec.discriminator();
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Gen.SPEC_MODEL)
                .addStatement("$T properties = new $T<>()", listOfProps, ArrayList.class);
        List<List<PropertyDef>> chunks = Gen.chunks(spec.properties());
        for (int c = 0; c < chunks.size(); c++) {
            MethodSpec.Builder part = MethodSpec.methodBuilder("properties" + c).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(listOfProps, "properties");
            for (PropertyDef p : chunks.get(c)) {
                part.addStatement("properties.add($L)", property(spec, keys, p));
            }
            t.addMethod(part.build());
            build.addStatement("properties$L(properties)", c);
        }
        CodeBlock.Builder groups = CodeBlock.builder().add("$T.groups(", Gen.MODEL_LISTS);
        if (disc != null) {
            boolean first = true;
            for (GroupDef g : disc.groups()) {
                groups.add(first ? "" : ", ").add("new $T($L, $L, $L)", Gen.VALUE_GROUP, Text.literal(g.name()), stringList(g.values()),
                        Text.literal(g.meaning()));
                first = false;
            }
        }
        CodeBlock discValues = disc == null ? CodeBlock.of("$T.values()", Gen.MODEL_LISTS) : allowedValues(disc);
        CodeBlock.Builder cross = CodeBlock.builder().add("$T.rules(", Gen.MODEL_LISTS);
        boolean first = true;
        for (ImpliesDef i : spec.implies()) {
            cross.add(first ? "" : ", ").add("new $T($T.IMPLIES, $T.$L, $L, $L)", Gen.RULE_MODEL, Gen.RULE_KIND, Gen.LEVEL,
                    i.level().name(), Text.literal(i.section()), Text.literal(describe(i)));
            first = false;
        }
        for (CompareDef c : spec.compares()) {
            cross.add(first ? "" : ", ").add("new $T($T.COMPARE, $T.$L, $L, $L)", Gen.RULE_MODEL, Gen.RULE_KIND, Gen.LEVEL,
                    c.level().name(), Text.literal(c.section()), Text.literal(RuleCode.describe(c)));
            first = false;
        }
        build.addStatement("return new $T($L, $L, $L, $L, $L, $L, $L, properties, $L)", Gen.SPEC_MODEL, Text.literal(spec.id()),
                Text.literal(spec.title()), Text.literal(spec.messageClass()), spec.messageClassIsPrefix(),
                Text.literal(disc == null ? "" : disc.canonical()), discValues,
                groups.add(")").build(), cross.add(")").build());
        t.addMethod(build.build());
        return t.build();
    }

    private static String describe(ImpliesDef i) {
        String then = RuleCode.describe(i.then(), i.thenAny());
        boolean simple = i.then().size() == 1 && !i.then().get(0).not();
        String s = "when " + RuleCode.describe(i.when(), i.whenAny()) + ", "
                + (simple ? then.replaceFirst(" is ", " must be ") : "it must hold that " + then);
        return i.note().isEmpty() ? s : s + " (" + i.note() + ")";
    }

    /**
     * {@code ModelLists.property(key, accessorName, encoded[, allowed values])}: rules, mirror and applicability go
     * in one string constant (see {@code ModelLists.property} for the form), which javac compiles far faster than
     * the equivalent constructor calls; allowed values stay Java literals, typed as the property is.
     */
    private static CodeBlock property(SpecDef spec, ClassName keys, PropertyDef p) {
        CodeBlock.Builder call = CodeBlock.builder().add("$T.property($T.$N, $L, $L", Gen.MODEL_LISTS, keys, Gen.constant(p),
                Text.literal(p.accessorName()), Text.literal(encode(spec, p)));
        if (p.rule(RuleDef.Kind.ONE_OF) != null) {
            call.add(", $L", allowedValueArgs(p));
        }
        return call.add(")").build();
    }

    /** The rules, mirror and applicability of {@code p} in the length-prefixed form {@code ModelLists.property} reads. */
    static String encode(SpecDef spec, PropertyDef p) {
        StringBuilder b = new StringBuilder();
        field(b, Integer.toString(p.rules().size()));
        for (RuleDef r : p.rules()) {
            field(b, r.kind().name());
            field(b, r.level().name());
            field(b, KeysWriter.sectionOf(r, p));
            field(b, describe(spec, p, r));
        }
        if (p.mirror() == null) {
            field(b, "0");
        } else {
            field(b, "1");
            field(b, p.mirror().source());
            field(b, p.mirror().kind().name());
            field(b, p.mirror().level().name());
            field(b, p.mirror().section().isEmpty() ? p.section() : p.mirror().section());
        }
        List<Matrix.Cell> cells = Matrix.cells(spec, p);
        field(b, Integer.toString(cells.size()));
        for (Matrix.Cell c : cells) {
            cell(b, c);
        }
        cell(b, Matrix.otherwise(spec, p));
        return b.toString();
    }

    private static void cell(StringBuilder b, Matrix.Cell c) {
        field(b, c.rule().name());
        field(b, c.receipt().name());
        field(b, c.section());
        field(b, c.note());
    }

    private static void field(StringBuilder b, String value) {
        b.append(value.length()).append(':').append(value);
    }

    private static CodeBlock allowedValues(PropertyDef p) {
        return CodeBlock.of("$T.values($L)", Gen.MODEL_LISTS, allowedValueArgs(p));
    }

    private static CodeBlock allowedValueArgs(PropertyDef p) {
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

    private static CodeBlock stringList(List<String> values) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.strings(", Gen.MODEL_LISTS);
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
