package dev.oxprops.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.processor.model.CompareDef;
import dev.oxprops.processor.model.ImpliesDef;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.ValueDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes {@code ...Validator}: one method per kind of message (discriminator value) that checks, in
 * declaration order, each property the kind allows (presence, type and value rules after one read, then its
 * mirror); then, only when the bag holds any of them, the properties the kind forbids; then the rules across
 * properties. Rules are constants built once, in holder classes.
 */
final class ValidatorWriter {
    private final SpecDef spec;
    private final ClassName self;
    private final ClassName keys;
    /** rule constant name to its initializer, per holder chunk. */
    private final List<Map<String, Constant>> holders = new ArrayList<>();

    /** A constant of a holder class: its type and initializer. */
    private record Constant(ClassName type, CodeBlock init) {}
    private final Map<String, String> ruleHolder = new LinkedHashMap<>();
    /** Method names: made from discriminator value names, so allocated ({@code A} and {@code A_FORBIDDEN}). */
    private final Members methods = new Members(List.of("validate", "specId"));

    private ValidatorWriter(SpecDef spec) {
        this.spec = spec;
        this.self = Gen.validator(spec);
        this.keys = Gen.keys(spec);
    }

    static TypeSpec write(SpecDef spec, Elements elements) {
        return new ValidatorWriter(spec).build(elements);
    }

    private TypeSpec build(Elements elements) {
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Gen.SPEC_VALIDATOR)
                .addJavadoc("Validates messages against {@link $T} ($L): returns every violation, each naming the property,\n"
                        + "the rule, its RFC 2119 level and the section; never stops at the first and never throws on what a bag\n"
                        + "holds. Validating a conformant message allocates nothing. Stateless and thread-safe.\n",
                        spec.type(), Text.javadoc(spec.id()));
        Gen.addGenerated(t, elements);
        t.addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The validator.\n").initializer("new $T()", self).build());
        t.addField(FieldSpec.builder(Gen.REPORT, "CLEAN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.clean($L)", Gen.REPORT, Text.literal(spec.id())).build());
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        t.addMethod(MethodSpec.methodBuilder("specId").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("return $L", Text.literal(spec.id())).build());

        List<String> kinds = Matrix.valueNames(spec);
        PropertyDef disc = spec.discriminator();
        MethodSpec.Builder validate = MethodSpec.methodBuilder("validate").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(Gen.REPORT).addParameter(Gen.PROPERTY_BAG, "bag")
                .addStatement("$T.requireNonNull(bag, $S)", Gen.OBJECTS, "bag")
                .addStatement("$T v = null", Gen.VIOLATIONS);
        List<MethodSpec> kindMethods = new ArrayList<>();
        if (Gen.hasKinds(spec)) {
            ClassName kind = Gen.kind(spec);
            String unknown = methods.allocate("unknownKind");
            validate.addStatement("$T kind = $T.kindOf(bag)", kind, keys)
                    .beginControlFlow("if (kind == null)").addStatement("v = $N(bag, v)", unknown)
                    .nextControlFlow("else").beginControlFlow("switch (kind)");
            for (int i = 0; i < kinds.size(); i++) {
                String m = methods.allocate(methodName(kinds.get(i)));
                validate.addCode("case $N:\n", kinds.get(i)).addStatement("$>v = $N(bag, v)", m).addStatement("break$<");
                kindMethods.addAll(kindMethod(m, i));
            }
            validate.endControlFlow().endControlFlow();
            kindMethods.addAll(kindMethod(unknown, -1));
        } else {
            String all = methods.allocate("allProperties");
            validate.addStatement("v = $N(bag, v)", all);
            kindMethods.addAll(kindMethod(all, -1));
        }
        for (ImpliesDef i : spec.implies()) {
            CodeBlock init = CodeBlock.of("$T.implies($L, $L, $T.$L, $L, $L)", Gen.RULES,
                    RuleCode.conditions(spec, keys, i.when(), i.whenAny()), RuleCode.conditions(spec, keys, i.then(), i.thenAny()),
                    Gen.LEVEL, i.level().name(), Text.literal(i.section()), Text.literal(i.note()));
            validate.addStatement("v = $L.check(bag, v)", rule(impliesName(i), init));
        }
        for (CompareDef c : spec.compares()) {
            validate.addStatement("v = $L.check(bag, v)", rule(RuleCode.compareName(spec, c), RuleCode.compare(spec, keys, c)));
        }
        validate.addStatement("return $T.report(v, CLEAN)", Gen.VIOLATIONS);
        t.addMethod(validate.build());
        for (MethodSpec m : kindMethods) {
            t.addMethod(m);
        }
        for (int h = 0; h < holders.size(); h++) {
            TypeSpec.Builder holder = TypeSpec.classBuilder("Part" + h).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
            for (Map.Entry<String, Constant> e : holders.get(h).entrySet()) {
                holder.addField(FieldSpec.builder(e.getValue().type(), e.getKey(), Modifier.STATIC, Modifier.FINAL)
                        .initializer(e.getValue().init()).build());
            }
            t.addType(holder.build());
        }
        return t.build();
    }

    /**
     * The name of an implication's constant, from what it says: {@code FLAVOR_INVITATION_FOLDER_IMPLIES_CAPABILITIES_NOT_SPECIAL_FOLDER},
     * {@code RESPONSE_TYPE_SET_IMPLIES_RESPONSE_TIME_SET} (shortened when long; a clash gets a number).
     */
    private String impliesName(ImpliesDef i) {
        String name = conditionsName(i.when(), i.whenAny()) + "_IMPLIES_" + conditionsName(i.then(), i.thenAny());
        return name.length() <= 100 ? name : name.substring(0, 100);
    }

    private String conditionsName(List<dev.oxprops.processor.model.ConditionDef> cs, boolean any) {
        List<String> parts = new ArrayList<>();
        for (dev.oxprops.processor.model.ConditionDef c : cs) {
            StringBuilder b = new StringBuilder(Gen.constant(spec.property(c.property())));
            b.append(c.not() ? "_NOT" : "");
            if (!c.present()) {
                b.append("_UNSET");
            } else if (!c.family().isEmpty()) {
                b.append("_CLASS");
            } else if (c.onBits()) {
                b.append(c.bitsSet().isEmpty() ? "" : "_" + String.join("_", c.bitsSet()))
                        .append(c.bitsClear().isEmpty() ? "" : "_CLEAR_" + String.join("_", c.bitsClear()));
            } else {
                b.append(c.values().isEmpty() ? "_SET" : "_" + String.join("_OR_", c.values()));
            }
            parts.add(b.toString());
        }
        return String.join(any ? "_OR_" : "_AND_", parts).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String methodName(String valueName) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : valueName.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        String s = b.toString();
        return s.isEmpty() ? "kind" : "kind" + Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The methods checking one kind of message (index -1: unknown kind or no discriminator), chunked. */
    private List<MethodSpec> kindMethod(String name, int kind) {
        List<Check> statements = new ArrayList<>();
        List<Check> forbiddenChecks = new ArrayList<>();
        List<PropertyDef> forbidden = new ArrayList<>();
        // each property the kind allows is read once, into a local named after it, and its rules get the value
        Map<PropertyDef, String> locals = new LinkedHashMap<>();
        Members names = new Members(List.of("bag", "v"));
        for (PropertyDef p : spec.properties()) {
            locals.put(p, names.allocate(p.accessorName()));
        }
        PropertyDef disc = spec.discriminator();
        boolean unknownKind = kind < 0 && disc != null && !Matrix.valueNames(spec).isEmpty();
        int absentKind = disc != null && !disc.absentAs().isEmpty() ? Matrix.valueNames(spec).size() - 1 : -2;
        if (unknownKind) {
            statements.add(new Check(List.of(), CodeBlock.of("v = $L.check(bag, v)", rule("DISCRIMINATOR",
                    CodeBlock.of("$T.discriminatorPresent($T.$N, $L)", Gen.RULES, keys, Gen.constant(disc),
                            Text.literal(disc.section()))))));
        }
        for (PropertyDef p : spec.properties()) {
            Matrix.Cell cell = cell(p, kind);
            String k = Gen.constant(p);
            // an absent discriminator is reported once, by the DISCRIMINATOR rule, not again as a missing property
            boolean presenceCovered = (unknownKind || kind == absentKind) && p == disc && cell.rule().demands();
            PresenceRule presence = presenceCovered ? PresenceRule.OPTIONAL : cell.rule();
            String rn = k + "_" + presence.name() + sectionSuffix(cell.section(), p);
            if (presence.forbids()) {
                forbidden.add(p);
                forbiddenChecks.add(new Check(List.of(), CodeBlock.of("v = $L.check(bag, v)", rule(rn,
                        CodeBlock.of("$T.presence($T.$N, $T.$L, $L)", Gen.RULES, keys, k, Gen.PRESENCE_RULE, presence.name(),
                                Text.literal(cell.section()))))));
                continue;
            }
            // one read of the property: presence, type and value rules together
            CodeBlock.Builder property = CodeBlock.builder().add("$T.property($T.$N, $T.$L, $L", Gen.RULES, keys, k,
                    Gen.PRESENCE_RULE, presence.name(), Text.literal(cell.section()));
            for (RuleDef r : p.rules()) {
                if (r.kind() != RuleDef.Kind.FLAGS || !r.ignoreCase()) { // reserved bits ignored: nothing to check
                    property.add(", $L", valueCheck(p, r));
                }
            }
            if (p.mirror() != null && p.mirror().kind() == MirrorKind.HEX) {
                // a hex twin's own form (digits, length for its source's type), checked even without its source
                property.add(", $T.hexFormValue($T.$N, $T.$N, $T.$L, $L)", Gen.RULES, keys, k, keys,
                        Gen.constant(spec.property(p.mirror().source())), Gen.LEVEL, p.mirror().level().name(),
                        Text.literal(p.mirror().section().isEmpty() ? p.section() : p.mirror().section()));
            }
            statements.add(new Check(List.of(p), CodeBlock.of("v = $L.check(bag, $N, v)",
                    rule(rn, property.add(")").build(), Gen.PROPERTY_RULE), locals.get(p))));
            if (p.mirror() != null) {
                PropertyDef source = spec.property(p.mirror().source());
                if (!cell(source, kind).rule().forbids()) {
                    String section = p.mirror().section().isEmpty() ? p.section() : p.mirror().section();
                    // when the kind is unknown, a mirror some kind forbids is not demanded beside its source
                    boolean withSource = !cell.rule().demands() && !(unknownKind && forbiddenForSomeKind(p));
                    statements.add(new Check(List.of(p, source), CodeBlock.of("v = $L.check(bag, $N, $N, v)",
                            rule(k + (withSource ? "_MIRROR_WITH_SOURCE" : "_MIRROR"),
                                    CodeBlock.of("$T.$L($T.$N, $T.$N, $T.$L, $T.$L, $L)", Gen.RULES,
                                            withSource ? "mirrorSetWithSource" : "mirror", keys, k, keys,
                                            Gen.constant(source), Gen.MIRROR_KIND, p.mirror().kind().name(), Gen.LEVEL,
                                            p.mirror().level().name(), Text.literal(section)), Gen.MIRROR_RULE),
                            locals.get(p), locals.get(source))));
                }
            }
        }
        List<MethodSpec> out = new ArrayList<>();
        MethodSpec.Builder main = method(name);
        addChunked(out, main, name, statements, locals);
        if (!forbidden.isEmpty()) {
            // the properties this kind forbids are looked for only when the bag holds one of them
            CodeBlock.Builder set = CodeBlock.builder().add("$T.ofKeys(", Gen.PROPERTY_ID_SET);
            for (int i = 0; i < forbidden.size(); i++) {
                set.add(i == 0 ? "$T.$N" : ", $T.$N", keys, Gen.constant(forbidden.get(i)));
            }
            String setName = "FORBIDDEN_" + Names.constant(name);
            main.beginControlFlow("if ($L.anyIn(bag))", holderRef(setName, set.add(")").build(), Gen.PROPERTY_ID_SET));
            String forbiddenName = methods.allocate(name + "Forbidden");
            MethodSpec.Builder forbiddenMethod = method(forbiddenName);
            addChunked(out, forbiddenMethod, forbiddenName, forbiddenChecks, locals);
            out.add(forbiddenMethod.addStatement("return v").build());
            main.addStatement("v = $N(bag, v)", forbiddenName).endControlFlow();
        }
        out.add(0, main.addStatement("return v").build());
        return out;
    }

    /** A statement of a kind method, with the properties whose values (locals named after them) it reads. */
    private record Check(List<PropertyDef> reads, CodeBlock statement) {}

    /**
     * Adds {@code statements} to {@code method}, or to helper methods it calls when there are many; each method reads
     * a property into its local before the first statement that needs it.
     */
    private void addChunked(List<MethodSpec> out, MethodSpec.Builder method, String name, List<Check> statements,
            Map<PropertyDef, String> locals) {
        List<List<Check>> parts = Gen.chunks(statements);
        if (parts.size() == 1) {
            addChecks(method, parts.get(0), locals);
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            String partName = methods.allocate(name + "Part" + i);
            MethodSpec.Builder part = method(partName);
            addChecks(part, parts.get(i), locals);
            out.add(part.addStatement("return v").build());
            method.addStatement("v = $N(bag, v)", partName);
        }
    }

    private void addChecks(MethodSpec.Builder method, List<Check> checks, Map<PropertyDef, String> locals) {
        java.util.Set<PropertyDef> read = new java.util.HashSet<>();
        for (Check c : checks) {
            for (PropertyDef p : c.reads()) {
                if (read.add(p)) {
                    method.addStatement("$T $N = bag.get($T.$N.id())", Object.class, locals.get(p), keys, Gen.constant(p));
                }
            }
            method.addStatement(c.statement());
        }
    }

    private boolean forbiddenForSomeKind(PropertyDef p) {
        for (Matrix.Cell c : Matrix.cells(spec, p)) {
            if (c.rule().forbids()) {
                return true;
            }
        }
        return false;
    }

    private MethodSpec.Builder method(String name) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(Gen.VIOLATIONS)
                .addParameter(Gen.PROPERTY_BAG, "bag").addParameter(Gen.VIOLATIONS, "v");
    }

    private Matrix.Cell cell(PropertyDef p, int kind) {
        return kind < 0 ? Matrix.otherwise(spec, p) : Matrix.cells(spec, p).get(kind);
    }

    private static String sectionSuffix(String section, PropertyDef p) {
        if (section.equals(p.section())) {
            return "";
        }
        return "_" + section.replaceAll("[^A-Za-z0-9]", "_");
    }

    private CodeBlock valueCheck(PropertyDef p, RuleDef r) {
        String section = r.section();
        String k = Gen.constant(p);
        switch (r.kind()) {
            case ONE_OF: {
                CodeBlock.Builder b = CodeBlock.builder().add("$T.oneOfValue($T.$N, $T.$L, $L", Gen.RULES, keys, k, Gen.LEVEL,
                        r.level().name(), Text.literal(section));
                for (ValueDef v : r.values()) {
                    b.add(", $L", Gen.valueOf(spec, p, v.text()));
                }
                return b.add(")").build();
            }
            case FIXED:
                return CodeBlock.of("$T.fixedValue($T.$N, $T.$L, $L, $L)", Gen.RULES, keys, k, Gen.LEVEL, r.level().name(),
                        Text.literal(section),
                        Gen.literal(p.type(), r.text()));
            case ZERO_LENGTH:
                return CodeBlock.of("$T.zeroLengthValue($T.$N, $T.$L, $L)", Gen.RULES, keys, k, Gen.LEVEL, r.level().name(),
                        Text.literal(section));
            case STARTS_WITH:
                return CodeBlock.of("$T.startsWithValue($T.$N, $T.$L, $L, $L, $L)", Gen.RULES, keys, k, Gen.LEVEL, r.level().name(),
                        Text.literal(section), Text.literal(r.text()), r.ignoreCase());
            default:
                return RuleCode.valueCheck(spec, keys, p, r);
        }
    }

    /** A reference to a rule constant, declared once in a holder class. */
    private CodeBlock rule(String name, CodeBlock init) {
        return holderRef(name, init, Gen.RULE);
    }

    private CodeBlock rule(String name, CodeBlock init, ClassName type) {
        return holderRef(name, init, type);
    }

    /**
     * A reference to a constant, declared once in a holder class. Names are derived from property and section, so
     * two different rules can meet on one name (sections "2.2.4" and "2.2-4"): the second gets a numbered name.
     */
    private CodeBlock holderRef(String proposed, CodeBlock init, ClassName type) {
        String name = proposed;
        for (int n = 2; ruleHolder.containsKey(name) && !initOf(name).equals(init); n++) {
            name = proposed + "_" + n;
        }
        String holder = ruleHolder.get(name);
        if (holder == null) {
            if (holders.isEmpty() || holders.get(holders.size() - 1).size() >= Gen.CHUNK) {
                holders.add(new LinkedHashMap<>());
            }
            holders.get(holders.size() - 1).put(name, new Constant(type, init));
            holder = "Part" + (holders.size() - 1);
            ruleHolder.put(name, holder);
        }
        return CodeBlock.of("$N.$N", holder, name);
    }

    private CodeBlock initOf(String name) {
        for (Map<String, Constant> h : holders) {
            Constant c = h.get(name);
            if (c != null) {
                return c.init();
            }
        }
        throw new IllegalStateException("no constant " + name);
    }
}
