package dev.oxprops.processor.parse;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.Op;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.model.CompareDef;
import dev.oxprops.processor.model.ConditionDef;
import dev.oxprops.processor.model.ImpliesDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.ValueDef;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the rules of the vocabulary beyond identity and presence: {@code @Implies} and {@code @Compare} on the spec
 * (with their {@code @Condition}s), and {@code @Range}, {@code @Granularity}, {@code @MessageClass} and {@code @Flags}
 * on a method. Every model element keeps the site of the annotation it came from, the element of a container's
 * array included.
 */
final class RuleParser {
    private static final String PKG = "dev.oxprops.annotations.";
    private static final String IMPLIES = PKG + "Implies";
    private static final String IMPLIES_LIST = PKG + "Implies.List";
    private static final String COMPARE = PKG + "Compare";
    private static final String COMPARE_LIST = PKG + "Compare.List";
    private static final String RANGE = PKG + "Range";
    private static final String GRANULARITY = PKG + "Granularity";
    private static final String MESSAGE_CLASS = PKG + "MessageClass";
    private static final String FLAGS = PKG + "Flags";
    private static final String WELL_FORMED = PKG + "WellFormed";

    private final AnnotationValues attrs;
    private final Origins origins;

    RuleParser(AnnotationValues attrs, Origins origins) {
        this.attrs = attrs;
        this.origins = origins;
    }

    List<ImpliesDef> implies(TypeElement type) {
        List<ImpliesDef> out = new ArrayList<>();
        for (AnnotationMirror m : repeated(type, IMPLIES, IMPLIES_LIST)) {
            Site site = Site.of(type, m);
            out.add(origins.at(new ImpliesDef(conditions(type, m, "when"), attrs.bool(m, "whenAny"), conditions(type, m, "then"),
                    attrs.bool(m, "thenAny"), level(m), attrs.string(m, "section"), attrs.string(m, "note")), site));
        }
        return out;
    }

    List<CompareDef> compares(TypeElement type) {
        List<CompareDef> out = new ArrayList<>();
        for (AnnotationMirror m : repeated(type, COMPARE, COMPARE_LIST)) {
            out.add(origins.at(new CompareDef(attrs.string(m, "left"), Op.valueOf(attrs.enumName(m, "op")), attrs.string(m, "right"),
                    attrs.string(m, "plus"), attrs.string(m, "minus"), ChronoUnit.valueOf(attrs.enumName(m, "unit")),
                    conditions(type, m, "when"), level(m), attrs.string(m, "section"), attrs.string(m, "note")), Site.of(type, m)));
        }
        return out;
    }

    private List<ConditionDef> conditions(Element on, AnnotationMirror holder, String attribute) {
        List<ConditionDef> out = new ArrayList<>();
        for (AnnotationMirror c : attrs.annotations(holder, attribute)) {
            out.add(origins.at(new ConditionDef(attrs.string(c, "property"), attrs.strings(c, "values"), attrs.bool(c, "present"),
                    attrs.strings(c, "family"), attrs.strings(c, "bitsSet"), attrs.strings(c, "bitsClear"),
                    attrs.bool(c, "not")), Site.of(on, c)));
        }
        return out;
    }

    /**
     * The value rules of this parser's annotations on {@code method}, added to {@code rules}; {@code structure} is the
     * simple name of the structure the method's codec decodes ("" when it has none), for {@code @WellFormed}.
     */
    void valueRules(ExecutableElement method, String structure, List<RuleDef> rules) {
        AnnotationMirror range = AnnotationValues.find(method, RANGE);
        if (range != null) {
            rules.add(origins.at(new RuleDef(RuleDef.Kind.RANGE, List.of(), "", false, level(range), attrs.string(range, "section"), List.of(attrs.string(range, "min"), attrs.string(range, "max"))), Site.of(method, range)));
        }
        AnnotationMirror granularity = AnnotationValues.find(method, GRANULARITY);
        if (granularity != null) {
            rules.add(origins.at(new RuleDef(RuleDef.Kind.GRANULARITY, List.of(), attrs.enumName(granularity, "value"), false,
                    level(granularity), attrs.string(granularity, "section")), Site.of(method, granularity)));
        }
        AnnotationMirror mc = AnnotationValues.find(method, MESSAGE_CLASS);
        if (mc != null) {
            rules.add(origins.at(new RuleDef(RuleDef.Kind.MESSAGE_CLASS, List.of(), "", attrs.bool(mc, "derived"), level(mc),
                    attrs.string(mc, "section"), attrs.strings(mc, "value")), Site.of(method, mc)));
        }
        AnnotationMirror flags = AnnotationValues.find(method, FLAGS);
        if (flags != null) {
            List<ValueDef> values = new ArrayList<>();
            for (AnnotationMirror v : attrs.annotations(flags, "value")) {
                values.add(origins.at(new ValueDef(attrs.string(v, "name"), attrs.string(v, "value"), attrs.string(v, "meaning")), Site.of(method, v).at(AnnotationValues.explicit(v, "value"))));
            }
            rules.add(origins.at(new RuleDef(RuleDef.Kind.FLAGS, values, "", attrs.bool(flags, "reservedIgnored"), level(flags), attrs.string(flags, "section")), Site.of(method, flags)));
        }
        AnnotationMirror wellFormed = AnnotationValues.find(method, WELL_FORMED);
        if (wellFormed != null) {
            rules.add(origins.at(new RuleDef(RuleDef.Kind.FORMAT, List.of(), structure, false, level(wellFormed),
                    attrs.string(wellFormed, "section")), Site.of(method, wellFormed)));
        }
    }

    private Level level(AnnotationMirror m) {
        return Level.valueOf(attrs.enumName(m, "level"));
    }

    /** The annotations of a repeatable type, whether written once or several times. */
    List<AnnotationMirror> repeated(Element e, String single, String container) {
        List<AnnotationMirror> out = new ArrayList<>();
        AnnotationMirror one = AnnotationValues.find(e, single);
        if (one != null) {
            out.add(one);
        }
        AnnotationMirror many = AnnotationValues.find(e, container);
        if (many != null) {
            out.addAll(attrs.annotations(many, "value"));
        }
        return out;
    }
}
