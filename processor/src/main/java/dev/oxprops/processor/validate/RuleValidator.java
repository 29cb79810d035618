package dev.oxprops.processor.validate;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.model.CompareDef;
import dev.oxprops.processor.model.ConditionDef;
import dev.oxprops.processor.model.ImpliesDef;
import dev.oxprops.processor.model.Literals;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.ValueDef;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Checks the rules across properties ({@code @Implies}, {@code @Compare} and their conditions) and the value rules
 * {@code @Range}, {@code @Granularity}, {@code @MessageClass}, {@code @Flags}, and a discriminator's {@code absentAs}.
 * Each error goes on the annotation at fault (for a repeated annotation, the element of its container).
 */
final class RuleValidator {
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern CLASS = Pattern.compile("[^\\s.]+(\\.[^\\s.]+)*");
    private final Reporter reporter;
    private final Origins origins;

    RuleValidator(Reporter reporter, Origins origins) {
        this.origins = origins;
        this.reporter = reporter;
    }

    void check(SpecDef spec) {
        for (ImpliesDef i : spec.implies()) {
            if (i.when().isEmpty()) {
                reporter.report(origins.site(i).attr("when"), Message.IMPLIES_EMPTY, "when");
            }
            if (i.then().isEmpty()) {
                reporter.report(origins.site(i).attr("then"), Message.IMPLIES_EMPTY, "then");
            }
            for (ConditionDef c : i.when()) {
                condition(spec, c, "Implies");
            }
            for (ConditionDef c : i.then()) {
                condition(spec, c, "Implies");
            }
        }
        for (CompareDef c : spec.compares()) {
            compare(spec, c);
        }
        boolean classChecked = false;
        for (PropertyDef p : spec.properties()) {
            for (RuleDef r : p.rules()) {
                classChecked |= r.kind() == RuleDef.Kind.MESSAGE_CLASS;
                valueRule(spec, p, r);
            }
            if (!p.absentAs().isEmpty()) {
                absentAs(spec, p);
            }
        }
        if (!spec.messageClass().isEmpty() && !classChecked) {
            reporter.report(origins.site(spec).attr("messageClass"), Message.SPEC_MESSAGE_CLASS_UNCHECKED, spec.messageClass());
        }
    }

    private void condition(SpecDef spec, ConditionDef c, String annotation) {
        Site site = origins.site(c) == null ? null : origins.site(c);
        PropertyDef p = spec.property(c.property());
        if (p == null) {
            reporter.report(site.attr("property"), Message.IMPLIES_UNKNOWN, annotation, c.property());
            return;
        }
        List<String> tests = new ArrayList<>();
        if (!c.values().isEmpty()) {
            tests.add("values");
        }
        if (!c.family().isEmpty()) {
            tests.add("family");
        }
        if (c.onBits()) {
            tests.add("bits");
        }
        if (!c.present() && !tests.isEmpty()) {
            reporter.report(site.attr("present"), Message.IMPLIES_ABSENT_VALUES);
            return;
        }
        if (tests.size() > 1) {
            reporter.report(site, Message.CONDITION_SEVERAL, p.canonical(), String.join(" and ", tests));
            return;
        }
        for (String v : c.values()) {
            if (Matrix.resolveConditionValue(spec, p, v) == null) {
                String why;
                try {
                    Literals.parse(p.type(), v);
                    why = "";
                } catch (IllegalArgumentException e) {
                    why = e.getMessage();
                }
                reporter.report(site.attr("values"), Message.IMPLIES_VALUE, v, p.canonical(), p.type(), why);
            }
        }
        if (!c.family().isEmpty() && !p.type().isString()) {
            reporter.report(site.attr("family"), Message.CONDITION_FAMILY_TYPE, p.canonical(), p.type());
        }
        for (String f : c.family()) {
            if (!CLASS.matcher(f).matches()) {
                reporter.report(site.attr("family"), Message.MESSAGE_CLASS_TEXT, f);
            }
        }
        if (c.onBits()) {
            RuleDef flags = p.rule(RuleDef.Kind.FLAGS);
            List<String> names = new ArrayList<>(c.bitsSet());
            names.addAll(c.bitsClear());
            for (String n : names) {
                if (flags == null || flagValue(flags, n) == null) {
                    reporter.report(site.attr(c.bitsSet().contains(n) ? "bitsSet" : "bitsClear"), Message.CONDITION_BITS, n,
                            p.canonical(), flags == null ? "the property has no @Flags; declare its bits with @Flags({@Value(...)})"
                                    : "use one of " + flagNames(flags));
                }
            }
        }
    }

    private void compare(SpecDef spec, CompareDef c) {
        PropertyDef left = known(spec, c.left(), origins.site(c).attr("left"));
        PropertyDef right = known(spec, c.right(), origins.site(c).attr("right"));
        if (!c.plus().isEmpty() && !c.minus().isEmpty()) {
            reporter.report(origins.site(c).attr("minus"), Message.COMPARE_OFFSET_TWICE);
        }
        PropertyDef offset = null;
        if (!c.offset().isEmpty()) {
            offset = known(spec, c.offset(), origins.site(c).attr(c.plus().isEmpty() ? "minus" : "plus"));
            if (offset != null && !offset.type().isInteger()) {
                reporter.report(origins.site(c).attr(c.plus().isEmpty() ? "minus" : "plus"), Message.COMPARE_OFFSET_TYPE,
                        offset.canonical(), offset.type());
            }
        }
        if (left != null && right != null && (kindOf(left.type()) == null || kindOf(left.type()) != kindOf(right.type()))) {
            reporter.report(origins.site(c).attr("right"), Message.COMPARE_TYPES, left.canonical(), left.type(), right.canonical(),
                    right.type());
        }
        if (!fixedLength(c.unit())) {
            reporter.report(origins.site(c).attr("unit"), Message.COMPARE_UNIT, c.unit().name());
        }
        for (ConditionDef w : c.when()) {
            condition(spec, w, "Compare");
        }
    }

    private PropertyDef known(SpecDef spec, String canonical, Site site) {
        PropertyDef p = spec.property(canonical);
        if (p == null) {
            reporter.report(site, Message.IMPLIES_UNKNOWN, "Compare", canonical);
        }
        return p;
    }

    /** "time", "number", or null for types that cannot be compared. */
    static String kindOf(MapiType t) {
        switch (t) {
            case PtypTime:
                return "time";
            case PtypInteger16:
            case PtypInteger32:
            case PtypInteger64:
            case PtypFloating32:
            case PtypFloating64:
            case PtypFloatingTime:
            case PtypCurrency:
                return "number";
            default:
                return null;
        }
    }

    private static boolean fixedLength(ChronoUnit u) {
        return u.compareTo(ChronoUnit.SECONDS) >= 0 && u.compareTo(ChronoUnit.DAYS) <= 0;
    }

    private void valueRule(SpecDef spec, PropertyDef p, RuleDef r) {
        switch (r.kind()) {
            case RANGE:
                if (!applies(p, r, kindOf(p.type()) != null, "integer, floating-point and time properties")) {
                    return;
                }
                range(p, r);
                return;
            case GRANULARITY:
                if (applies(p, r, p.type() == MapiType.PtypTime, "time properties")
                        && !fixedLength(ChronoUnit.valueOf(r.text()))) {
                    reporter.report(origins.site(r).attr("value"), Message.COMPARE_UNIT, r.text());
                }
                return;
            case MESSAGE_CLASS:
                if (!applies(p, r, p.type().isString() && !p.type().isMultiple(), "string properties")) {
                    return;
                }
                if (r.texts().isEmpty() && spec.messageClass().isEmpty()) {
                    reporter.report(origins.site(r), Message.MESSAGE_CLASS_NONE, p.canonical());
                }
                for (String c : r.texts()) {
                    if (!CLASS.matcher(c).matches()) {
                        reporter.report(origins.site(r).attr("value"), Message.MESSAGE_CLASS_TEXT, c);
                    }
                }
                return;
            case FLAGS:
                if (applies(p, r, p.type().isInteger(), "integer properties")) {
                    flags(p, r);
                }
                return;
            case FORMAT:
                if (applies(p, r, p.type() == MapiType.PtypBinary, "binary properties") && r.text().isEmpty()) {
                    reporter.report(origins.site(r), Message.WELL_FORMED_CODEC, p.canonical(),
                            p.codec() == null ? "has no @Codec" : "has the codec " + p.codec().qualifiedName()
                                    + ", which is not a StructureCodec");
                }
                return;
            default:
                return;
        }
    }

    private boolean applies(PropertyDef p, RuleDef r, boolean applies, String appliesTo) {
        if (!applies) {
            reporter.report(origins.site(r), Message.RULE_TYPE, r.kind().annotation(), p.canonical(), p.type(), appliesTo);
        }
        return applies;
    }

    private void range(PropertyDef p, RuleDef r) {
        String min = r.texts().get(0);
        String max = r.texts().get(1);
        if (min.isEmpty() && max.isEmpty()) {
            reporter.report(origins.site(r), Message.RANGE_BOUNDS, p.canonical(), "has no bound");
            return;
        }
        Object lo = bound(p, min, origins.site(r).attr("min"));
        Object hi = bound(p, max, origins.site(r).attr("max"));
        if (lo instanceof Comparable && hi != null && lo.getClass() == hi.getClass() && compare(lo, hi) > 0) {
            reporter.report(origins.site(r).attr("min"), Message.RANGE_BOUNDS, p.canonical(), "has min " + min + " above max " + max);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    private Object bound(PropertyDef p, String text, Site site) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Literals.parse(p.type(), text);
        } catch (IllegalArgumentException e) {
            reporter.report(site, Message.VALUE_UNPARSABLE, text, p.type(), e.getMessage());
            return null;
        }
    }

    private void flags(PropertyDef p, RuleDef r) {
        Set<String> names = new HashSet<>();
        if (r.values().isEmpty()) {
            reporter.report(origins.site(r), Message.ONE_OF_EMPTY, p.canonical());
        }
        for (ValueDef v : r.values()) {
            if (!CONSTANT.matcher(v.name()).matches() || SourceVersion.isKeyword(v.name())) {
                reporter.report(origins.site(v).attr("name"), Message.VALUE_NAME, v.name());
            }
            if (!names.add(v.name())) {
                reporter.report(origins.site(v).attr("name"), Message.VALUE_DUP_NAME, v.name(), p.canonical());
            }
            try {
                Object value = Literals.parse(p.type(), v.text());
                if (((Number) value).longValue() == 0) {
                    reporter.report(origins.site(v), Message.FLAGS_ZERO, v.name(), p.canonical());
                }
            } catch (IllegalArgumentException e) {
                reporter.report(origins.site(v), Message.VALUE_UNPARSABLE, v.text(), p.type(), e.getMessage());
            }
        }
        if (p.rule(RuleDef.Kind.ONE_OF) != null) {
            reporter.report(origins.site(r), Message.RULE_CONFLICT, p.canonical(), "OneOf", "Flags");
        }
    }

    private void absentAs(SpecDef spec, PropertyDef p) {
        Site site = origins.of(p).discriminatorSite().attr("absentAs");
        String name = p.absentAs();
        if (!CONSTANT.matcher(name).matches() || SourceVersion.isKeyword(name)) {
            reporter.report(site, Message.VALUE_NAME, name);
            return;
        }
        List<String> kinds = Matrix.valueNames(spec);
        if (kinds.indexOf(name) != kinds.size() - 1) {
            reporter.report(site, Message.DISC_ABSENT_CLASH, name, p.canonical(), "is already one of its value names");
        } else if (Matrix.groups(spec).containsKey(name)) {
            reporter.report(site, Message.DISC_ABSENT_CLASH, name, p.canonical(), "is already one of its group names");
        }
    }

    /** The bits a flag name stands for, or null. */
    static String flagValue(RuleDef flags, String name) {
        for (ValueDef v : flags.values()) {
            if (v.name().equals(name)) {
                return v.text();
            }
        }
        return null;
    }

    private static String flagNames(RuleDef flags) {
        List<String> names = new ArrayList<>();
        for (ValueDef v : flags.values()) {
            names.add(v.name());
        }
        return String.join(", ", names);
    }
}
