package dev.oxprops.processor.validate;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;
import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.model.Access;
import dev.oxprops.processor.model.ConditionDef;
import dev.oxprops.processor.model.GroupDef;
import dev.oxprops.processor.model.IdentityKind;
import dev.oxprops.processor.model.Literals;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.MirrorDef;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PresenceDef;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.PropertySetDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.StoredTypes;
import dev.oxprops.processor.model.ValueDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Checks a parsed spec and reports every problem at its site. Never writes anything. */
public final class ModelValidator {
    /** An upper-case constant name, in any script ({@code ÄRGER}); Java identifier rules are checked as well. */
    private static final Pattern CONSTANT = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Nd}_]*");
    private static final String VALUE_CODEC = "dev.oxprops.runtime.codec.ValueCodec";
    private static final Set<String> RESERVED = Set.of("bag", "of", "create", "validate", "equals", "hashCode",
            "toString", "getClass", "ignored", "discriminatorIndex");

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    /** Property sets already checked in this spec, so that a malformed set is reported once, not per property. */
    private final Set<String> checkedSets = new HashSet<>();
    /** The spec's package, where the generated classes are. */
    private PackageElement specPackage;

    public ModelValidator(Elements elements, Types types, Reporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    /**
     * The most properties one spec can have: a generated accessor takes about 17 class-file constants per
     * property (measured: 49,697 for 3,000 properties of mixed kinds) and a class has at most 65,535.
     */
    public static final int MAX_PROPERTIES = 3000;

    /** Validates {@code spec}; returns whether it is free of errors. */
    public boolean validate(SpecDef spec) {
        int before = reporter.errorCount();
        specPackage = elements.getPackageOf(spec.type());
        if (spec.properties().size() > MAX_PROPERTIES) {
            reporter.report(spec.site(), Message.SPEC_SIZE, spec.id(), spec.properties().size(), MAX_PROPERTIES);
        }
        checkedSets.clear();
        if (spec.properties().isEmpty()) {
            reporter.report(spec.site(), Message.SPEC_EMPTY, spec.id());
        }
        for (PropertyDef p : spec.properties()) {
            checkIdentity(p);
            checkJavaType(p);
            checkRules(p);
            if (p.section().isEmpty()) {
                reporter.report(p.identitySite().at(null), Message.NO_SECTION, p.canonical());
            }
        }
        checkSetNames(spec);
        checkDuplicates(spec);
        checkMirrors(spec);
        checkDiscriminator(spec);
        checkPresence(spec);
        new RuleValidator(reporter).check(spec);
        return reporter.errorCount() == before;
    }

    private void checkIdentity(PropertyDef p) {
        Site site = p.identitySite();
        if (p.set() != null && checkedSets.add(p.set().qualifiedType())) {
            if (p.set().name().trim().isEmpty()) {
                reporter.report(p.set().site().attr("name"), Message.SET_NAME_EMPTY);
            }
            if (Literals.guid(p.set().guid()) == null) {
                reporter.report(p.set().site().attr("guid"), Message.SET_GUID, p.set().name(), p.set().guid());
            }
        }
        switch (p.identity()) {
            case LID:
                if (p.lid() < 0 || p.lid() > 0xFFFFFFFFL) {
                    reporter.report(site.attr("lid"), Message.LID_RANGE, p.lid() < 0 ? Long.toString(p.lid()) : String.format("0x%X", p.lid()));
                }
                break;
            case NAME:
                if (p.name().trim().isEmpty()) {
                    reporter.report(site.attr("name"), Message.NAME_EMPTY_STRING, p.canonical());
                }
                break;
            default:
                if (p.tag() <= 0 || p.tag() >= 0xFFFF) {
                    reporter.report(site.attr("tag"), Message.TAG_RANGE, String.format("0x%04X", p.tag()));
                } else if (p.tag() >= 0x8000 && !p.addressBook()) {
                    reporter.report(site.attr("tag"), Message.TAG_NAMED_RANGE, String.format("0x%04X", p.tag()));
                } else if (p.tag() < 0x8000 && p.addressBook()) {
                    reporter.report(site.attr("addressBook"), Message.TAG_ADDRESS_BOOK_LOW, String.format("0x%04X", p.tag()));
                }
                break;
        }
        String expectedPrefix = p.identity() == IdentityKind.LID ? "PidLid"
                : p.identity() == IdentityKind.NAME ? "PidName" : "PidTag";
        if (!p.canonical().isEmpty() && p.canonical().startsWith("Pid") && !p.canonical().startsWith(expectedPrefix)) {
            reporter.report(site.attr("canonical"), Message.CANONICAL_PREFIX, p.canonical(), expectedPrefix,
                    p.identity().name().toLowerCase(Locale.ROOT));
        }
        if (StoredTypes.className(p.type()) == null) {
            reporter.report(site.attr("type"), Message.TYPE_UNUSABLE, p.type());
        }
        for (MapiType a : p.alsoAccepts()) {
            boolean ok = (p.type() == MapiType.PtypBinary && a == MapiType.PtypGuid)
                    || (p.type() == MapiType.PtypGuid && a == MapiType.PtypBinary)
                    || (p.type().isString() && a.isString() && a != p.type())
                    || (p.type().isMultiple() && a.isMultiple() && p.type().elementType().isString()
                            && a.elementType().isString() && a != p.type());
            if (!ok) {
                reporter.report(site.attr("alsoAccepts"), Message.ALSO_ACCEPTS, p.type(), a);
            }
        }
    }

    /**
     * A set is known by its GUID, and its name gives the constant generated code refers to: two sets with different
     * GUIDs must not give one constant ({@code PS-X} and {@code PS X} both give SET_PS_X).
     */
    private void checkSetNames(SpecDef spec) {
        Map<String, PropertySetDef> byConstant = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (PropertyDef p : spec.properties()) {
            if (p.set() == null) {
                continue;
            }
            String constant = Names.setConstant(p.set().name());
            PropertySetDef first = byConstant.putIfAbsent(constant, p.set());
            if (first != null && !guidKey(first.guid()).equals(guidKey(p.set().guid()))
                    && reported.add(constant + "/" + p.set().qualifiedType())) {
                reporter.report(p.identitySite().attr("set"), Message.SET_NAME_CLASH, first.name(), first.guid(), p.set().name(),
                        p.set().guid(), constant);
            }
        }
    }

    private static String guidKey(String guid) {
        return guid.replace("{", "").replace("}", "").trim().toUpperCase(Locale.ROOT);
    }

    private void checkJavaType(PropertyDef p) {
        String stored = StoredTypes.className(p.type());
        if (stored == null) {
            return;
        }
        TypeMirror returned = p.returnType();
        if (!Access.accessible(returned, specPackage)) {
            reporter.report(p.methodSite(), Message.TYPE_ACCESS, "the type " + returned + " that " + p.accessorName() + "() returns",
                    specPackage);
            return;
        }
        if (p.codec() != null) {
            checkCodec(p, stored);
            return;
        }
        if (!carries(returned, p.type())) {
            reporter.report(p.methodSite(), Message.JAVA_TYPE, p.accessorName(), returned, p.type(),
                    StoredTypes.describe(p.type()), returned, StoredTypes.describe(p.type()));
        }
    }

    /** Whether a method's return type can carry the MAPI type without a codec. */
    private boolean carries(TypeMirror returned, MapiType type) {
        String primitive = StoredTypes.primitive(type);
        if (primitive != null && returned.getKind().isPrimitive()
                && returned.getKind().name().toLowerCase(java.util.Locale.ROOT).equals(primitive)) {
            return true;
        }
        if (type.isMultiple()) {
            if (!(returned instanceof DeclaredType)) {
                return false;
            }
            DeclaredType dt = (DeclaredType) returned;
            TypeElement te = (TypeElement) dt.asElement();
            if (!te.getQualifiedName().contentEquals("java.util.List") || dt.getTypeArguments().size() != 1) {
                return false;
            }
            return isClass(dt.getTypeArguments().get(0), StoredTypes.elementClassName(type));
        }
        return isClass(returned, StoredTypes.className(type));
    }

    private boolean isClass(TypeMirror t, String qualified) {
        if (qualified.equals("byte[]")) {
            return t.getKind() == TypeKind.ARRAY && types.isSameType(t, types.getArrayType(types.getPrimitiveType(TypeKind.BYTE)));
        }
        if (!(t instanceof DeclaredType)) {
            return false;
        }
        TypeElement te = (TypeElement) ((DeclaredType) t).asElement();
        return te.getQualifiedName().contentEquals(qualified) && ((DeclaredType) t).getTypeArguments().isEmpty();
    }

    private void checkCodec(PropertyDef p, String stored) {
        TypeElement codec = p.codecType() instanceof DeclaredType ? (TypeElement) ((DeclaredType) p.codecType()).asElement() : null;
        TypeElement valueCodec = elements.getTypeElement(VALUE_CODEC);
        if (codec == null || valueCodec == null) {
            reporter.report(p.codecSite(), Message.CODEC_NOT_CODEC, p.codec());
            return;
        }
        DeclaredType asCodec = findSupertype(codec.asType(), valueCodec);
        if (asCodec == null || asCodec.getTypeArguments().size() != 2) {
            reporter.report(p.codecSite(), Message.CODEC_NOT_CODEC, p.codec());
            return;
        }
        TypeMirror j = asCodec.getTypeArguments().get(0);
        TypeMirror v = asCodec.getTypeArguments().get(1);
        TypeMirror returned = p.returnType().getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) p.returnType()).asType() : p.returnType();
        boolean jOk = types.isSameType(types.erasure(j), types.erasure(returned));
        boolean vOk = p.type().isMultiple() ? isClass(types.erasure(v), "java.util.List") : isClass(v, stored);
        if (!jOk || !vOk) {
            reporter.report(p.codecSite(), Message.CODEC_MISMATCH, p.codec(), j, v, p.accessorName(), p.returnType(), p.type(),
                    StoredTypes.describe(p.type()), returned, stored);
            return;
        }
        if (!Access.accessible(codec.asType(), specPackage)) {
            reporter.report(p.codecSite(), Message.TYPE_ACCESS, "codec " + p.codec(), specPackage);
        } else if (Access.instanceField(codec) == null && !Access.constructible(codec)) {
            reporter.report(p.codecSite(), Message.CODEC_INSTANCE, p.codec());
        }
    }

    private DeclaredType findSupertype(TypeMirror t, TypeElement target) {
        if (t instanceof DeclaredType && ((DeclaredType) t).asElement().equals(target)) {
            return (DeclaredType) t;
        }
        for (TypeMirror s : types.directSupertypes(t)) {
            DeclaredType found = findSupertype(s, target);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void checkRules(PropertyDef p) {
        RuleDef oneOf = p.rule(RuleDef.Kind.ONE_OF);
        RuleDef fixed = p.rule(RuleDef.Kind.FIXED);
        for (RuleDef r : p.rules()) {
            String appliesTo;
            boolean applies;
            switch (r.kind()) {
                case ZERO_LENGTH:
                    applies = p.type().isString() || p.type() == MapiType.PtypBinary;
                    appliesTo = "string and binary properties";
                    break;
                case STARTS_WITH:
                    applies = p.type().isString();
                    appliesTo = "string properties";
                    break;
                case RANGE:
                case GRANULARITY:
                case MESSAGE_CLASS:
                case FLAGS:
                    continue; // RuleValidator checks them
                default:
                    applies = Literals.supports(p.type());
                    appliesTo = "single-valued integer, boolean, floating, string, binary, time and GUID properties";
                    break;
            }
            if (!applies) {
                reporter.report(r.site(), Message.RULE_TYPE, r.kind().annotation(), p.canonical(), p.type(), appliesTo);
            }
        }
        if (oneOf != null && fixed != null) {
            reporter.report(fixed.site(), Message.RULE_CONFLICT, p.canonical(), "OneOf", "Fixed");
        }
        RuleDef zero = p.rule(RuleDef.Kind.ZERO_LENGTH);
        RuleDef starts = p.rule(RuleDef.Kind.STARTS_WITH);
        if (fixed != null && zero != null && !fixed.text().isEmpty() && p.type().isString()) {
            reporter.report(fixed.site(), Message.RULE_CONTRADICTION, fixed.text(), p.canonical(), "ZeroLength");
        }
        if (fixed != null && starts != null && p.type().isString() && !(starts.ignoreCase()
                ? fixed.text().regionMatches(true, 0, starts.text(), 0, starts.text().length())
                : fixed.text().startsWith(starts.text()))) {
            reporter.report(fixed.site(), Message.RULE_CONTRADICTION, fixed.text(), p.canonical(),
                    "StartsWith(\"" + starts.text() + "\")");
        }
        if (!Literals.supports(p.type())) {
            return;
        }
        if (fixed != null) {
            parseValue(p, fixed.text(), fixed.site());
        }
        if (oneOf != null) {
            if (oneOf.values().isEmpty()) {
                reporter.report(oneOf.site(), Message.ONE_OF_EMPTY, p.canonical());
            }
            Map<String, ValueDef> names = new HashMap<>();
            List<Object> seen = new ArrayList<>();
            List<String> seenNames = new ArrayList<>();
            for (ValueDef v : oneOf.values()) {
                if (!CONSTANT.matcher(v.name()).matches() || !SourceVersion.isIdentifier(v.name())
                        || SourceVersion.isKeyword(v.name())) {
                    reporter.report(v.site().attr("name"), Message.VALUE_NAME, v.name());
                }
                if (names.putIfAbsent(v.name(), v) != null) {
                    reporter.report(v.site().attr("name"), Message.VALUE_DUP_NAME, v.name(), p.canonical());
                }
                Object value = parseValue(p, v.text(), v.site());
                if (value != null) {
                    for (int i = 0; i < seen.size(); i++) {
                        if (same(seen.get(i), value)) {
                            reporter.report(v.site(), Message.VALUE_DUP, v.text(), p.canonical(), seenNames.get(i), v.name());
                        }
                    }
                    seen.add(value);
                    seenNames.add(v.name());
                }
            }
        }
    }

    private Object parseValue(PropertyDef p, String text, Site site) {
        try {
            return Literals.parse(p.type(), text);
        } catch (IllegalArgumentException e) {
            reporter.report(site, Message.VALUE_UNPARSABLE, text, p.type(), e.getMessage());
            return null;
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof byte[] && b instanceof byte[]) {
            return Arrays.equals((byte[]) a, (byte[]) b);
        }
        return a.equals(b);
    }

    private void checkDuplicates(SpecDef spec) {
        Map<String, PropertyDef> byCanonical = new HashMap<>();
        Map<String, PropertyDef> byConstant = new HashMap<>();
        Map<String, PropertyDef> byIdentity = new HashMap<>();
        // constants of ...Keys that are not properties' keys
        Set<String> generatedConstants = new HashSet<>(Set.of("ALL"));
        for (PropertyDef p : spec.properties()) {
            if (p.set() != null) {
                generatedConstants.add(Names.setConstant(p.set().name()));
            }
        }
        for (PropertyDef p : spec.properties()) {
            if (RESERVED.contains(p.accessorName()) || generatedConstants.contains(Names.constant(p.accessorName()))) {
                reporter.report(p.methodSite(), Message.METHOD_NAME_RESERVED, p.accessorName());
            }
            PropertyDef other = byCanonical.putIfAbsent(p.canonical(), p);
            if (other != null) {
                reporter.report(duplicateSite(spec, p, other, "canonical"), Message.DUP_CANONICAL, p.canonical(), other.accessorName());
            }
            String constant = Names.constant(p.accessorName());
            PropertyDef sameConstant = byConstant.putIfAbsent(constant, p);
            if (sameConstant != null) {
                reporter.report(p.methodSite(), Message.DUP_ACCESSOR, sameConstant.accessorName(), p.accessorName(), constant);
            }
        }
        for (PropertyDef p : spec.properties()) {
            if (!p.aliasOf().isEmpty()) {
                checkAlias(spec, p);
                continue;
            }
            String key = identityKey(p);
            PropertyDef other = byIdentity.putIfAbsent(key, p);
            if (other == null) {
                continue;
            }
            switch (p.identity()) {
                case LID:
                    reporter.report(duplicateSite(spec, p, other, "lid"), Message.DUP_LID, String.format("0x%04X", p.lid()), p.set().name(),
                            other.canonical(), other.canonical());
                    break;
                case NAME:
                    reporter.report(duplicateSite(spec, p, other, "name"), Message.DUP_NAME, p.name(), p.set().name(), other.canonical(),
                            p.set().caseInsensitiveNames() ? " (names in this set compare case-insensitively)" : "",
                            other.canonical());
                    break;
                default:
                    reporter.report(duplicateSite(spec, p, other, "tag"), Message.DUP_TAG, String.format("0x%04X", p.tag()), p.type(),
                            other.canonical(), other.canonical());
                    break;
            }
        }
    }

    /**
     * Where a duplicate is reported: on the second declaration when the spec itself declares it; else on the first
     * when the spec declares that one; else (both inherited, perhaps from class files, where no position exists) on
     * the spec that brings them together.
     */
    private static Site duplicateSite(SpecDef spec, PropertyDef second, PropertyDef first, String attribute) {
        if (identityIn(spec, second)) {
            return second.identitySite().attr(attribute);
        }
        if (declaredIn(spec, second)) {
            return second.methodSite();
        }
        return identityIn(spec, first) ? first.identitySite().attr(attribute) : spec.site();
    }

    /** Whether the property's identity is written in the spec interface itself (not inherited, not by @Ref). */
    private static boolean identityIn(SpecDef spec, PropertyDef p) {
        return p.identitySite().element().getEnclosingElement().equals(spec.type());
    }

    /** Whether the spec interface itself declares the property's method. */
    private static boolean declaredIn(SpecDef spec, PropertyDef p) {
        return p.method().getEnclosingElement().equals(spec.type());
    }

    private void checkAlias(SpecDef spec, PropertyDef p) {
        if (p.aliasOf().equals(p.canonical())) {
            reporter.report(p.identitySite().attr("aliasOf"), Message.ALIAS_SELF, p.canonical());
            return;
        }
        PropertyDef target = spec.property(p.aliasOf());
        if (target == null) {
            reporter.report(p.identitySite().attr("aliasOf"), Message.ALIAS_UNKNOWN, p.aliasOf());
            return;
        }
        if (!identityKey(target).equals(identityKey(p)) || target.type() != p.type()) {
            reporter.report(p.identitySite().attr("aliasOf"), Message.ALIAS_MISMATCH, p.canonical(), target.canonical(),
                    p.identityText() + " " + p.type(), target.identityText() + " " + target.type());
            return;
        }
        if (!target.aliasOf().isEmpty()) {
            // A aliasOf B, B aliasOf A: no property of the pair is the one the others are aliases of
            reporter.report(p.identitySite().attr("aliasOf"), Message.ALIAS_CHAIN, p.canonical(), target.canonical(),
                    target.aliasOf());
            return;
        }
        if (!p.presences().isEmpty() && !target.presences().isEmpty()) {
            List<Matrix.Cell> mine = Matrix.cells(spec, p);
            List<Matrix.Cell> theirs = Matrix.cells(spec, target);
            List<String> kinds = Matrix.valueNames(spec);
            for (int i = 0; i < mine.size(); i++) {
                if (mine.get(i).rule() != theirs.get(i).rule()) {
                    reporter.report(p.presences().get(0).site(), Message.ALIAS_PRESENCE, p.canonical(), target.canonical(),
                            kinds.get(i), mine.get(i).rule(), theirs.get(i).rule());
                    return;
                }
            }
            if (Matrix.otherwise(spec, p).rule() != Matrix.otherwise(spec, target).rule()) {
                reporter.report(p.presences().get(0).site(), Message.ALIAS_PRESENCE, p.canonical(), target.canonical(),
                        "an unknown kind", Matrix.otherwise(spec, p).rule(), Matrix.otherwise(spec, target).rule());
            }
        }
    }

    /** Identity for duplicate detection: a tag with its type, a LID or a name within its set's GUID. */
    private static String identityKey(PropertyDef p) {
        String set = p.set() == null ? "" : p.set().guid().replace("{", "").replace("}", "").trim().toUpperCase(Locale.ROOT);
        switch (p.identity()) {
            case LID:
                return "L" + set + ":" + p.lid();
            case NAME:
                boolean ci = p.set().caseInsensitiveNames();
                return "N" + set + ":" + (ci ? p.name().toLowerCase(Locale.ROOT) : p.name());
            default:
                return "T" + p.tag() + ":" + p.type();
        }
    }

    private void checkMirrors(SpecDef spec) {
        for (PropertyDef p : spec.properties()) {
            MirrorDef m = p.mirror();
            if (m == null) {
                continue;
            }
            if (m.source().equals(p.canonical())) {
                reporter.report(m.site(), Message.MIRROR_SELF, p.canonical());
                continue;
            }
            PropertyDef source = spec.property(m.source());
            if (source == null) {
                reporter.report(m.site(), Message.MIRROR_UNKNOWN, p.canonical(), m.source());
                continue;
            }
            if (identityKey(source).equals(identityKey(p))) {
                // a mirror of its own alias: one property, which cannot mirror itself
                reporter.report(m.site(), Message.MIRROR_SELF, p.canonical());
                continue;
            }
            if (m.kind() == MirrorKind.HEX) {
                if (!p.type().isString()) {
                    reporter.report(m.site(), Message.MIRROR_HEX_TARGET, p.canonical(), p.type());
                }
                if (!source.type().isInteger() && source.type() != MapiType.PtypBinary) {
                    reporter.report(m.site(), Message.MIRROR_HEX_SOURCE, p.canonical(), source.canonical(),
                            source.canonical(), source.type());
                }
            } else if (!StoredTypes.family(p.type()).equals(StoredTypes.family(source.type()))) {
                reporter.report(m.site(), Message.MIRROR_SAME_TYPES, p.canonical(), p.type(), source.canonical(), source.type());
            }
        }
        // cycles: follow each chain
        Set<String> reported = new HashSet<>();
        for (PropertyDef p : spec.properties()) {
            List<String> chain = new ArrayList<>();
            PropertyDef cur = p;
            while (cur != null && cur.mirror() != null && !chain.contains(cur.canonical())) {
                chain.add(cur.canonical());
                cur = spec.property(cur.mirror().source());
            }
            // a chain of one is a property mirroring itself, reported as MIRROR_SELF
            if (cur != null && chain.size() > 1 && chain.contains(cur.canonical()) && cur.canonical().equals(p.canonical())
                    && reported.add(String.join(",", sorted(chain)))) {
                chain.add(cur.canonical());
                reporter.report(p.mirror().site(), Message.MIRROR_CYCLE, String.join(" -> ", chain));
            }
        }
    }

    private static List<String> sorted(List<String> in) {
        List<String> out = new ArrayList<>(in);
        out.sort(null);
        return out;
    }

    private void checkDiscriminator(SpecDef spec) {
        PropertyDef first = null;
        for (PropertyDef p : spec.properties()) {
            if (!p.discriminator()) {
                continue;
            }
            if (first != null) {
                // two inherited discriminators meet in the spec that extends both: the error is the spec's
                reporter.report(declaredIn(spec, p) ? p.discriminatorSite() : spec.site(), Message.DISC_TWICE, p.canonical(),
                        first.canonical());
                continue;
            }
            first = p;
            if (!p.type().isInteger() && !p.type().isString()) {
                reporter.report(p.discriminatorSite(), Message.DISC_TYPE, p.canonical(), p.type());
            }
            if (p.rule(RuleDef.Kind.ONE_OF) == null) {
                reporter.report(p.discriminatorSite(), Message.DISC_NO_VALUES, p.canonical());
            }
            List<String> values = Matrix.valueNames(spec);
            Set<String> groupNames = new HashSet<>();
            for (GroupDef g : p.groups()) {
                if (!groupNames.add(g.name()) || values.contains(g.name())) {
                    reporter.report(g.site().attr("name"), Message.GROUP_DUP, g.name());
                }
                for (String v : g.values()) {
                    if (!values.contains(v)) {
                        reporter.report(g.site().attr("values"), Message.GROUP_VALUE_UNKNOWN, g.name(), v, p.canonical());
                    }
                }
            }
        }
    }

    private void checkPresence(SpecDef spec) {
        PropertyDef disc = spec.discriminator();
        List<String> values = Matrix.valueNames(spec);
        List<String> known = new ArrayList<>(values);
        known.addAll(Matrix.groups(spec).keySet());
        for (PropertyDef p : spec.properties()) {
            int defaults = 0;
            Map<String, PresenceDef> claimed = new LinkedHashMap<>();
            for (PresenceDef pd : p.presences()) {
                if (p.ignored() && !pd.rule().forbids()) {
                    reporter.report(pd.site().attr("value"), Message.IGNORED_LEVEL, pd.rule(), p.canonical());
                }
                if (pd.when().isEmpty()) {
                    if (++defaults == 2) {
                        reporter.report(pd.site(), Message.PRESENCE_DEFAULT_TWICE, p.canonical());
                    }
                    continue;
                }
                if (disc == null) {
                    reporter.report(pd.site(), Message.DISC_MISSING, p.canonical());
                    continue;
                }
                for (String w : pd.when()) {
                    List<String> expanded = Matrix.expand(spec, w);
                    if (expanded.isEmpty()) {
                        reporter.report(pd.site(), Message.WHEN_UNKNOWN, w, p.canonical(), String.join(", ", known));
                        continue;
                    }
                    for (String v : expanded) {
                        PresenceDef before = claimed.putIfAbsent(v, pd);
                        if (before != null && before != pd) {
                            reporter.report(pd.site(), Message.WHEN_TWICE, v, p.canonical(), before.rule(), pd.rule());
                        }
                    }
                }
            }
            if (p.discriminator()) {
                for (String v : values) {
                    PresenceDef pd = Matrix.presenceFor(spec, p, v);
                    if (pd != null && pd.rule().forbids()) {
                        reporter.report(pd.site(), Message.DISC_FORBIDDEN, p.canonical(), pd.rule(), v);
                        break;
                    }
                }
            }
        }
        // a mirror that is never checked: for every kind, the mirror or its source is forbidden
        for (PropertyDef p : spec.properties()) {
            if (p.mirror() == null || spec.property(p.mirror().source()) == null) {
                continue;
            }
            PropertyDef source = spec.property(p.mirror().source());
            List<Matrix.Cell> mine = Matrix.cells(spec, p);
            List<Matrix.Cell> theirs = Matrix.cells(spec, source);
            boolean checkedSomewhere;
            if (mine.isEmpty()) {
                checkedSomewhere = !Matrix.otherwise(spec, p).rule().forbids() && !Matrix.otherwise(spec, source).rule().forbids();
            } else {
                checkedSomewhere = false;
                for (int i = 0; i < mine.size(); i++) {
                    checkedSomewhere |= !mine.get(i).rule().forbids() && !theirs.get(i).rule().forbids();
                }
            }
            if (!checkedSomewhere) {
                reporter.report(p.mirror().site(), Message.MIRROR_UNCHECKED, p.canonical(), source.canonical());
            }
        }
    }

    /**
     * The literal values a condition value stands for: the values of a value name, of a discriminator
     * group, or the literal itself; null when it is none of these.
     */
    public static List<String> resolveConditionValue(SpecDef spec, PropertyDef p, String v) {
        RuleDef oneOf = p.rule(RuleDef.Kind.ONE_OF);
        if (oneOf != null) {
            for (ValueDef d : oneOf.values()) {
                if (d.name().equals(v)) {
                    return List.of(d.text());
                }
            }
        }
        if (p.discriminator()) {
            List<String> names = Matrix.groups(spec).get(v);
            if (names != null && oneOf != null) {
                List<String> out = new ArrayList<>();
                for (ValueDef d : oneOf.values()) {
                    if (names.contains(d.name())) {
                        out.add(d.text());
                    }
                }
                return out;
            }
        }
        if (!Literals.supports(p.type())) {
            return null;
        }
        try {
            Literals.parse(p.type(), v);
            return List.of(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
