package dev.oxprops.processor.validate;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.model.IdentityKind;
import dev.oxprops.processor.model.Literals;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.PropertySetDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.StoredTypes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a parsed spec and reports every problem at its site (from {@link Origins}). Never writes anything. This
 * class checks each property's identity and set, and runs the checks of {@link JavaTypeChecks},
 * {@link LiteralRuleChecks}, {@link IdentityChecks}, {@link PresenceChecks} and {@link RuleValidator}.
 */
public final class ModelValidator {
    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    /** Property sets already checked in this spec, so that a malformed set is reported once, not per property. */
    private final Set<String> checkedSets = new HashSet<>();
    /** Where the objects of the spec being validated came from. */
    private Origins origins;

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

    /** Validates {@code spec}, reporting at the places {@code origins} holds; returns whether it is free of errors. */
    public boolean validate(SpecDef spec, Origins origins) {
        this.origins = origins;
        int before = reporter.errorCount();
        if (spec.properties().size() > MAX_PROPERTIES) {
            reporter.report(origins.site(spec), Message.SPEC_SIZE, spec.id(), spec.properties().size(), MAX_PROPERTIES);
        }
        checkedSets.clear();
        if (spec.properties().isEmpty()) {
            reporter.report(origins.site(spec), Message.SPEC_EMPTY, spec.id());
        }
        JavaTypeChecks javaTypes = new JavaTypeChecks(elements, types, reporter, origins);
        LiteralRuleChecks literalRules = new LiteralRuleChecks(reporter, origins);
        for (PropertyDef p : spec.properties()) {
            checkIdentity(p);
            javaTypes.checkJavaType(p);
            literalRules.checkRules(p);
            if (p.section().isEmpty()) {
                reporter.report(origins.of(p).identity().at(null), Message.NO_SECTION, p.canonical());
            }
        }
        checkSetNames(spec);
        new IdentityChecks(reporter, origins).checkDuplicates(spec);
        PresenceChecks presence = new PresenceChecks(reporter, origins);
        presence.checkMirrors(spec);
        presence.checkDiscriminator(spec);
        presence.checkPresence(spec);
        new RuleValidator(reporter, origins).check(spec);
        return reporter.errorCount() == before;
    }

    private void checkIdentity(PropertyDef p) {
        Site site = origins.of(p).identity();
        if (p.set() != null && checkedSets.add(p.set().qualifiedType())) {
            if (p.set().name().trim().isEmpty()) {
                reporter.report(origins.site(p.set()).attr("name"), Message.SET_NAME_EMPTY);
            }
            if (Literals.guid(p.set().guid()) == null) {
                reporter.report(origins.site(p.set()).attr("guid"), Message.SET_GUID, p.set().name(), p.set().guid());
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
                reporter.report(origins.of(p).identity().attr("set"), Message.SET_NAME_CLASH, first.name(), first.guid(), p.set().name(),
                        p.set().guid(), constant);
            }
        }
    }

    private static String guidKey(String guid) {
        return guid.replace("{", "").replace("}", "").trim().toUpperCase(Locale.ROOT);
    }

}
