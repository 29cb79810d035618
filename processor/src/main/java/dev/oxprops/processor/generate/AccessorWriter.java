package dev.oxprops.processor.generate;

import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.FieldSpec;
import dev.oxprops.processor.source.MethodSpec;
import dev.oxprops.processor.source.ParameterizedTypeName;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.processor.source.TypeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ...Accessor}: typed getters and setters over a property bag. Setting a property sets
 * every mirror derived from it (unless the kind of message forbids the mirror); removing it removes
 * them; setting the discriminator brings the mirrors in line with the new kind ({@link AccessorMirrors}).
 */
final class AccessorWriter {
    private final SpecDef spec;
    private final ClassName self;
    private final ClassName keys;
    private final Map<String, String> enumNames;
    /** The kinds enum, or null when the spec has no kinds of message. */
    private final ClassName kind;
    private final AccessorMirrors mirrors;
    /** The names of the methods a codec or an enum adds (getXRaw, setXRaw, getXEnum), by accessor name and kind. */
    private final Map<String, String> extraMethods = new HashMap<>();

    private AccessorWriter(SpecDef spec) {
        this.spec = spec;
        this.self = Gen.accessor(spec);
        this.keys = Gen.keys(spec);
        this.enumNames = KeysWriter.enumNames(spec);
        this.kind = Gen.hasKinds(spec) ? Gen.keys(spec).nestedClass(enumNames.get(KeysWriter.KIND_ENUM)) : null;
        this.mirrors = new AccessorMirrors(spec, kind);
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

    static TypeSpec write(SpecDef spec, boolean withGenerated) {
        return new AccessorWriter(spec).build(withGenerated);
    }

    private TypeSpec build(boolean withGenerated) {
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Typed access to the properties of {@link $T} ($L) in a {@link $T}.\n\n", spec.type(), Text.javadoc(spec.id()),
                        Gen.PROPERTY_BAG)
                .addJavadoc("<p>Getters throw {@link $T} when a property is absent and {@link $T} when the bag\n"
                        + "holds a value of another type; {@code find...} methods return empty instead of throwing for absence.\n"
                        + "Setting a property also sets the properties that mirror it; setting one to {@code null} removes it.\n"
                        + "Not thread-safe (neither are bags).\n", ClassName.get(Gen.RT, "MissingPropertyException"),
                        ClassName.get(Gen.RT, "PropertyTypeException"));
        Gen.addGenerated(t, withGenerated);
        t.addField(Gen.PROPERTY_BAG, "bag", Modifier.PRIVATE, Modifier.FINAL);
        addFixedMembers(t);
        for (PropertyDef p : spec.properties()) {
            if (p.mirror() != null && mirrors.forbiddenSomewhere(p)) {
                t.addField(mirrors.forbiddenSet(p));
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
        List<PropertyDef> roots = mirrors.varyingRoots();
        if (!roots.isEmpty()) {
            t.addMethod(mirrors.syncMirrors(roots));
        }
        t.addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class).addStatement("return $S + bag", self.simpleName() + " over ").build());
        return t.build();
    }

    /** The constructor, {@code of}, {@code create}, {@code bag()}, {@code validate()} and {@code kind()}. */
    private void addFixedMembers(TypeSpec.Builder t) {
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
    }

    private FieldSpec codecField(PropertyDef p) {
        return FieldSpec.builder(p.codec().type(), "CODEC_" + Gen.constant(p), Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).addJavadoc("The codec between {@code $L} as stored and $T.\n", Text.javadoc(p.canonical()), p.returnType())
                .initializer(Gen.codecInstance(p)).build();
    }

    /** {@code {@code PidTagX}}: how the methods other than the getter name the property in their Javadoc. */
    private static String docName(PropertyDef p) {
        return "{@code " + Text.javadoc(p.canonical()) + "}";
    }

    /** The value as the API type, from {@code stored}: decoded when the property has a codec. */
    private CodeBlock decoded(PropertyDef p) {
        return p.codec() != null ? CodeBlock.of("$T.decode($T.$N, CODEC_$L, stored)", Gen.SUPPORT, keys, Gen.constant(p),
                Gen.constant(p)) : CodeBlock.of("stored");
    }

    /** The methods of one property: get, find, has, set, remove, then those a codec, an enum or flags add. */
    private void addMethods(TypeSpec.Builder t, PropertyDef p) {
        t.addMethod(getter(p));
        t.addMethod(finder(p));
        t.addMethod(MethodSpec.methodBuilder("has" + Names.capitalized(p.accessorName())).addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN).addJavadoc("Whether $L is set.\n", docName(p))
                .addStatement("return $T.$N.isSetIn(bag)", keys, Gen.constant(p)).build());
        t.addMethod(setter(p));
        t.addMethod(remover(p));
        if (p.codec() != null) {
            addRawMethods(t, p);
        } else if (KeysWriter.hasEnum(p)) {
            addEnumMethods(t, p);
        }
        if (KeysWriter.hasFlags(p)) {
            String cap = Names.capitalized(p.accessorName());
            FlagsEnum.accessors(t, self, keys.nestedClass(KeysWriter.flagsName(p)), p, cap, docName(p));
        }
        if (mirrors.hasMirrors(p)) {
            t.addMethod(mirrors.propagate(p));
        }
    }

    /** {@code getX()}: the full description (id, type, section) is on the getter; the other methods name the property. */
    private MethodSpec getter(PropertyDef p) {
        String k = Gen.constant(p);
        TypeName stored = Gen.stored(p.type());
        MethodSpec.Builder get = MethodSpec.methodBuilder("get" + Names.capitalized(p.accessorName())).addModifiers(Modifier.PUBLIC)
                .returns(p.returnType())
                .addJavadoc("Returns $L.\n\n@throws $T when it is not set\n@throws $T when the bag holds another type\n",
                        Gen.brief(p), ClassName.get(Gen.RT, "MissingPropertyException"),
                        ClassName.get(Gen.RT, "PropertyTypeException"));
        if (p.codec() == null && !p.type().isMultiple()) {
            // fast path: one lookup and a type test; conversions and errors go through the key. Statements, not a
            // call as an argument or a conditional on a call: javac attributes those twice (speculatively, then for real)
            get.addStatement("$T id = $T.$N.id()", Gen.PROPERTY_ID, keys, k).addStatement("$T raw = bag.get(id)", Object.class)
                    .beginControlFlow("if (raw instanceof $T)", stored).addStatement("return ($T) raw", stored).endControlFlow()
                    .addStatement("return $T.$N.require(bag)", keys, k);
        } else if (p.codec() == null) {
            get.addStatement("return $T.$N.require(bag)", keys, k);
        } else {
            get.addStatement("$T stored = $T.$N.require(bag)", stored, keys, k).addStatement("return $L", decoded(p));
        }
        return get.build();
    }

    private MethodSpec finder(PropertyDef p) {
        String k = Gen.constant(p);
        MethodSpec.Builder find = MethodSpec.methodBuilder("find" + Names.capitalized(p.accessorName())).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Gen.OPTIONAL, p.returnType().box()))
                .addJavadoc("Returns $L, or empty when it is not set.\n", docName(p));
        if (p.codec() != null) {
            find.addStatement("$T stored = $T.$N.read(bag)", Gen.stored(p.type()), keys, k)
                    .addStatement("return stored == null ? $T.empty() : $T.of($L)", Gen.OPTIONAL, Gen.OPTIONAL, decoded(p));
        } else {
            find.addStatement("return $T.$N.find(bag)", keys, k);
        }
        return find.build();
    }

    /** {@code setX(value)}: encodes, writes, writes the mirrors; {@code null} removes (for a reference type). */
    private MethodSpec setter(PropertyDef p) {
        String cap = Names.capitalized(p.accessorName());
        String k = Gen.constant(p);
        TypeName api = p.returnType();
        boolean noMirrors = mirrors.descendants(p).isEmpty();
        MethodSpec.Builder set = MethodSpec.methodBuilder("set" + cap).addModifiers(Modifier.PUBLIC).returns(self)
                .addParameter(api, "value");
        boolean plain = p.codec() == null && noMirrors && !p.discriminator();
        if (api.isPrimitive()) {
            set.addJavadoc("Sets $L.\n", docName(p));
        } else {
            set.addJavadoc("Sets $L; {@code null} removes it$L.\n", docName(p), noMirrors ? "" : " and its mirrors");
            if (!plain) {
                set.beginControlFlow("if (value == null)").addStatement("return remove$L()", cap).endControlFlow();
            }
        }
        mirrorDoc(set, p);
        if (p.codec() != null) {
            set.addStatement("$T stored = CODEC_$L.encode(value)", Gen.stored(p.type()), k)
                    .beginControlFlow("if (stored == null)").addStatement("return remove$L()", cap).endControlFlow()
                    .addStatement("$T.$N.write(bag, stored)", keys, k);
            finishSet(set, p, "stored");
        } else {
            finishSet(set, p, null);
        }
        return set.addStatement("return this").build();
    }

    private MethodSpec remover(PropertyDef p) {
        List<PropertyDef> ds = mirrors.descendants(p);
        MethodSpec.Builder remove = MethodSpec.methodBuilder("remove" + Names.capitalized(p.accessorName())).addModifiers(Modifier.PUBLIC)
                .returns(self).addJavadoc("Removes $L$L.\n", docName(p), ds.isEmpty() ? "" : " and its mirrors")
                .addStatement("$T.$N.removeFrom(bag)", keys, Gen.constant(p));
        for (PropertyDef d : ds) {
            remove.addStatement("$T.$N.removeFrom(bag)", keys, Gen.constant(d));
        }
        return remove.addStatement("return this").build();
    }

    /** {@code getXRaw()} and {@code setXRaw(stored)}: the value as stored, without the codec. */
    private void addRawMethods(TypeSpec.Builder t, PropertyDef p) {
        String k = Gen.constant(p);
        TypeName stored = Gen.stored(p.type());
        t.addMethod(MethodSpec.methodBuilder(extraMethods.get("getRaw:" + p.accessorName())).addModifiers(Modifier.PUBLIC).returns(stored)
                .addJavadoc("Returns $L as stored, without the codec.\n\n@throws $T when it is not set\n", docName(p),
                        ClassName.get(Gen.RT, "MissingPropertyException"))
                .addStatement("return $T.$N.require(bag)", keys, k).build());
        MethodSpec.Builder raw = MethodSpec.methodBuilder(extraMethods.get("setRaw:" + p.accessorName())).addModifiers(Modifier.PUBLIC).returns(self)
                .addParameter(stored, "stored").addJavadoc("Sets $L as stored, without the codec; {@code null} removes it.\n", docName(p))
                .beginControlFlow("if (stored == null)").addStatement("return remove$L()", Names.capitalized(p.accessorName()))
                .endControlFlow().addStatement("$T.$N.write(bag, stored)", keys, k);
        finishSet(raw, p, "stored");
        t.addMethod(raw.addStatement("return this").build());
    }

    /** {@code getXEnum()} and {@code setX(constant)} for a property whose values have an enum. */
    private void addEnumMethods(TypeSpec.Builder t, PropertyDef p) {
        String cap = Names.capitalized(p.accessorName());
        ClassName e = keys.nestedClass(enumNames.get(p.accessorName()));
        t.addMethod(MethodSpec.methodBuilder(extraMethods.get("getEnum:" + p.accessorName())).addModifiers(Modifier.PUBLIC).returns(e)
                .addJavadoc("Returns $L as a constant.\n\n@throws $T when the value is not one of the constants\n", docName(p),
                        Gen.MALFORMED)
                .addStatement("$T value = get$L()", p.returnType(), cap)
                .addStatement("$T<$T> constant = $T.fromValue(value)", Gen.OPTIONAL, e, e)
                // an explicit type argument (no inference) and locals (javac attributes a call in argument position twice)
                .addStatement("return $T.<$T>constant(constant, $T.$N, value, $T.class)", Gen.SUPPORT, e, keys, Gen.constant(p), e)
                .build());
        t.addMethod(MethodSpec.methodBuilder("set" + cap).addModifiers(Modifier.PUBLIC).returns(self)
                .addParameter(e, "value").addJavadoc("Sets $L to a constant; {@code null} removes it.\n", docName(p))
                .beginControlFlow("if (value == null)").addStatement("return remove$L()", cap).endControlFlow()
                .addStatement("$T plain = value.value()", p.returnType()).addStatement("return set$L(plain)", cap).build());
    }

    private void mirrorDoc(MethodSpec.Builder m, PropertyDef p) {
        List<PropertyDef> ds = mirrors.descendants(p);
        if (!ds.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (PropertyDef d : ds) {
                names.add("{@code " + Text.javadoc(d.canonical()) + "}");
            }
            m.addJavadoc(mirrors.anyForbidden(p) ? "<p>Also sets $L, except where the kind of message forbids them.\n"
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
        if (mirrors.hasMirrors(p)) {
            if (mirrors.anyForbidden(p)) {
                m.addStatement("propagate$L($L, $L, $T.WRITE)", Names.capitalized(p.accessorName()), var, disc ? "after" : "kind()",
                        Gen.MIRROR_UPDATE);
            } else {
                m.addStatement("propagate$L($L)", Names.capitalized(p.accessorName()), var);
            }
        }
        if (disc && !mirrors.varyingRoots().isEmpty()) {
            m.beginControlFlow("if (before != after)").addStatement("syncMirrors(before, after)").endControlFlow();
        }
    }

}
