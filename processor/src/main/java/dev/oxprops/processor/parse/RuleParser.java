package dev.oxprops.processor.parse;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.Op;
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

    private final Mirrors mirrors;

    RuleParser(Mirrors mirrors) {
        this.mirrors = mirrors;
    }

    List<ImpliesDef> implies(TypeElement type) {
        List<ImpliesDef> out = new ArrayList<>();
        for (AnnotationMirror m : repeated(type, IMPLIES, IMPLIES_LIST)) {
            Site site = Site.of(type, m);
            out.add(new ImpliesDef(conditions(type, m, "when"), mirrors.bool(m, "whenAny"), conditions(type, m, "then"),
                    mirrors.bool(m, "thenAny"), level(m), mirrors.string(m, "section"), mirrors.string(m, "note"), site));
        }
        return out;
    }

    List<CompareDef> compares(TypeElement type) {
        List<CompareDef> out = new ArrayList<>();
        for (AnnotationMirror m : repeated(type, COMPARE, COMPARE_LIST)) {
            out.add(new CompareDef(mirrors.string(m, "left"), Op.valueOf(mirrors.enumName(m, "op")), mirrors.string(m, "right"),
                    mirrors.string(m, "plus"), mirrors.string(m, "minus"), ChronoUnit.valueOf(mirrors.enumName(m, "unit")),
                    conditions(type, m, "when"), level(m), mirrors.string(m, "section"), mirrors.string(m, "note"),
                    Site.of(type, m)));
        }
        return out;
    }

    private List<ConditionDef> conditions(Element on, AnnotationMirror holder, String attribute) {
        List<ConditionDef> out = new ArrayList<>();
        for (AnnotationMirror c : mirrors.annotations(holder, attribute)) {
            out.add(new ConditionDef(mirrors.string(c, "property"), mirrors.strings(c, "values"), mirrors.bool(c, "present"),
                    mirrors.strings(c, "family"), mirrors.strings(c, "bitsSet"), mirrors.strings(c, "bitsClear"),
                    mirrors.bool(c, "not"), Site.of(on, c)));
        }
        return out;
    }

    /** The value rules of this parser's annotations on {@code method}, added to {@code rules}. */
    void valueRules(ExecutableElement method, List<RuleDef> rules) {
        AnnotationMirror range = Mirrors.find(method, RANGE);
        if (range != null) {
            rules.add(new RuleDef(RuleDef.Kind.RANGE, List.of(), "", false, level(range), mirrors.string(range, "section"),
                    Site.of(method, range), List.of(mirrors.string(range, "min"), mirrors.string(range, "max"))));
        }
        AnnotationMirror granularity = Mirrors.find(method, GRANULARITY);
        if (granularity != null) {
            rules.add(new RuleDef(RuleDef.Kind.GRANULARITY, List.of(), mirrors.enumName(granularity, "value"), false,
                    level(granularity), mirrors.string(granularity, "section"), Site.of(method, granularity)));
        }
        AnnotationMirror mc = Mirrors.find(method, MESSAGE_CLASS);
        if (mc != null) {
            rules.add(new RuleDef(RuleDef.Kind.MESSAGE_CLASS, List.of(), "", mirrors.bool(mc, "derived"), level(mc),
                    mirrors.string(mc, "section"), Site.of(method, mc), mirrors.strings(mc, "value")));
        }
        AnnotationMirror flags = Mirrors.find(method, FLAGS);
        if (flags != null) {
            List<ValueDef> values = new ArrayList<>();
            for (AnnotationMirror v : mirrors.annotations(flags, "value")) {
                values.add(new ValueDef(mirrors.string(v, "name"), mirrors.string(v, "value"), mirrors.string(v, "meaning"),
                        Site.of(method, v).at(Mirrors.explicit(v, "value"))));
            }
            rules.add(new RuleDef(RuleDef.Kind.FLAGS, values, "", mirrors.bool(flags, "reservedIgnored"), level(flags), mirrors.string(flags, "section"),
                    Site.of(method, flags)));
        }
    }

    private Level level(AnnotationMirror m) {
        return Level.valueOf(mirrors.enumName(m, "level"));
    }

    /** The annotations of a repeatable type, whether written once or several times. */
    List<AnnotationMirror> repeated(Element e, String single, String container) {
        List<AnnotationMirror> out = new ArrayList<>();
        AnnotationMirror one = Mirrors.find(e, single);
        if (one != null) {
            out.add(one);
        }
        AnnotationMirror many = Mirrors.find(e, container);
        if (many != null) {
            out.addAll(mirrors.annotations(many, "value"));
        }
        return out;
    }
}
