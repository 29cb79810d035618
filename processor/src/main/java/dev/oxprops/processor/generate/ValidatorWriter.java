package dev.oxprops.processor.generate;

import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.processor.generate.KindMethods.Check;
import dev.oxprops.processor.generate.RuleHolders.Group;
import dev.oxprops.processor.model.CompareDef;
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
import dev.oxprops.processor.source.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ...Validator}: the kind of message decided once, from one read of the discriminator; then one method
 * per kind that reads each property it allows once, into a local named after it, and tests it directly (its class, its
 * values as enum constants, its mirror), in methods per group of properties that the kinds checking them alike share
 * (see {@link KindMethods}); then, only when the bag holds any of them, the properties the kind forbids; then the
 * implications, on the values already read. Each test guards a rule constant (built once, in holder classes), which
 * runs only when the quick test fails and says what is wrong (see {@link RuleGuards}). Properties are read by ids held
 * as constants ({@code PropertyIds}).
 */
final class ValidatorWriter {
    private final SpecDef spec;
    private final ClassName self;
    private final ClassName keys;
    private final RuleHolders holders = new RuleHolders();
    private final RuleGuards guards;
    /** Method names: made from discriminator value names, so allocated ({@code A} and {@code A_FORBIDDEN}). */
    private final Members methods = new Members(List.of("validate", "specId"));
    /** Each property's local, named after it (the same in every method). */
    private final Map<PropertyDef, String> locals = new LinkedHashMap<>();
    /** The discriminator's local, a parameter of the kind methods; null without kinds. */
    private final String discriminator;
    private final KindMethods layout;

    private ValidatorWriter(SpecDef spec) {
        this.spec = spec;
        this.self = Gen.validator(spec);
        this.keys = Gen.keys(spec);
        this.guards = new RuleGuards(spec, (name, init, type) -> holders.ref(Group.PROPERTY, name, init, type));
        Members names = new Members(List.of("bag", "v"));
        for (PropertyDef p : spec.properties()) {
            locals.put(p, names.allocate(p.accessorName()));
        }
        this.discriminator = Gen.hasKinds(spec) ? locals.get(spec.discriminator()) : null;
        this.layout = new KindMethods(spec, methods, locals::get, this::id);
    }

    static TypeSpec write(SpecDef spec, boolean withGenerated) {
        return new ValidatorWriter(spec).build(withGenerated);
    }

    private TypeSpec build(boolean withGenerated) {
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Gen.SPEC_VALIDATOR)
                .addJavadoc("Validates messages against {@link $T} ($L): returns every violation, each naming the property,\n"
                        + "the rule, its RFC 2119 level and the section; never stops at the first and never throws on what a bag\n"
                        + "holds. Validating a conformant message allocates nothing. Stateless and thread-safe.\n\n"
                        + "<p>Each kind of message has its method, which reads each property once and tests it directly, in one\n"
                        + "method per group of properties (shared by the kinds that check the group alike); a rule runs only when its\n"
                        + "test fails, to say what is wrong. An implication that cannot fail on a kind is left out of its method.\n",
                        spec.type(), Text.javadoc(spec.id()));
        Gen.addGenerated(t, withGenerated);
        t.addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The validator.\n").initializer("new $T()", self).build());
        t.addField(FieldSpec.builder(Gen.REPORT, "CLEAN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.clean($L)", Gen.REPORT, Text.literal(spec.id())).build());
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        t.addMethod(MethodSpec.methodBuilder("specId").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("return $L", Text.literal(spec.id())).build());
        List<MethodSpec> kindMethods = new ArrayList<>();
        t.addMethod(validate(kindMethods));
        t.addMethods(kindMethods);
        t.addTypes(holders.types());
        return t.build();
    }

    /** {@code validate(bag)}: the kind decided once, its method, then the comparisons. */
    private MethodSpec validate(List<MethodSpec> kindMethods) {
        MethodSpec.Builder validate = MethodSpec.methodBuilder("validate").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(Gen.REPORT).addParameter(Gen.PROPERTY_BAG, "bag")
                .addStatement("$T.requireNonNull(bag, $S)", Gen.OBJECTS, "bag")
                .addStatement("$T v = null", Gen.VIOLATIONS);
        if (discriminator != null) {
            PropertyDef disc = spec.discriminator();
            String kind = new Members(locals.values()).allocate("kind", "messageKind");
            String unknown = methods.allocate("unknownKind");
            validate.addStatement("$T $N = bag.get($L)", Object.class, discriminator, id(disc))
                    .addStatement("$T $N = $T.kindOf(bag, $N)", Gen.kind(spec), kind, keys, discriminator)
                    .beginControlFlow("if ($N == null)", kind).addStatement("v = $N(bag, $N, v)", unknown, discriminator)
                    .nextControlFlow("else").beginControlFlow("switch ($N)", kind);
            List<String> kinds = Matrix.valueNames(spec);
            for (int i = 0; i < kinds.size(); i++) {
                String m = methods.allocate(methodName(kinds.get(i)));
                validate.addCode("case $N:\n", kinds.get(i)).addStatement("$>v = $N(bag, $N, v)", m, discriminator)
                        .addStatement("break$<");
                kindMethods.addAll(kindMethods(m, i, kinds.get(i)));
            }
            validate.endControlFlow().endControlFlow();
            kindMethods.addAll(kindMethods(unknown, -1, null));
        } else {
            String all = methods.allocate("allProperties");
            validate.addStatement("v = $N(bag, v)", all);
            kindMethods.addAll(kindMethods(all, -1, null));
        }
        for (CompareDef c : spec.compares()) {
            validate.addStatement("v = $L.check(bag, v)",
                    holders.ref(Group.ACROSS, RuleCode.compareName(spec, c), RuleCode.compare(spec, keys, c), Gen.RULE));
        }
        return validate.addStatement("return $T.report(v, CLEAN)", Gen.VIOLATIONS).build();
    }

    private static String methodName(String valueName) {
        return "kind" + Names.capitalized(KindMethods.camel(valueName));
    }

    /** What a kind method checks: the kind's index and name (-1 and null: unknown kind, or no kinds). */
    private record Kind(int index, String name, boolean unknown) {
        boolean known() {
            return index >= 0;
        }
    }

    /** The methods checking one kind of message (chunked when long), its forbidden properties' method first after it. */
    private List<MethodSpec> kindMethods(String name, int index, String kindName) {
        PropertyDef disc = spec.discriminator();
        Kind kind = new Kind(index, kindName, index < 0 && discriminator != null);
        List<Check> checks = new ArrayList<>();
        if (kind.unknown()) {
            checks.add(new Check(disc, List.of(disc), Expr.present(discriminator).not(), CodeBlock.of("v = $L.check(bag, v)",
                    holders.ref(Group.PROPERTY, "DISCRIMINATOR", CodeBlock.of("$T.discriminatorPresent($T.$N, $L)", Gen.RULES,
                            keys, Gen.constant(disc), Text.literal(disc.section())), Gen.RULE))));
        }
        List<PropertyDef> forbidden = new ArrayList<>();
        for (PropertyDef p : spec.properties()) {
            if (!propertyChecks(p, kind, checks)) {
                forbidden.add(p);
            }
        }
        List<MethodSpec> out = new ArrayList<>();
        MethodSpec.Builder main = method(name);
        Set<PropertyDef> read = given();
        List<Check> implications = implicationChecks(kind);
        layout.addGroups(out, main, name, checks, implications, read);
        if (!forbidden.isEmpty()) {
            // the properties this kind forbids are looked for only when the bag holds one of them
            CodeBlock.Builder set = CodeBlock.builder().add("$T.ofKeys(", Gen.PROPERTY_ID_SET);
            for (int i = 0; i < forbidden.size(); i++) {
                set.add(i == 0 ? "$T.$N" : ", $T.$N", keys, Gen.constant(forbidden.get(i)));
            }
            CodeBlock setRef = holders.ref(Group.FORBIDDEN, "FORBIDDEN_" + Names.constant(name), set.add(")").build(),
                    Gen.PROPERTY_ID_SET);
            String forbiddenName = methods.allocate(name + "Forbidden");
            MethodSpec.Builder forbiddenMethod = method(forbiddenName);
            layout.addChunked(out, forbiddenMethod, "forbidden", name, forbiddenChecks(forbidden, kind), given());
            out.add(forbiddenMethod.addStatement("return v").build());
            main.beginControlFlow("if ($L.anyIn(bag))", setRef).addStatement("v = $N(bag, $Lv)", forbiddenName, discArg())
                    .endControlFlow();
        }
        layout.addChecks(main, implications, read);
        out.add(0, main.addStatement("return v").build());
        return out;
    }

    /**
     * The checks of {@code p} on a kind (its rules after one read, then its mirror rule); false when the kind forbids
     * it (its presence rule is then among the forbidden ones).
     */
    private boolean propertyChecks(PropertyDef p, Kind kind, List<Check> checks) {
        PropertyDef disc = spec.discriminator();
        Matrix.Cell cell = cell(p, kind.index());
        String k = Gen.constant(p);
        // an absent discriminator is reported once, by the DISCRIMINATOR rule, not again as a missing property
        boolean absentKind = kind.known() && kind.name().equals(disc.absentAs());
        boolean presenceCovered = (kind.unknown() || absentKind) && p == disc && cell.rule().demands();
        PresenceRule presence = presenceCovered ? PresenceRule.OPTIONAL : cell.rule();
        if (presence.forbids()) {
            return false;
        }
        Expr suspect = guards.property(p, presence, locals::get, kind.known());
        if (suspect == null || !suspect.isFalse()) {
            CodeBlock ref = holders.ref(Group.PROPERTY, k + "_" + presence.name() + sectionSuffix(cell.section(), p),
                    propertyRule(p, presence, cell.section()), Gen.PROPERTY_RULE);
            List<PropertyDef> reads = p.mirror() != null && p.mirror().kind() == MirrorKind.HEX
                    ? List.of(p, spec.property(p.mirror().source())) : List.of(p);
            checks.add(new Check(p, reads, suspect, CodeBlock.of("v = $L.check(bag, $N, v)", ref, locals.get(p))));
        }
        if (p.mirror() == null) {
            return true;
        }
        PropertyDef source = spec.property(p.mirror().source());
        if (!cell(source, kind.index()).rule().forbids()) {
            String section = p.mirror().section().isEmpty() ? p.section() : p.mirror().section();
            // when the kind is unknown, a mirror some kind forbids is not demanded beside its source
            boolean withSource = !cell.rule().demands() && !(kind.unknown() && forbiddenForSomeKind(p));
            CodeBlock ref = holders.ref(Group.MIRROR, k + (withSource ? "_MIRROR_WITH_SOURCE" : "_MIRROR"),
                    CodeBlock.of("$T.$L($T.$N, $T.$N, $T.$L, $T.$L, $L)", Gen.RULES, withSource ? "mirrorSetWithSource" : "mirror",
                            keys, k, keys, Gen.constant(source), Gen.MIRROR_KIND, p.mirror().kind().name(), Gen.LEVEL,
                            p.mirror().level().name(), Text.literal(section)), Gen.MIRROR_RULE);
            checks.add(new Check(p, List.of(p, source), guards.mirror(p, source, withSource, locals.get(p), locals.get(source)),
                    CodeBlock.of("v = $L.check(bag, $N, $N, v)", ref, locals.get(p), locals.get(source))));
        }
        return true;
    }

    /** {@code Rules.property(...)}: presence, then the value rules, after one read. */
    private CodeBlock propertyRule(PropertyDef p, PresenceRule presence, String section) {
        String k = Gen.constant(p);
        CodeBlock.Builder property = CodeBlock.builder().add("$T.property($T.$N, $T.$L, $L", Gen.RULES, keys, k,
                Gen.PRESENCE_RULE, presence.name(), Text.literal(section));
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
        return property.add(")").build();
    }

    /** The presence rules of the properties a kind forbids (each reads the bag: they are looked for only when one is set). */
    private List<Check> forbiddenChecks(List<PropertyDef> forbidden, Kind kind) {
        List<Check> checks = new ArrayList<>();
        for (PropertyDef p : forbidden) {
            Matrix.Cell cell = cell(p, kind.index());
            CodeBlock ref = holders.ref(Group.FORBIDDEN, Gen.constant(p) + "_" + cell.rule().name() + sectionSuffix(cell.section(), p),
                    CodeBlock.of("$T.presence($T.$N, $T.$L, $L)", Gen.RULES, keys, Gen.constant(p), Gen.PRESENCE_RULE,
                            cell.rule().name(), Text.literal(cell.section())), Gen.RULE);
            checks.add(new Check(p, List.of(), null, CodeBlock.of("v = $L.check(bag, v)", ref)));
        }
        return checks;
    }

    /** The implications, tested on the values read; one that cannot fail on this kind is not written. */
    private List<Check> implicationChecks(Kind kind) {
        List<Check> checks = new ArrayList<>();
        for (ImpliesDef i : spec.implies()) {
            Expr suspect = guards.implies(i, locals::get, kind.name());
            if (suspect != null && suspect.isFalse()) {
                continue;
            }
            CodeBlock init = CodeBlock.of("$T.implies($L, $L, $T.$L, $L, $L)", Gen.RULES,
                    RuleCode.conditions(spec, keys, i.when(), i.whenAny()), RuleCode.conditions(spec, keys, i.then(), i.thenAny()),
                    Gen.LEVEL, i.level().name(), Text.literal(i.section()), Text.literal(i.note()));
            CodeBlock ref = holders.ref(Group.ACROSS, RuleCode.impliesName(spec, i), init, Gen.RULE);
            checks.add(new Check(null, suspect == null ? List.of() : guards.reads(i), suspect, CodeBlock.of("v = $L.check(bag, v)", ref)));
        }
        return checks;
    }

    /** The properties a method has read before its first statement: the discriminator, its parameter. */
    private Set<PropertyDef> given() {
        return new HashSet<>(discriminator == null ? List.of() : List.of(spec.discriminator()));
    }

    /** The discriminator's local as the first argument after {@code bag}, when the methods take it. */
    private CodeBlock discArg() {
        return discriminator == null ? CodeBlock.of("") : CodeBlock.of("$N, ", discriminator);
    }

    /** The id of {@code p}, as the validator reads it. */
    private CodeBlock id(PropertyDef p) {
        return holders.ref(Group.ID, Gen.constant(p), CodeBlock.of("$T.$N.id()", keys, Gen.constant(p)), Gen.PROPERTY_ID);
    }

    private MethodSpec.Builder method(String name) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Gen.VIOLATIONS).addParameter(Gen.PROPERTY_BAG, "bag");
        if (discriminator != null) {
            m.addParameter(Object.class, discriminator);
        }
        return m.addParameter(Gen.VIOLATIONS, "v");
    }

    private boolean forbiddenForSomeKind(PropertyDef p) {
        for (Matrix.Cell c : Matrix.cells(spec, p)) {
            if (c.rule().forbids()) {
                return true;
            }
        }
        return false;
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
                        Text.literal(section), Gen.literal(p.type(), r.text()));
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
}
