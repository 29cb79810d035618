package dev.oxprops.processor.validate;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.model.Literals;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.ValueDef;
import dev.oxprops.runtime.MapiValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** The value rules written as literals (@OneOf, @Fixed, @ZeroLength, @StartsWith): types they apply to, conflicts, values. */
final class LiteralRuleChecks {
    /** An upper-case constant name, in any script ({@code ÄRGER}); Java identifier rules are checked as well. */
    private static final Pattern CONSTANT = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Nd}_]*");

    private final Reporter reporter;
    private final Origins origins;

    LiteralRuleChecks(Reporter reporter, Origins origins) {
        this.reporter = reporter;
        this.origins = origins;
    }

    /** The literal rules of one property. */
    void checkRules(PropertyDef p) {
        checkApplies(p);
        RuleDef oneOf = p.rule(RuleDef.Kind.ONE_OF);
        RuleDef fixed = p.rule(RuleDef.Kind.FIXED);
        checkConflicts(p, oneOf, fixed);
        if (!Literals.supports(p.type())) {
            return;
        }
        if (fixed != null) {
            parseValue(p, fixed.text(), origins.site(fixed));
        }
        if (oneOf != null) {
            checkOneOf(p, oneOf);
        }
    }

    /** Each rule on a property of a type it applies to. */
    private void checkApplies(PropertyDef p) {
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
                case FORMAT:
                    continue; // RuleValidator checks them
                default:
                    applies = Literals.supports(p.type());
                    appliesTo = "single-valued integer, boolean, floating, string, binary, time and GUID properties";
                    break;
            }
            if (!applies) {
                reporter.report(origins.site(r), Message.RULE_TYPE, r.kind().annotation(), p.canonical(), p.type(), appliesTo);
            }
        }
    }

    /** @Fixed with @OneOf, and a fixed string that @ZeroLength or @StartsWith contradicts. */
    private void checkConflicts(PropertyDef p, RuleDef oneOf, RuleDef fixed) {
        if (oneOf != null && fixed != null) {
            reporter.report(origins.site(fixed), Message.RULE_CONFLICT, p.canonical(), "OneOf", "Fixed");
        }
        RuleDef zero = p.rule(RuleDef.Kind.ZERO_LENGTH);
        RuleDef starts = p.rule(RuleDef.Kind.STARTS_WITH);
        if (fixed != null && zero != null && !fixed.text().isEmpty() && p.type().isString()) {
            reporter.report(origins.site(fixed), Message.RULE_CONTRADICTION, fixed.text(), p.canonical(), "ZeroLength");
        }
        if (fixed != null && starts != null && p.type().isString() && !(starts.ignoreCase()
                ? fixed.text().regionMatches(true, 0, starts.text(), 0, starts.text().length())
                : fixed.text().startsWith(starts.text()))) {
            reporter.report(origins.site(fixed), Message.RULE_CONTRADICTION, fixed.text(), p.canonical(),
                    "StartsWith(\"" + starts.text() + "\")");
        }
    }

    /** The values of @OneOf: at least one, names that are constants and unique, values that parse and differ. */
    private void checkOneOf(PropertyDef p, RuleDef oneOf) {
        if (oneOf.values().isEmpty()) {
            reporter.report(origins.site(oneOf), Message.ONE_OF_EMPTY, p.canonical());
        }
        Map<String, ValueDef> names = new HashMap<>();
        List<Object> seen = new ArrayList<>();
        List<String> seenNames = new ArrayList<>();
        for (ValueDef v : oneOf.values()) {
            if (!CONSTANT.matcher(v.name()).matches() || !SourceVersion.isIdentifier(v.name())
                    || SourceVersion.isKeyword(v.name())) {
                reporter.report(origins.site(v).attr("name"), Message.VALUE_NAME, v.name());
            }
            if (names.putIfAbsent(v.name(), v) != null) {
                reporter.report(origins.site(v).attr("name"), Message.VALUE_DUP_NAME, v.name(), p.canonical());
            }
            Object value = parseValue(p, v.text(), origins.site(v));
            if (value == null) {
                continue;
            }
            for (int i = 0; i < seen.size(); i++) {
                if (MapiValues.sameValue(seen.get(i), value)) {
                    reporter.report(origins.site(v), Message.VALUE_DUP, v.text(), p.canonical(), seenNames.get(i), v.name());
                }
            }
            seen.add(value);
            seenNames.add(v.name());
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
}
