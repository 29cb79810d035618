package dev.oxprops.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.SpecDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/**
 * Writes {@code ...Accessor}: typed getters and setters over a property bag. Setting a property sets
 * every mirror derived from it (unless the kind of message forbids the mirror); removing it removes
 * them; setting the discriminator brings the mirrors in line with the new kind.
 */
final class AccessorWriter {
    private final SpecDef spec;
    private final ClassName self;
    private final ClassName keys;
    private final Map<String, List<PropertyDef>> children = new LinkedHashMap<>();
    private final Map<String, String> enumNames;
    /** The kinds enum, or null when the spec has no kinds of message. */
    private final ClassName kind;
    /** The names of the methods a codec or an enum adds (getXRaw, setXRaw, getXEnum), by accessor name and kind. */
    private final Map<String, String> extraMethods = new HashMap<>();

    private AccessorWriter(SpecDef spec) {
        this.spec = spec;
        this.self = Gen.accessor(spec);
        this.keys = Gen.keys(spec);
        for (PropertyDef p : spec.properties()) {
            if (p.mirror() != null) {
                children.computeIfAbsent(p.mirror().source(), k -> new ArrayList<>()).add(p);
            }
        }
        this.enumNames = KeysWriter.enumNames(spec);
        this.kind = Gen.hasKinds(spec) ? Gen.keys(spec).nestedClass(enumNames.get(KeysWriter.KIND_ENUM)) : null;
        allocateMethods();
    }

    /**
     * Each property's own methods (get, find, has, set, remove) keep their names; the methods a codec or an enum
     * adds take what is left: {@code getKindEnum} of {@code kind()} becomes {@code getKindAsEnum} when the spec also
     * declares {@code kindEnum()}.
     */
    private void allocateMethods() {
        Members methods = new Members(List.of("of", "create", "bag", "validate", "kind", "syncMirrors", "toString"));
        for (PropertyDef p : spec.properties()) {
            String cap = Names.capitalized(p.accessorName());
            for (String prefix : List.of("get", "find", "has", "set", "remove", "propagate")) {
                methods.reserve(prefix + cap);
            }
        }
        for (PropertyDef p : spec.properties()) {
            String cap = Names.capitalized(p.accessorName());
            if (p.codec() != null) {
                extraMethods.put("getRaw:" + p.accessorName(), methods.allocate("get" + cap + "Raw", "get" + cap + "AsStored"));
                extraMethods.put("setRaw:" + p.accessorName(), methods.allocate("set" + cap + "Raw", "set" + cap + "AsStored"));
            } else if (KeysWriter.hasEnum(p)) {
                extraMethods.put("getEnum:" + p.accessorName(), methods.allocate("get" + cap + "Enum", "get" + cap + "AsEnum"));
            }
        }
    }

    static TypeSpec write(SpecDef spec, Elements elements) {
        return new AccessorWriter(spec).build(elements);
    }

    private TypeSpec build(Elements elements) {
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Typed access to the properties of {@link $T} ($L) in a {@link $T}.\n\n", spec.type(), Text.javadoc(spec.id()),
                        Gen.PROPERTY_BAG)
                .addJavadoc("<p>Getters throw {@link $T} when a property is absent and {@link $T} when the bag\n"
                        + "holds a value of another type; {@code find...} methods return empty instead of throwing for absence.\n"
                        + "Setting a property also sets the properties that mirror it; setting one to {@code null} removes it.\n"
                        + "Not thread-safe (neither are bags).\n", ClassName.get(Gen.RT, "MissingPropertyException"),
                        ClassName.get(Gen.RT, "PropertyTypeException"));
        Gen.addGenerated(t, elements);
        t.addField(Gen.PROPERTY_BAG, "bag", Modifier.PRIVATE, Modifier.FINAL);
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(Gen.PROPERTY_BAG, "bag")
                .addStatement("this.bag = $T.requireNonNull(bag, $S)", Gen.OBJECTS, "bag").build());
        t.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("An accessor over {@code bag}; changes go straight to the bag.\n")
                .addParameter(Gen.PROPERTY_BAG, "bag").addStatement("return new $T(bag)", self).build());
        t.addMethod(MethodSpec.methodBuilder("create").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addJavadoc("An accessor over a new, empty in-memory bag.\n")
                .addStatement("return new $T(new $T())", self, Gen.IN_MEMORY_BAG).build());
        t.addMethod(MethodSpec.methodBuilder("bag").addModifiers(Modifier.PUBLIC).returns(Gen.PROPERTY_BAG)
                .addJavadoc("The bag this accessor reads and writes.\n").addStatement("return bag").build());
        t.addMethod(MethodSpec.methodBuilder("validate").addModifiers(Modifier.PUBLIC).returns(Gen.REPORT)
                .addJavadoc("Every violation of $L by the message in the bag.\n", Text.javadoc(spec.id()))
                .addStatement("return $T.INSTANCE.validate(bag)", Gen.validator(spec)).build());
        if (kind != null) {
            t.addMethod(MethodSpec.methodBuilder("kind").addModifiers(Modifier.PRIVATE).returns(kind)
                    .addJavadoc("The kind of message, or null when unknown.\n")
                    .addStatement("return $T.kindOf(bag)", keys).build());
        }
        for (PropertyDef p : spec.properties()) {
            if (p.mirror() != null && forbiddenSomewhere(p)) {
                t.addField(forbiddenSet(p));
            }
        }
        for (PropertyDef p : spec.properties()) {
            if (p.codec() != null) {
                t.addField(codecField(p));
            }
        }
        for (PropertyDef p : spec.properties()) {
            addMethods(t, p);
        }
        List<PropertyDef> roots = varyingRoots();
        if (!roots.isEmpty()) {
            MethodSpec.Builder sync = MethodSpec.methodBuilder("syncMirrors").addModifiers(Modifier.PRIVATE)
                    .addParameter(kind, "before").addParameter(kind, "after")
                    .addJavadoc("Brings the mirrors whose presence differs between two kinds of message in line with {@code after}.\n");
            Members locals = new Members(List.of("before", "after", "bag"));
            for (PropertyDef p : roots) {
                CodeBlock.Builder changed = CodeBlock.builder();
                boolean first = true;
                for (PropertyDef d : descendants(p)) {
                    if (forbiddenSomewhere(d)) {
                        changed.add(first ? "" : "\n|| ").add("FORBIDDEN_$L.contains(before) != FORBIDDEN_$L.contains(after)",
                                Gen.constant(d), Gen.constant(d));
                        first = false;
                    }
                }
                String v = locals.allocate(p.accessorName());
                sync.beginControlFlow("if ($L)", changed.build())
                        .addStatement("$T $N = $T.readOrNull($T.$N, bag)", Gen.stored(p.type()), v, Gen.SUPPORT, keys,
                                Gen.constant(p))
                        .beginControlFlow("if ($N != null)", v)
                        .addStatement("propagate$L($N, after, $T.SYNC)", Names.capitalized(p.accessorName()), v, Gen.MIRROR_UPDATE)
                        .endControlFlow().endControlFlow();
            }
            t.addMethod(sync.build());
        }
        t.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("return $S + bag", self.simpleName() + " over ").build());
        return t.build();
    }

    private FieldSpec forbiddenSet(PropertyDef p) {
        CodeBlock.Builder init = CodeBlock.builder().add("$T.of(", java.util.EnumSet.class);
        List<String> kinds = Matrix.valueNames(spec);
        List<Matrix.Cell> cells = Matrix.cells(spec, p);
        boolean first = true;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).rule().forbids()) {
                init.add(first ? "$T.$N" : ", $T.$N", kind, kinds.get(i));
                first = false;
            }
        }
        return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(java.util.EnumSet.class), kind), "FORBIDDEN_" + Gen.constant(p),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The kinds of message on which {@code $L} must not or should not be set.\n", Text.javadoc(p.canonical()))
                .initializer(init.add(")").build()).build();
    }

    /** Whether some kind of message forbids {@code p}. */
    private boolean forbiddenSomewhere(PropertyDef p) {
        if (kind == null) {
            return false;
        }
        for (Matrix.Cell c : Matrix.cells(spec, p)) {
            if (c.rule().forbids()) {
                return true;
            }
        }
        return false;
    }

    private FieldSpec codecField(PropertyDef p) {
        return FieldSpec.builder(p.codec().type(), "CODEC_" + Gen.constant(p), Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).addJavadoc("The codec between {@code $L} as stored and $T.\n", Text.javadoc(p.canonical()), p.returnType())
                .initializer(Gen.codecInstance(p)).build();
    }

    private void addMethods(TypeSpec.Builder t, PropertyDef p) {
        String cap = Names.capitalized(p.accessorName());
        String k = Gen.constant(p);
        TypeName stored = Gen.stored(p.type());
        TypeName api = p.returnType();
        TypeName boxed = api.box();
        boolean codec = p.codec() != null;
        String name = "{@code " + Text.javadoc(p.canonical()) + "}";
        List<PropertyDef> mirrors = descendants(p);
        CodeBlock decoded = codec ? CodeBlock.of("$T.decode($T.$N, CODEC_$L, stored)", Gen.SUPPORT, keys, k, k)
                : CodeBlock.of("stored");

        // the full description (id, type, section) is on the getter; the other methods name the property
        MethodSpec.Builder get = MethodSpec.methodBuilder("get" + cap).addModifiers(Modifier.PUBLIC).returns(api)
                .addJavadoc("Returns $L.\n\n@throws $T when it is not set\n@throws $T when the bag holds another type\n",
                        Gen.brief(p), ClassName.get(Gen.RT, "MissingPropertyException"),
                        ClassName.get(Gen.RT, "PropertyTypeException"));
        if (!codec && !p.type().isMultiple()) {
            // fast path: one lookup and a type test; conversions and errors go through the key
            get.addStatement("$T raw = bag.get($T.$N.id())", Object.class, keys, k)
                    .addStatement("return raw instanceof $T ? ($T) raw : $T.$N.require(bag)", stored, stored, keys, k);
        } else if (!codec) {
            get.addStatement("return $T.$N.require(bag)", keys, k);
        } else {
            get.addStatement("$T stored = $T.$N.require(bag)", stored, keys, k).addStatement("return $L", decoded);
        }
        t.addMethod(get.build());
        MethodSpec.Builder find = MethodSpec.methodBuilder("find" + cap).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Gen.OPTIONAL, boxed))
                .addJavadoc("Returns $L, or empty when it is not set.\n", name);
        if (codec) {
            find.addStatement("$T stored = $T.$N.read(bag)", stored, keys, k)
                    .addStatement("return stored == null ? $T.empty() : $T.of($L)", Gen.OPTIONAL, Gen.OPTIONAL, decoded);
        } else {
            find.addStatement("return $T.$N.find(bag)", keys, k);
        }
        t.addMethod(find.build());
        t.addMethod(MethodSpec.methodBuilder("has" + cap).addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
                .addJavadoc("Whether $L is set.\n", name)
                .addStatement("return $T.$N.isSetIn(bag)", keys, k).build());

        MethodSpec.Builder set = MethodSpec.methodBuilder("set" + cap).addModifiers(Modifier.PUBLIC).returns(self)
                .addParameter(api, "value");
        boolean plain = !codec && mirrors.isEmpty() && !p.discriminator();
        if (api.isPrimitive()) {
            set.addJavadoc("Sets $L.\n", name);
        } else {
            set.addJavadoc("Sets $L; {@code null} removes it$L.\n", name, mirrors.isEmpty() ? "" : " and its mirrors");
            if (!plain) {
                set.beginControlFlow("if (value == null)").addStatement("return remove$L()", cap).endControlFlow();
            }
        }
        mirrorDoc(set, p);
        if (codec) {
            set.addStatement("$T stored = CODEC_$L.encode(value)", stored, k)
                    .beginControlFlow("if (stored == null)").addStatement("return remove$L()", cap).endControlFlow()
                    .addStatement("$T.$N.write(bag, stored)", keys, k);
            finishSet(set, p, "stored");
        } else {
            finishSet(set, p, null);
        }
        t.addMethod(set.addStatement("return this").build());

        MethodSpec.Builder remove = MethodSpec.methodBuilder("remove" + cap).addModifiers(Modifier.PUBLIC).returns(self)
                .addJavadoc("Removes $L$L.\n", name, mirrors.isEmpty() ? "" : " and its mirrors")
                .addStatement("$T.$N.removeFrom(bag)", keys, k);
        for (PropertyDef d : mirrors) {
            remove.addStatement("$T.$N.removeFrom(bag)", keys, Gen.constant(d));
        }
        t.addMethod(remove.addStatement("return this").build());

        if (codec) {
            t.addMethod(MethodSpec.methodBuilder(extraMethods.get("getRaw:" + p.accessorName())).addModifiers(Modifier.PUBLIC).returns(stored)
                    .addJavadoc("Returns $L as stored, without the codec.\n\n@throws $T when it is not set\n", name,
                            ClassName.get(Gen.RT, "MissingPropertyException"))
                    .addStatement("return $T.$N.require(bag)", keys, k).build());
            MethodSpec.Builder raw = MethodSpec.methodBuilder(extraMethods.get("setRaw:" + p.accessorName())).addModifiers(Modifier.PUBLIC).returns(self)
                    .addParameter(stored, "stored").addJavadoc("Sets $L as stored, without the codec; {@code null} removes it.\n", name)
                    .beginControlFlow("if (stored == null)").addStatement("return remove$L()", cap).endControlFlow()
                    .addStatement("$T.$N.write(bag, stored)", keys, k);
            finishSet(raw, p, "stored");
            t.addMethod(raw.addStatement("return this").build());
        }
        if (KeysWriter.hasEnum(p) && !codec) {
            ClassName e = keys.nestedClass(enumNames.get(p.accessorName()));
            t.addMethod(MethodSpec.methodBuilder(extraMethods.get("getEnum:" + p.accessorName())).addModifiers(Modifier.PUBLIC).returns(e)
                    .addJavadoc("Returns $L as a constant.\n\n@throws $T when the value is not one of the constants\n", name,
                            Gen.MALFORMED)
                    .addStatement("$T value = get$L()", api, cap)
                    .addStatement("$T<$T> constant = $T.fromValue(value)", Gen.OPTIONAL, e, e)
                    .beginControlFlow("if (constant.isPresent())").addStatement("return constant.get()").endControlFlow()
                    .addStatement("throw $T.notOneOf($T.$N, value, $T.values())", Gen.SUPPORT, keys, k, e)
                    .build());
            t.addMethod(MethodSpec.methodBuilder("set" + cap).addModifiers(Modifier.PUBLIC).returns(self)
                    .addParameter(e, "value").addJavadoc("Sets $L to a constant; {@code null} removes it.\n", name)
                    .addStatement("return value == null ? remove$L() : set$L(value.value())", cap, cap).build());
        }
        if (KeysWriter.hasFlags(p)) {
            FlagsEnum.accessors(t, self, keys.nestedClass(KeysWriter.flagsName(p)), p, cap, name);
        }
        if (children.containsKey(p.canonical())) {
            t.addMethod(propagate(p));
        }
    }

    private void mirrorDoc(MethodSpec.Builder m, PropertyDef p) {
        List<PropertyDef> ds = descendants(p);
        if (!ds.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (PropertyDef d : ds) {
                names.add("{@code " + Text.javadoc(d.canonical()) + "}");
            }
            m.addJavadoc(anyForbidden(p) ? "<p>Also sets $L, except where the kind of message forbids them.\n"
                    : "<p>Also sets $L.\n", String.join(", ", names));
        }
        if (p.discriminator()) {
            m.addJavadoc("<p>This is the discriminator: mirrors are brought in line with the new kind of message\n"
                    + "(derived mirrors the kind forbids are removed, allowed ones that are missing are written).\n");
        }
    }

    /**
     * The end of a setter: write (unless {@code storedVar} says it is written), propagate to mirrors, and for the
     * discriminator bring mirrors in line with the new kind of message when it changed.
     */
    private void finishSet(MethodSpec.Builder m, PropertyDef p, String storedVar) {
        String k = Gen.constant(p);
        boolean disc = p.discriminator() && kind != null;
        if (disc) {
            m.addStatement("$T before = kind()", kind);
        }
        String var = storedVar;
        if (var == null) {
            m.addStatement("$T.$N.write(bag, value)", keys, k);
            var = "value";
        }
        if (disc) {
            m.addStatement("$T after = kind()", kind);
        }
        if (children.containsKey(p.canonical())) {
            if (anyForbidden(p)) {
                m.addStatement("propagate$L($L, $L, $T.WRITE)", Names.capitalized(p.accessorName()), var, disc ? "after" : "kind()",
                        Gen.MIRROR_UPDATE);
            } else {
                m.addStatement("propagate$L($L)", Names.capitalized(p.accessorName()), var);
            }
        }
        if (disc && !varyingRoots().isEmpty()) {
            m.beginControlFlow("if (before != after)").addStatement("syncMirrors(before, after)").endControlFlow();
        }
    }

    /** Whether the kind of message can forbid any mirror derived from {@code p}. */
    private boolean anyForbidden(PropertyDef p) {
        for (PropertyDef d : descendants(p)) {
            if (forbiddenSomewhere(d)) {
                return true;
            }
        }
        return false;
    }

    /** The sources (not themselves mirrors) some of whose mirrors are forbidden for some kind. */
    private List<PropertyDef> varyingRoots() {
        List<PropertyDef> roots = new ArrayList<>();
        for (PropertyDef p : spec.properties()) {
            if (p.mirror() == null && children.containsKey(p.canonical()) && anyForbidden(p)) {
                roots.add(p);
            }
        }
        return roots;
    }

    /** Every property derived from {@code p}, breadth first. */
    private List<PropertyDef> descendants(PropertyDef p) {
        List<PropertyDef> out = new ArrayList<>();
        List<PropertyDef> queue = new ArrayList<>(children.getOrDefault(p.canonical(), List.of()));
        while (!queue.isEmpty()) {
            PropertyDef d = queue.remove(0);
            if (!out.contains(d)) {
                out.add(d);
                queue.addAll(children.getOrDefault(d.canonical(), List.of()));
            }
        }
        return out;
    }

    private MethodSpec propagate(PropertyDef p) {
        boolean varying = anyForbidden(p);
        MethodSpec.Builder m = MethodSpec.methodBuilder("propagate" + Names.capitalized(p.accessorName()))
                .addJavadoc(varying ? "Writes the mirrors derived from {@code $L} ($L), unless the kind of message forbids them.\n"
                        : "Writes the mirrors derived from {@code $L} ($L).\n", Text.javadoc(p.canonical()), Text.javadoc(p.identityText()))
                .addModifiers(Modifier.PRIVATE).addParameter(Gen.stored(p.type()), "value");
        if (varying) {
            m.addParameter(kind, "kind").addParameter(Gen.MIRROR_UPDATE, "update");
        }
        Members locals = new Members(List.of("value", "kind", "update", "bag"));
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put(p.canonical(), "value");
        for (PropertyDef d : descendants(p)) {
            PropertyDef source = spec.property(d.mirror().source());
            String src = vars.get(source.canonical());
            String var = locals.allocate(d.accessorName());
            vars.put(d.canonical(), var);
            CodeBlock value = d.mirror().kind() == MirrorKind.SAME ? CodeBlock.of("$N", src) : hexOf(source.type(), src);
            m.addStatement("$T $N = $L", Gen.stored(d.type()), var, value);
            if (!varying) {
                m.addStatement("$T.$N.write(bag, $N)", keys, Gen.constant(d), var);
            } else if (forbiddenSomewhere(d)) {
                m.addStatement("$T.mirror(bag, $T.$N, $N, FORBIDDEN_$L.contains(kind), update)", Gen.SUPPORT, keys,
                        Gen.constant(d), var, Gen.constant(d));
            } else {
                m.addStatement("$T.mirror(bag, $T.$N, $N, update)", Gen.SUPPORT, keys, Gen.constant(d), var);
            }
        }
        return m.build();
    }

    private static CodeBlock hexOf(MapiType sourceType, String var) {
        switch (sourceType) {
            case PtypInteger16:
                return CodeBlock.of("$T.ofShort($N)", Gen.HEX, var);
            case PtypInteger64:
                return CodeBlock.of("$T.ofLong($N)", Gen.HEX, var);
            case PtypBinary:
                return CodeBlock.of("$T.ofBytes($N)", Gen.HEX, var);
            default:
                return CodeBlock.of("$T.ofInt($N)", Gen.HEX, var);
        }
    }
}
