package dev.oxprops.processor.generate;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.ValueDef;
import dev.oxprops.processor.source.ArrayTypeName;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.FieldSpec;
import dev.oxprops.processor.source.MethodSpec;
import dev.oxprops.processor.source.ParameterizedTypeName;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.processor.source.TypeSpec;
import dev.oxprops.processor.source.WildcardTypeName;
import dev.oxprops.runtime.MapiValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes {@code ...Keys}: property set GUIDs, one typed key per property, enums of allowed values, lookups. */
final class KeysWriter {
    private KeysWriter() {}

    static TypeSpec write(SpecDef spec, boolean withGenerated) {
        ClassName name = Gen.keys(spec);
        TypeSpec.Builder t = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Typed property keys of {@link $T} ($L$L).\n", spec.type(), Text.javadoc(spec.id()),
                        spec.title().isEmpty() ? "" : ", " + Text.javadoc(spec.title()));
        Gen.addGenerated(t, withGenerated);
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (PropertyDef p : spec.properties()) {
            if (REFERENCED.contains(Gen.constant(p))) {
                // a field hides a type of its name in an expression: a property uuid() gives a constant UUID
                t.alwaysQualify(Gen.constant(p));
            }
        }
        addSetFields(t, spec);
        addKeyFields(t, spec);
        addLookups(t, spec);
        Map<String, String> enumNames = enumNames(spec);
        for (PropertyDef p : spec.properties()) {
            TypeSpec e = valueEnum(p, name, enumNames.get(p.accessorName()));
            if (e != null) {
                t.addType(e);
            }
            if (hasFlags(p)) {
                t.addType(FlagsEnum.write(p, name.nestedClass(flagsName(p))));
            }
        }
        if (Gen.hasKinds(spec)) {
            t.addType(kindEnum(spec, enumNames));
            t.addMethod(kindOfBag(spec, spec.discriminator()));
            t.addMethod(kindOf(spec, spec.discriminator()));
            t.addMethod(discriminatorIndex(spec, spec.discriminator()));
        }
        return t.build();
    }

    /** {@code SET_...}: the GUID of each property set the spec's properties are in. */
    private static void addSetFields(TypeSpec.Builder t, SpecDef spec) {
        Map<String, PropertyDef> sets = new LinkedHashMap<>();
        for (PropertyDef p : spec.properties()) {
            if (p.set() != null) {
                sets.putIfAbsent(Gen.setConstant(p), p);
            }
        }
        for (Map.Entry<String, PropertyDef> e : sets.entrySet()) {
            PropertyDef p = e.getValue();
            t.addField(FieldSpec.builder(Gen.UUID_T, e.getKey(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The property set $L, {$L}.\n", Text.javadoc(p.set().name()), Gen.guidText(p).toUpperCase(java.util.Locale.ROOT))
                    .initializer("$T.fromString($S)", Gen.UUID_T, Gen.guidText(p)).build());
        }
    }

    /**
     * Bytes of code one class initializer may spend on building keys: the JVM allows 65,535 per method, and the keys
     * class's own initializer also builds the set GUIDs and {@code ALL}.
     */
    static final int INITIALIZER_BUDGET = 56_000;

    /**
     * One key per property. A spec whose keys do not fit in one class initializer (about 1,700 properties, see
     * {@link #initializerBytes}) builds them in holder classes named after their first key ({@code KeysFromP1700}),
     * which the public fields then read.
     */
    private static void addKeyFields(TypeSpec.Builder t, SpecDef spec) {
        List<List<PropertyDef>> chunks = keyChunks(spec);
        boolean chunked = chunks.size() > 1;
        for (List<PropertyDef> chunk : chunks) {
            String holder = chunked ? holderName(chunk) : null;
            TypeSpec.Builder part = chunked ? TypeSpec.classBuilder(holder)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL) : null;
            for (PropertyDef p : chunk) {
                TypeName keyType = keyType(p);
                CodeBlock init = keyInit(spec, p);
                if (chunked) {
                    part.addField(FieldSpec.builder(keyType, Gen.constant(p), Modifier.STATIC, Modifier.FINAL)
                            .initializer(init).build());
                    init = CodeBlock.of("$L.$N", holder, Gen.constant(p));
                }
                t.addField(FieldSpec.builder(keyType, Gen.constant(p), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("$L\n", Gen.doc(p)).initializer(init).build());
            }
            if (chunked) {
                t.addType(part.build());
            }
        }
    }

    private static List<List<PropertyDef>> keyChunks(SpecDef spec) {
        List<List<PropertyDef>> out = new ArrayList<>();
        int from = 0;
        int bytes = 0;
        List<PropertyDef> all = spec.properties();
        for (int i = 0; i < all.size(); i++) {
            int key = initializerBytes(all.get(i));
            if (bytes + key > INITIALIZER_BUDGET) {
                out.add(all.subList(from, i));
                from = i;
                bytes = 0;
            }
            bytes += key;
        }
        out.add(all.subList(from, all.size()));
        return out;
    }

    /**
     * An upper bound of the code that builds a key: name, id, type, section and class (at most 31 bytes with wide
     * constant-pool indexes, and the store), and the array of the types it also accepts.
     */
    static int initializerBytes(PropertyDef p) {
        return 32 + (p.alsoAccepts().isEmpty() ? 0 : 8 + 7 * p.alsoAccepts().size());
    }

    private static String holderName(List<PropertyDef> chunk) {
        return "KeysFrom" + Names.capitalized(chunk.get(0).accessorName());
    }

    /** {@code ALL} (every key, in declaration order) and {@code byCanonicalName}. */
    private static void addLookups(TypeSpec.Builder t, SpecDef spec) {
        TypeName anyKey = ParameterizedTypeName.get(Gen.PROPERTY_KEY, WildcardTypeName.subtypeOf(Object.class));
        TypeName listOfKeys = ParameterizedTypeName.get(Gen.LIST, anyKey);
        t.addField(FieldSpec.builder(listOfKeys, "ALL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every key of the spec, in declaration order.\n").initializer("all()").build());
        // one array initializer: javac checks its elements without resolving a method call for each key
        CodeBlock.Builder array = CodeBlock.builder();
        for (int i = 0; i < spec.properties().size(); i++) {
            array.add(i == 0 ? "$N" : ",\n$N", Gen.constant(spec.properties().get(i)));
        }
        t.addMethod(MethodSpec.methodBuilder("all").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(listOfKeys)
                .addCode("$T[] keys = {\n$>$L\n$<};\n", anyKey, array.build())
                .addStatement("return $T.of(keys)", Gen.LIST).build());
        t.addMethod(MethodSpec.methodBuilder("byCanonicalName").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The key with this canonical name (e.g. the one of {@code $L}), if the spec declares it.\n",
                        spec.properties().isEmpty() ? "PidTagX" : Text.javadoc(spec.properties().get(0).canonical()))
                .returns(ParameterizedTypeName.get(Gen.OPTIONAL, anyKey)).addParameter(String.class, "canonicalName")
                .beginControlFlow("for ($T key : ALL)", anyKey)
                .beginControlFlow("if (key.canonicalName().equals(canonicalName))")
                .addStatement("return $T.of(key)", Gen.OPTIONAL).endControlFlow().endControlFlow()
                .addStatement("return $T.empty()", Gen.OPTIONAL).build());
    }

    static TypeName keyType(PropertyDef p) {
        return ParameterizedTypeName.get(Gen.PROPERTY_KEY, Gen.stored(p.type()));
    }

    private static CodeBlock keyInit(SpecDef spec, PropertyDef p) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.<$T>of($L, $L, $T.$L, $L, $L", Gen.PROPERTY_KEY,
                Gen.stored(p.type()), Text.literal(p.canonical()),
                Gen.idCode(spec, p), Gen.MAPI_TYPE, p.type().name(), Text.literal(p.section()), Gen.storedClassLiteral(p.type()));
        for (MapiType a : p.alsoAccepts()) {
            b.add(", $T.$L", Gen.MAPI_TYPE, a.name());
        }
        return b.add(")").build();
    }

    /** Whether a Java enum is generated for the property's allowed values. */
    static boolean hasEnum(PropertyDef p) {
        RuleDef oneOf = p.rule(RuleDef.Kind.ONE_OF);
        return oneOf != null && !oneOf.values().isEmpty() && enumValueType(p.type()) != null;
    }

    /** The simple name of the enum of {@code p}'s values (see {@link #hasEnum}), cached per spec. */
    static String enumName(SpecDef spec, PropertyDef p) {
        Map<String, String> names = enumNamesCache.get(spec);
        if (names == null) {
            names = enumNames(spec);
            enumNamesCache.put(spec, names);
        }
        return names.get(p.accessorName());
    }

    private static final Map<SpecDef, Map<String, String>> enumNamesCache = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The key of the kinds enum's name in {@link #enumNames} (no accessor name is empty). */
    static final String KIND_ENUM = "";

    /** Simple names of types the keys class refers to, which a nested enum must not hide. */
    private static final List<String> REFERENCED = List.of("Object", "String", "Optional", "List", "UUID", "PropertyKey",
            "PropertyId", "PropertyBag", "MapiType", "GeneratedSupport", "Hex", "Instant", "Override", "Generated", "Short",
            "Integer", "Long", "Boolean", "Float", "Double");

    /**
     * The simple names of the enums of properties' values, by accessor name: the capitalized accessor name, or
     * with "Values" added (then numbered) when the name is taken by a field of the keys class (a field hides a type
     * of the same name in {@code Keys.P0.fromValue(...)}), a holder class of a big spec's keys, another enum, a
     * generated class (a nested type cannot have the name of the class it is in) or a type the keys class uses.
     */
    static Map<String, String> enumNames(SpecDef spec) {
        Members types = new Members(REFERENCED);
        types.reserve(spec.type().simpleName());
        for (String generated : Gen.generatedSimpleNames(spec)) {
            types.reserve(generated);
        }
        types.reserve("ALL");
        for (PropertyDef p : spec.properties()) {
            types.reserve(Gen.constant(p));
            if (p.set() != null) {
                types.reserve(Gen.setConstant(p));
            }
        }
        List<List<PropertyDef>> chunks = keyChunks(spec);
        if (chunks.size() > 1) {
            for (List<PropertyDef> chunk : chunks) {
                types.reserve(holderName(chunk));
            }
        }
        Map<String, String> out = new HashMap<>();
        for (PropertyDef p : spec.properties()) {
            if (hasEnum(p)) {
                String name = Names.capitalized(p.accessorName());
                out.put(p.accessorName(), types.allocate(name, name + "Values"));
            }
        }
        if (Gen.hasKinds(spec)) {
            out.put(KIND_ENUM, types.allocate("Kind", "MessageKind"));
        }
        return out;
    }

    /** Whether an enum of named bits is generated for the property ({@code @Flags} on an integer, without codec). */
    static boolean hasFlags(PropertyDef p) {
        RuleDef flags = p.rule(RuleDef.Kind.FLAGS);
        return flags != null && !flags.values().isEmpty() && enumValueType(p.type()) != null && enumValueType(p.type()).isPrimitive()
                && p.codec() == null;
    }

    /** The simple name of the enum of a property's named bits: the capitalized accessor name and "Flag". */
    static String flagsName(PropertyDef p) {
        return Names.capitalized(p.accessorName()) + "Flag";
    }

    /** The primitive or String type an enum's value() returns, or null when no enum is generated. */
    static TypeName enumValueType(MapiType type) {
        return type.isInteger() ? TypeName.get(MapiValues.primitive(type))
                : type.isString() ? ClassName.get(String.class) : null;
    }

    private static TypeSpec valueEnum(PropertyDef p, ClassName keys, String name) {
        if (!hasEnum(p)) {
            return null;
        }
        TypeName vt = enumValueType(p.type());
        Members fields = new Members(List.of("value", "meaning"));
        TypeSpec.Builder e = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values {@code $L} may hold (section $L).\n", Text.javadoc(p.canonical()),
                        Text.javadoc(sectionOf(p.rule(RuleDef.Kind.ONE_OF), p)));
        for (ValueDef v : p.rule(RuleDef.Kind.ONE_OF).values()) {
            e.addEnumConstant(fields.reserve(v.name()), TypeSpec.anonymousClassBuilder("$L, $L", Gen.literal(p.type(), v.text()), Text.literal(v.meaning()))
                    .addJavadoc("$L$L\n", Text.javadoc(v.text()), v.meaning().isEmpty() ? "" : ": " + Text.javadoc(v.meaning()))
                    .build());
        }
        e.addField(vt, "value", Modifier.PRIVATE, Modifier.FINAL);
        e.addField(String.class, "meaning", Modifier.PRIVATE, Modifier.FINAL);
        e.addMethod(MethodSpec.constructorBuilder().addParameter(vt, "value").addParameter(String.class, "meaning")
                .addStatement("this.value = value").addStatement("this.meaning = meaning").build());
        e.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC).returns(vt)
                .addJavadoc("The value as the property holds it.\n").addStatement("return value").build());
        e.addMethod(MethodSpec.methodBuilder("meaning").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("What the value means, as the spec says.\n").addStatement("return meaning").build());
        ClassName self = keys.nestedClass(name);
        // values() copies the array on every call; fromValue runs on every enum getter
        String cache = fields.allocate("VALUES", "ALL_VALUES");
        e.addField(FieldSpec.builder(ArrayTypeName.of(self), cache, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("values()").build());
        MethodSpec.Builder from = MethodSpec.methodBuilder("fromValue").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The constant for a value, or empty when the value is not one of them.\n")
                .returns(ParameterizedTypeName.get(Gen.OPTIONAL, self)).addParameter(vt, "value")
                .beginControlFlow("for ($T candidate : $N)", self, cache);
        if (vt.isPrimitive()) {
            from.beginControlFlow("if (candidate.value == value)");
        } else {
            from.beginControlFlow("if (candidate.value.equals(value))");
        }
        // explicit type arguments: javac infers nothing (inference at every call slows large generated classes)
        e.addMethod(from.addStatement("return $T.<$T>of(candidate)", Gen.OPTIONAL, self).endControlFlow().endControlFlow()
                .addStatement("return $T.<$T>empty()", Gen.OPTIONAL, self).build());
        return e.build();
    }

    static String sectionOf(RuleDef r, PropertyDef p) {
        return r.section().isEmpty() ? p.section() : r.section();
    }

    /**
     * The kinds of message as a package-private enum (the discriminator's value names, then its {@code absentAs}
     * name), so that generated code switches on names and keeps sets of kinds as {@code EnumSet}s.
     */
    private static TypeSpec kindEnum(SpecDef spec, Map<String, String> enumNames) {
        PropertyDef d = spec.discriminator();
        TypeSpec.Builder e = TypeSpec.enumBuilder(enumNames.get(KIND_ENUM))
                .addJavadoc("The kinds of message, by the value of {@code $L}.\n", Text.javadoc(d.canonical()));
        for (ValueDef v : d.rule(RuleDef.Kind.ONE_OF).values()) {
            e.addEnumConstant(v.name(), TypeSpec.anonymousClassBuilder("").addJavadoc("{@code $L} is $L: $L\n",
                    Text.javadoc(d.canonical()), Text.javadoc(v.text()), Text.javadoc(v.meaning())).build());
        }
        if (!d.absentAs().isEmpty()) {
            e.addEnumConstant(d.absentAs(), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc("{@code $L} is not set.\n", Text.javadoc(d.canonical())).build());
        }
        return e.build();
    }

    /**
     * {@code kindOf(bag)}: the kind of message, or null when the discriminator is absent (without {@code absentAs}),
     * of the wrong type or unknown. A bag that cannot carry the discriminator is asked for its mirror instead.
     */
    private static MethodSpec kindOfBag(SpecDef spec, PropertyDef d) {
        return MethodSpec.methodBuilder("kindOf").addModifiers(Modifier.STATIC).returns(Gen.kind(spec))
                .addParameter(Gen.PROPERTY_BAG, "bag")
                .addJavadoc("The kind of message by the value of {@code $L}, or null when it is not set, not readable or\n"
                        + "not one of its values. A bag that cannot carry {@code $L} is asked for a property that mirrors it.\n",
                        Text.javadoc(d.canonical()), Text.javadoc(d.canonical()))
                .addStatement("return kindOf(bag, bag.get($N.id()))", Gen.constant(d)).build();
    }

    /** {@code kindOf(bag, raw)}: as {@code kindOf(bag)}, given the discriminator's value already read (the validator's). */
    private static MethodSpec kindOf(SpecDef spec, PropertyDef d) {
        ClassName kind = Gen.kind(spec);
        MethodSpec.Builder m = MethodSpec.methodBuilder("kindOf").addModifiers(Modifier.STATIC)
                .returns(kind).addParameter(Gen.PROPERTY_BAG, "bag").addParameter(Object.class, "raw")
                .addJavadoc("As {@link #kindOf(PropertyBag)}, given {@code raw}, the value the bag holds for {@code $L}.\n",
                        Text.javadoc(d.canonical()));
        for (PropertyDef p : spec.properties()) {
            if (p.mirror() != null && p.mirror().source().equals(d.canonical())) {
                m.beginControlFlow("if (raw == null && !bag.canCarry($N.id(), $N.type()))", Gen.constant(d), Gen.constant(d));
                if (p.mirror().kind() == MirrorKind.HEX) {
                    m.addStatement("raw = $T.unhex(bag.get($N.id()), $T.$L)", Gen.SUPPORT, Gen.constant(p), Gen.MAPI_TYPE,
                            d.type().name());
                } else {
                    m.addStatement("raw = bag.get($N.id())", Gen.constant(p));
                }
                m.endControlFlow();
            }
        }
        List<ValueDef> values = d.rule(RuleDef.Kind.ONE_OF).values();
        TypeName stored = Gen.stored(d.type());
        m.beginControlFlow("if (raw instanceof $T)", stored);
        if (d.type() == MapiType.PtypInteger64) {
            m.addStatement("long value = ($T) raw", stored);
            for (ValueDef v : values) {
                m.beginControlFlow("if (value == $L)", Gen.literal(d.type(), v.text()))
                        .addStatement("return $T.$N", kind, v.name()).endControlFlow();
            }
        } else {
            m.beginControlFlow("switch (($T) raw)", stored);
            for (ValueDef v : values) {
                m.addCode("case $L:\n", Gen.literal(d.type(), v.text())).addStatement("$>return $T.$N$<", kind, v.name());
            }
            m.addCode("default:\n").addStatement("$>return null$<").endControlFlow();
        }
        m.endControlFlow();
        if (!d.absentAs().isEmpty()) {
            m.beginControlFlow("if (raw == null && bag.canCarry($N.id(), $N.type()))", Gen.constant(d), Gen.constant(d))
                    .addStatement("return $T.$N", kind, d.absentAs()).endControlFlow();
        }
        return m.addStatement("return null").build();
    }

    /** {@code discriminatorIndex(bag)}: the public, positional form of {@code kindOf} (its ordinal, or -1). */
    private static MethodSpec discriminatorIndex(SpecDef spec, PropertyDef d) {
        return MethodSpec.methodBuilder("discriminatorIndex").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.INT).addParameter(Gen.PROPERTY_BAG, "bag")
                .addJavadoc("The index of the kind of message among the values of {@code $L} (in declaration order, then\n"
                        + "not set when that is a kind of its own), or -1 when it is not set, not readable or not one of them.\n"
                        + "A bag that cannot carry {@code $L} is asked for a property that mirrors it.\n",
                        Text.javadoc(d.canonical()), Text.javadoc(d.canonical()))
                .addStatement("$T kind = kindOf(bag)", Gen.kind(spec))
                .addStatement("return kind == null ? -1 : kind.ordinal()").build();
    }
}
