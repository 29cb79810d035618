package dev.oxprops.processor.structure;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.model.Literals;
import dev.oxprops.processor.source.ParameterizedTypeName;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.processor.structure.StructDef.Cond;
import dev.oxprops.processor.structure.StructDef.FieldDef;
import dev.oxprops.processor.structure.StructDef.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Parses a {@code @Structure} interface into a {@link StructDef}: each abstract method's encoding, Java type, length,
 * condition and values. Reports what makes a field impossible to model; checks across fields are
 * {@link StructureValidator}'s.
 */
final class StructureParser {
    /** Names the generated record uses for its own members. */
    static final Set<String> RESERVED = Set.of("toBytes", "problems", "hashCode", "toString", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize");
    private static final List<String> ENCODINGS = List.of("Int", "Bytes", "Text", "Guid", "FileTime", "Minutes", "Param");

    private final Elements elements;
    private final Reporter reporter;

    StructureParser(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /** Whether {@code e} is an interface annotated {@code @Structure}. */
    static boolean isStructure(Element e, Elements elements) {
        return e != null && e.getKind() == ElementKind.INTERFACE && Annotations.on(e, "Structure", elements) != null;
    }

    /** The structure, or null when it cannot be modelled (errors were reported). */
    StructDef parse(TypeElement type) {
        Annotations s = Annotations.on(type, "Structure", elements);
        Site site = Site.of(type, s.mirror());
        if (type.getKind() != ElementKind.INTERFACE || !type.getTypeParameters().isEmpty()) {
            reporter.report(site, Message.STRUCT_KIND, type.getSimpleName(),
                    type.getKind() == ElementKind.INTERFACE ? "generic" : type.getKind().toString().toLowerCase().replace('_', ' '),
                    type.getSimpleName());
            return null;
        }
        String name = s.string("name").isBlank() ? type.getSimpleName().toString() : s.string("name").trim();
        List<FieldDef> fields = new ArrayList<>();
        boolean ok = true;
        for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (!m.getModifiers().contains(Modifier.ABSTRACT)) {
                continue;
            }
            FieldDef f = field(m);
            if (f == null) {
                ok = false;
            } else {
                fields.add(f);
            }
        }
        if (ok && fields.stream().noneMatch(FieldDef::inBytes)) {
            reporter.report(site, Message.STRUCT_EMPTY, name);
            return null;
        }
        Object as = s.raw("as");
        TypeElement asType = as instanceof DeclaredType ? (TypeElement) ((DeclaredType) as).asElement() : null;
        return ok ? new StructDef(type, name, s.string("section").trim(), s.bool("hexCodec"), List.copyOf(fields), asType) : null;
    }

    private FieldDef field(ExecutableElement m) {
        String name = m.getSimpleName().toString();
        Site site = Site.of(m);
        if (!m.getParameters().isEmpty() || !m.getTypeParameters().isEmpty() || m.getReturnType().getKind() == TypeKind.VOID) {
            reporter.report(site, Message.STRUCT_METHOD, name);
            return null;
        }
        if (RESERVED.contains(name)) {
            reporter.report(site, Message.STRUCT_RESERVED, name, String.join(", ", RESERVED.stream().sorted().toList()));
            return null;
        }
        Annotations array = Annotations.on(m, "Array", elements);
        TypeMirror element = array == null ? m.getReturnType() : listElement(m.getReturnType());
        List<String> encodings = new ArrayList<>();
        Annotations enc = null;
        for (String e : ENCODINGS) {
            Annotations a = Annotations.on(m, e, elements);
            if (a != null) {
                encodings.add("@" + e);
                enc = a;
            }
        }
        TypeElement nested = element == null ? null : asStructure(element);
        if (nested != null) {
            encodings.add("the structure " + nested.getSimpleName());
        }
        if (encodings.size() != 1) {
            reporter.report(site, Message.STRUCT_ENCODING, name, encodings.isEmpty() ? "no encoding" : String.join(" and ", encodings));
            return null;
        }
        Kind kind = nested != null ? Kind.NESTED : Kind.valueOf(kindName(enc));
        Site encSite = enc == null ? site : Site.of(m, enc.mirror());
        Annotations present = Annotations.on(m, "PresentIf", elements);
        // an @Array whose method returns no List has no element type: typeFits reports it on the return type
        if (!typeFits(m, kind, enc, element == null ? m.getReturnType() : element, array != null, present != null, encSite)) {
            return null;
        }
        FieldBuilder b = new FieldBuilder(name, kind, TypeName.get(m.getReturnType()), TypeName.get(element), site);
        b.nested = nested;
        b.arrayCount = array == null ? null : array.string("count");
        if (!encoding(b, enc, encSite) || !condition(b, present, m) || !values(b, m)) {
            return null;
        }
        Annotations label = Annotations.on(m, "Name", elements);
        if (label != null && !label.string("value").isBlank()) {
            b.label = label.string("value").trim();
        }
        Annotations args = Annotations.on(m, "Args", elements);
        if (args != null) {
            for (Object o : args.list("value")) {
                b.args.add(String.valueOf(o));
            }
        }
        return b.build();
    }

    private static String kindName(Annotations enc) {
        String simple = enc.mirror().getAnnotationType().asElement().getSimpleName().toString();
        switch (simple) {
            case "FileTime":
                return "FILETIME";
            default:
                return simple.toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** The element type of {@code java.util.List<E>}, or null. */
    private TypeMirror listElement(TypeMirror t) {
        if (t instanceof DeclaredType) {
            DeclaredType d = (DeclaredType) t;
            if (((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.util.List") && d.getTypeArguments().size() == 1) {
                return d.getTypeArguments().get(0);
            }
        }
        return null;
    }

    private TypeElement asStructure(TypeMirror t) {
        if (t instanceof DeclaredType) {
            Element e = ((DeclaredType) t).asElement();
            if (isStructure(e, elements)) {
                return (TypeElement) e;
            }
        }
        return null;
    }

    private boolean typeFits(ExecutableElement m, Kind kind, Annotations enc, TypeMirror element, boolean array,
            boolean optional, Site site) {
        TypeName t = TypeName.get(element);
        String name = m.getSimpleName().toString();
        if (optional && t.isPrimitive()) {
            reporter.report(Site.of(m), Message.STRUCT_OPTIONAL, name, t, ((dev.oxprops.processor.source.ClassName) t.box()).simpleName());
            return false;
        }
        boolean boxed = array || optional;
        String expected;
        boolean fits;
        switch (kind) {
            case INT:
            case PARAM:
                boolean small = kind == Kind.PARAM || enc.integer("bits") <= 32;
                List<TypeName> allowed = boxed ? List.of(TypeName.INT.box(), TypeName.LONG.box()) : List.of(TypeName.INT, TypeName.LONG);
                fits = allowed.contains(t) && (small || t.unbox().equals(TypeName.LONG)) && !(kind == Kind.PARAM && (array || optional));
                expected = kind == Kind.PARAM ? "int or long (a parameter is neither optional nor an array)"
                        : (boxed ? "Integer or Long" : "int or long") + (small ? "" : " (long beyond 32 bits)");
                break;
            case BYTES:
            case TEXT:
                fits = !array && t.equals(kind == Kind.BYTES ? TypeName.get(byte[].class) : TypeName.get(String.class));
                expected = (kind == Kind.BYTES ? "byte[]" : "String") + " (not in an @Array)";
                break;
            case GUID:
                fits = t.equals(TypeName.get(java.util.UUID.class));
                expected = "java.util.UUID";
                break;
            case FILETIME:
                fits = t.equals(TypeName.get(java.time.Instant.class));
                expected = "java.time.Instant";
                break;
            case MINUTES:
                fits = t.equals(TypeName.get(java.time.LocalDateTime.class));
                expected = "java.time.LocalDateTime";
                break;
            default:
                fits = true;
                expected = "";
        }
        if (array && listElement(m.getReturnType()) == null) {
            fits = false;
        }
        if (!fits) {
            String label = kind == Kind.NESTED ? "nested" : "@" + enc.mirror().getAnnotationType().asElement().getSimpleName();
            reporter.report(site, Message.STRUCT_TYPE, name, m.getReturnType(), label, array ? "java.util.List<" + expected + ">" : expected);
            return false;
        }
        if (kind == Kind.INT && !List.of(8, 16, 24, 32, 48, 64).contains(enc.integer("bits"))) {
            reporter.report(site.attr("bits"), Message.STRUCT_BITS, enc.integer("bits"), name);
            return false;
        }
        return true;
    }

    private boolean encoding(FieldBuilder b, Annotations enc, Site site) {
        switch (b.kind) {
            case INT:
                b.bits = enc.integer("bits");
                b.signed = enc.bool("signed");
                b.bigEndian = enc.bool("bigEndian");
                return true;
            case BYTES:
                b.size = enc.integer("size");
                b.count = blankToNull(enc.string("count"));
                b.adjust = enc.integer("adjust");
                b.rest = enc.bool("rest");
                return oneLength(b, site, b.size >= 0, b.count != null, b.rest, "size = N, count = \"field\" or rest = true");
            case TEXT:
                b.size = enc.integer("size");
                b.count = blankToNull(enc.string("count"));
                b.adjust = enc.integer("adjust");
                b.wide = enc.enumName("encoding").equals("UTF16LE");
                b.zeroTerminated = enc.bool("zeroTerminated");
                return oneLength(b, site, b.size >= 0, b.count != null, b.zeroTerminated,
                        "size = N (bytes), count = \"field\" (characters) or zeroTerminated = true");
            default:
                return true;
        }
    }

    private boolean oneLength(FieldBuilder b, Site site, boolean a, boolean c, boolean d, String choices) {
        int n = (a ? 1 : 0) + (c ? 1 : 0) + (d ? 1 : 0);
        if (n != 1) {
            reporter.report(site, Message.STRUCT_LENGTH, b.name, n == 0 ? "no length" : "several lengths", choices);
            return false;
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private boolean condition(FieldBuilder b, Annotations p, ExecutableElement m) {
        if (p == null) {
            return true;
        }
        String field = blankToNull(p.string("field"));
        long any = p.longValue("anyBits");
        List<Long> values = new ArrayList<>();
        for (Object o : p.list("values")) {
            values.add(((Number) o).longValue());
        }
        long atLeast = p.longValue("atLeast");
        boolean remain = p.bool("bytesRemain");
        int kinds = (any != 0 ? 1 : 0) + (values.isEmpty() ? 0 : 1) + (atLeast >= 0 ? 1 : 0);
        String wrong = remain ? (field != null || kinds > 0 ? "combines bytesRemain with a field condition" : null)
                : field == null ? "names no field" : kinds != 1 ? (kinds == 0 ? "has no test" : "has several tests") : null;
        if (wrong != null) {
            reporter.report(Site.of(m, p.mirror()), Message.STRUCT_CONDITION, b.name, wrong);
            return false;
        }
        b.cond = new Cond(field, any, List.copyOf(values), atLeast >= 0 ? atLeast : null, remain);
        return true;
    }

    private boolean values(FieldBuilder b, ExecutableElement m) {
        for (String which : List.of("Expect", "Const")) {
            Annotations a = Annotations.on(m, which, elements);
            if (a == null) {
                continue;
            }
            Site site = Site.of(m, a.mirror()).attr("value");
            String text = a.string("value");
            Object value;
            try {
                value = literal(b, text, which.equals("Const"));
            } catch (IllegalArgumentException e) {
                reporter.report(site, Message.STRUCT_VALUE, which, text, b.name, e.getMessage());
                return false;
            }
            if (which.equals("Const")) {
                b.constant = value;
            } else {
                b.expect = value;
            }
        }
        Annotations len = Annotations.on(m, "LengthOf", elements);
        if (len != null) {
            b.lengthOf = len.string("value").trim();
            b.lengthPlus = len.integer("plus");
            b.lengthBytes = len.bool("bytes");
        }
        return true;
    }

    private static Object literal(FieldBuilder b, String text, boolean constant) {
        if (b.arrayCount != null || constant && b.cond != null) {
            throw new IllegalArgumentException("an array or (for @Const) an optional field has no single value");
        }
        if (b.kind == Kind.INT) {
            long v = (Long) Literals.parse(MapiType.PtypInteger64, text);
            if (b.bits < 64 && !b.signed && (v < 0 || v >>> b.bits != 0)) {
                throw new IllegalArgumentException("does not fit in " + b.bits + " unsigned bits");
            }
            return v;
        }
        if (b.kind == Kind.BYTES) {
            byte[] v = (byte[]) Literals.parse(MapiType.PtypBinary, text);
            if (b.size >= 0 && v.length != b.size) {
                throw new IllegalArgumentException(v.length + " bytes, but the field is " + b.size + " bytes");
            }
            if (constant && b.size < 0) {
                throw new IllegalArgumentException("a constant block of bytes needs a fixed size = " + v.length);
            }
            return v;
        }
        throw new IllegalArgumentException("only @Int and @Bytes fields take a value");
    }

    /** Collects a field's parts while it is parsed. */
    private static final class FieldBuilder {
        final String name;
        final Kind kind;
        final TypeName javaType;
        final TypeName elementType;
        final Site site;
        int bits;
        boolean signed;
        boolean bigEndian;
        int size = -1;
        String count;
        int adjust;
        boolean rest;
        boolean wide;
        boolean zeroTerminated;
        String arrayCount;
        Cond cond;
        Object expect;
        Object constant;
        String lengthOf;
        int lengthPlus;
        boolean lengthBytes;
        final List<String> args = new ArrayList<>();
        TypeElement nested;
        String label;

        FieldBuilder(String name, Kind kind, TypeName javaType, TypeName elementType, Site site) {
            this.name = name;
            this.kind = kind;
            this.javaType = javaType;
            this.elementType = elementType;
            this.site = site;
        }

        FieldDef build() {
            String shown = label != null ? label : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            return new FieldDef(name, shown, kind, javaType, elementType, bits, signed, bigEndian, size, count, adjust, rest,
                    wide, zeroTerminated, arrayCount, cond, expect, constant, lengthOf, lengthPlus, lengthBytes,
                    List.copyOf(args), nested, site);
        }
    }

    static boolean isList(TypeName t) {
        return t instanceof ParameterizedTypeName;
    }
}
