package dev.oxprops.processor.generate;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.processor.model.Literals;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.StoredTypes;
import dev.oxprops.processor.source.AnnotationSpec;
import dev.oxprops.processor.source.ArrayTypeName;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.ParameterizedTypeName;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.processor.source.TypeSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.lang.model.util.Elements;

/** Names, types and code fragments shared by the writers. */
final class Gen {
    static final String PROCESSOR = "dev.oxprops.processor.OxPropsProcessor";
    static final String RT = "dev.oxprops.runtime";
    static final ClassName PROPERTY_BAG = ClassName.get(RT, "PropertyBag");
    static final ClassName IN_MEMORY_BAG = ClassName.get(RT, "InMemoryPropertyBag");
    static final ClassName PROPERTY_ID = ClassName.get(RT, "PropertyId");
    static final ClassName PROPERTY_KEY = ClassName.get(RT, "PropertyKey");
    static final ClassName PROPERTY_ID_SET = ClassName.get(RT, "PropertyIdSet");
    static final ClassName MALFORMED = ClassName.get(RT, "MalformedValueException");
    static final ClassName SUPPORT = ClassName.get(RT + ".support", "GeneratedSupport");
    static final ClassName MIRROR_UPDATE = SUPPORT.nestedClass("MirrorUpdate");
    static final ClassName HEX = ClassName.get(RT, "Hex");
    static final ClassName MAPI_TYPE = ClassName.get("dev.oxprops.annotations", "MapiType");
    static final ClassName LEVEL = ClassName.get("dev.oxprops.annotations", "Level");
    static final ClassName MIRROR_KIND = ClassName.get("dev.oxprops.annotations", "MirrorKind");
    static final ClassName PRESENCE_RULE = ClassName.get("dev.oxprops.annotations", "PresenceRule");
    static final ClassName RECEIPT = ClassName.get("dev.oxprops.annotations", "Receipt");
    static final ClassName RULE = ClassName.get(RT + ".support", "Rule");
    static final ClassName PROPERTY_RULE = ClassName.get(RT + ".support", "PropertyRule");
    static final ClassName MIRROR_RULE = ClassName.get(RT + ".support", "MirrorRule");
    static final ClassName RULES = ClassName.get(RT + ".support", "Rules");
    static final ClassName RULE_KIND = ClassName.get(RT + ".validation", "RuleKind");
    static final ClassName CONDITION = ClassName.get(RT + ".support", "Condition");
    static final ClassName VIOLATIONS = ClassName.get(RT + ".support", "Violations");
    static final ClassName REPORT = ClassName.get(RT + ".validation", "ValidationReport");
    static final ClassName SPEC_VALIDATOR = ClassName.get(RT + ".validation", "SpecValidator");
    static final ClassName SPEC_MODEL = ClassName.get(RT + ".model", "SpecModel");
    static final ClassName VALUE_GROUP = SPEC_MODEL.nestedClass("ValueGroup");
    static final ClassName PROPERTY_MODEL = ClassName.get(RT + ".model", "PropertyModel");
    static final ClassName MIRROR_MODEL = ClassName.get(RT + ".model", "MirrorModel");
    static final ClassName RULE_MODEL = ClassName.get(RT + ".model", "RuleModel");
    static final ClassName ALLOWED_VALUE = ClassName.get(RT + ".model", "AllowedValue");
    static final ClassName APPLICABILITY = ClassName.get(RT + ".model", "Applicability");
    static final ClassName IGNORED_PROPERTY = ClassName.get(RT + ".model", "IgnoredProperty");
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName UUID_T = ClassName.get(UUID.class);

    /** Properties per nested holder class / method, so huge specs stay under the JVM's 64 KB limits. */
    static final int CHUNK = 120;

    private Gen() {}

    static ClassName keys(SpecDef s) {
        return ClassName.get(s.packageName(), s.baseName() + "Keys");
    }

    static ClassName accessor(SpecDef s) {
        return ClassName.get(s.packageName(), s.baseName() + "Accessor");
    }

    static ClassName validator(SpecDef s) {
        return ClassName.get(s.packageName(), s.baseName() + "Validator");
    }

    static ClassName received(SpecDef s) {
        return ClassName.get(s.packageName(), s.baseName() + "Received");
    }

    static ClassName model(SpecDef s) {
        return ClassName.get(s.packageName(), s.baseName() + "Model");
    }

    /** Whether the spec has kinds of message (a discriminator with values): then its keys class has a kinds enum. */
    static boolean hasKinds(SpecDef s) {
        PropertyDef d = s.discriminator();
        return d != null && d.rule(dev.oxprops.processor.model.RuleDef.Kind.ONE_OF) != null
                && !d.rule(dev.oxprops.processor.model.RuleDef.Kind.ONE_OF).values().isEmpty();
    }

    /** The package-private enum of the kinds of message, nested in the keys class (see {@link #hasKinds}). */
    static ClassName kind(SpecDef s) {
        return keys(s).nestedClass(KeysWriter.enumNames(s).get(KeysWriter.KIND_ENUM));
    }

    /** The simple names of every class generated for a spec. */
    static List<String> generatedSimpleNames(SpecDef s) {
        return List.of(s.baseName() + "Keys", s.baseName() + "Accessor", s.baseName() + "Validator",
                s.baseName() + "Received", s.baseName() + "Model");
    }

    /** The type values of {@code type} are held as. */
    static TypeName stored(MapiType type) {
        if (type.isMultiple()) {
            return ParameterizedTypeName.get(LIST, single(type.elementType()));
        }
        return single(type);
    }

    private static TypeName single(MapiType type) {
        String c = StoredTypes.className(type);
        if ("byte[]".equals(c)) {
            return ArrayTypeName.of(TypeName.BYTE);
        }
        return ClassName.bestGuess(c);
    }

    /** The raw class literal of the stored type: Integer.class, byte[].class, List.class. */
    static CodeBlock storedClassLiteral(MapiType type) {
        if (type.isMultiple()) {
            return CodeBlock.of("$T.class", LIST);
        }
        return CodeBlock.of("$T.class", stored(type));
    }

    static String constant(PropertyDef p) {
        return Names.constant(p.accessorName());
    }

    /** A Java expression of the value a literal text denotes, in the stored representation. */
    static CodeBlock literal(MapiType type, String text) {
        Object v = Literals.parse(type, text);
        return literalOf(type, v);
    }

    static CodeBlock literalOf(MapiType type, Object v) {
        switch (type) {
            case PtypInteger16:
                return CodeBlock.of("(short) $L", hex16((Short) v));
            case PtypInteger32:
            case PtypErrorCode:
                return CodeBlock.of("$L", Literals.hex((Integer) v & 0xFFFFFFFFL, 8));
            case PtypInteger64:
            case PtypCurrency:
                return CodeBlock.of("$LL", Literals.hex((Long) v, 16));
            case PtypBoolean:
                return CodeBlock.of("$L", v);
            case PtypFloating32: {
                float f = (Float) v;
                return Float.isFinite(f) ? CodeBlock.of("$Lf", Float.toString(f)) : CodeBlock.of("$T.$L", Float.class,
                        Float.isNaN(f) ? "NaN" : f > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
            }
            case PtypFloating64:
            case PtypFloatingTime: {
                double d = (Double) v;
                return Double.isFinite(d) ? CodeBlock.of("$Ld", Double.toString(d)) : CodeBlock.of("$T.$L", Double.class,
                        Double.isNaN(d) ? "NaN" : d > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
            }
            case PtypString:
            case PtypString8:
                return Text.literal((String) v);
            case PtypBinary:
                return CodeBlock.of("$T.parseBytes($S)", HEX, hexOf((byte[]) v));
            case PtypTime:
                return CodeBlock.of("$T.parse($S)", Instant.class, v.toString());
            case PtypGuid:
                return CodeBlock.of("$T.fromString($S)", UUID_T, v.toString());
            default:
                throw new IllegalArgumentException(type + " has no literal form");
        }
    }

    private static String hex16(short s) {
        return Literals.hex(s & 0xFFFF, 4);
    }

    static String hexOf(byte[] b) {
        return dev.oxprops.runtime.Hex.ofBytes(b);
    }

    /**
     * The value {@code text} of {@code p} as its enum constant when the keys class has an enum of its values and one
     * stands for it ({@code MyMessageKeys.Color.BLUE.value()}), else as a literal.
     */
    static CodeBlock valueOf(SpecDef spec, PropertyDef p, String text) {
        if (KeysWriter.hasEnum(p)) {
            Object value = Literals.parse(p.type(), text);
            for (dev.oxprops.processor.model.ValueDef v : p.rule(dev.oxprops.processor.model.RuleDef.Kind.ONE_OF).values()) {
                if (value.equals(Literals.parse(p.type(), v.text()))) {
                    return CodeBlock.of("$T.$N.value()", keys(spec).nestedClass(KeysWriter.enumName(spec, p)), v.name());
                }
            }
        }
        return literal(p.type(), text);
    }

    /**
     * The expression of a property's id, referring to the set GUID constant in the keys class. A constructor, not a
     * factory call: a call in argument position (the id is an argument of {@code PropertyKey.of}) is attributed twice
     * by javac, speculatively and then for real; a {@code new} without a diamond is attributed once.
     */
    static CodeBlock idCode(SpecDef spec, PropertyDef p) {
        switch (p.identity()) {
            case LID:
                return CodeBlock.of("new $T($T.$N, $LL)", PROPERTY_ID.nestedClass("Lid"), keys(spec), setConstant(p),
                        Literals.hex(p.lid(), 4));
            case NAME:
                return CodeBlock.of("new $T($T.$N, $L)", PROPERTY_ID.nestedClass("Name"), keys(spec), setConstant(p),
                        Text.literal(p.name()));
            default:
                return CodeBlock.of("new $T($L)", PROPERTY_ID.nestedClass("Tag"), Literals.hex(p.tag(), 4));
        }
    }

    static String setConstant(PropertyDef p) {
        return Names.setConstant(p.set().name());
    }

    static String guidText(PropertyDef p) {
        return Literals.guid(p.set().guid()).toString();
    }

    /** Javadoc naming the canonical property, its id (with the set's GUID), type and section. */
    static String doc(PropertyDef p) {
        return "{@code " + Text.javadoc(p.canonical()) + "}: " + Text.javadoc(idTypeSection(p, true)) + ".";
    }

    /** The canonical name with its id, type and section in brackets, without the set's GUID, for a sentence. */
    static String brief(PropertyDef p) {
        return "{@code " + Text.javadoc(p.canonical()) + "} (" + Text.javadoc(idTypeSection(p, false)) + ")";
    }

    private static String idTypeSection(PropertyDef p, boolean guid) {
        StringBuilder b = new StringBuilder();
        switch (p.identity()) {
            case LID:
                b.append("LID ").append(Literals.hex(p.lid(), 4)).append(" in ").append(p.set().name());
                break;
            case NAME:
                b.append("name \"").append(p.name()).append("\" in ").append(p.set().name());
                break;
            default:
                b.append("tag ").append(Literals.hex(p.tag(), 4));
                break;
        }
        if (guid && p.set() != null) {
            b.append(" {").append(guidText(p).toUpperCase(Locale.ROOT)).append('}');
        }
        b.append(", ").append(p.type());
        if (!p.section().isEmpty()) {
            b.append(", section ").append(p.section());
        }
        return b.toString();
    }

    /** Whether javax.annotation.processing.Generated is available to the code being compiled. */
    static boolean generatedAvailable(Elements elements) {
        return elements.getTypeElement("javax.annotation.processing.Generated") != null;
    }

    /** {@code @Generated} (without a date) when {@code available} ({@link #generatedAvailable}), else nothing. */
    static void addGenerated(TypeSpec.Builder type, boolean available) {
        if (available) {
            type.addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                    .addMember("value", "$S", PROCESSOR).build());
        }
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        if (out.isEmpty()) {
            out.add(List.of());
        }
        return out;
    }

    /** The codec of a property as an expression: its INSTANCE when it has one, else a new instance. */
    static CodeBlock codecInstance(PropertyDef p) {
        return p.codec().hasInstance() ? CodeBlock.of("$T.INSTANCE", p.codec().type())
                : CodeBlock.of("new $T()", p.codec().type());
    }
}
