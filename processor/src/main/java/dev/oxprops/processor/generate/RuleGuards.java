package dev.oxprops.processor.generate;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.processor.model.ConditionDef;
import dev.oxprops.processor.model.ImpliesDef;
import dev.oxprops.processor.model.Literals;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.ValueDef;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The quick tests in front of a generated validator's rules: for each rule, an expression on the values already read
 * (locals named after their properties) that is true when the rule might report, written with the enum constants and
 * {@code Is} (runtime support). The rule itself, which says what is wrong, runs only then; so a conformant message is
 * checked by direct tests, without a virtual call, a second read or an allocation. A test must never be false when
 * the rule would report: each one below says why it is not. {@code null}: no quick test, the rule always runs.
 */
final class RuleGuards {
    static final ClassName IS = ClassName.get(Gen.RT + ".support", "Is");
    /** Values per {@code Is.intIn}/{@code stringIn} call; more are joined with {@code ||}. */
    private static final int VALUES_PER_CALL = 4;

    private final SpecDef spec;
    /** Declares a named constant of the validator (for values without a literal form, such as a byte array). */
    private final ConstantMaker constants;

    /** Declares a constant named {@code name} of {@code type} initialized by {@code init}; returns a reference. */
    interface ConstantMaker {
        CodeBlock constant(String name, CodeBlock init, TypeName type);
    }

    RuleGuards(SpecDef spec, ConstantMaker constants) {
        this.spec = spec;
        this.constants = constants;
    }

    /**
     * When the property rule (presence, type, value checks) might report on {@code local}. Silent when the value is
     * of the key's class (then the rule reads it as it is) and passes every value test, or is absent and not
     * demanded. In a known kind of message the discriminator is, when present, one of its values (that is how the
     * kind was found): only its absence can be reported.
     */
    Expr property(PropertyDef p, PresenceRule presence, Function<PropertyDef, String> local, boolean knownKind) {
        String raw = local.apply(p);
        if (knownKind && p.equals(spec.discriminator()) && onlyValuesOfKinds(p)) {
            return presence.demands() ? Expr.present(raw).not() : Expr.FALSE;
        }
        if (p.type().isMultiple()) {
            return null; // a list is checked element by element: the rule decides
        }
        Expr ok = Expr.TRUE;
        boolean typed = false;
        for (RuleDef r : p.rules()) {
            if (r.kind() == RuleDef.Kind.FLAGS && r.ignoreCase()) {
                continue; // not a check (see ValidatorWriter)
            }
            Expr test = valueTest(p, r, raw);
            if (test == null) {
                return null;
            }
            ok = ok.and(test);
            // these tests accept only a value of the key's class; a flags test also accepts other integers
            typed |= r.kind() != RuleDef.Kind.FLAGS;
        }
        if (p.mirror() != null && p.mirror().kind() == MirrorKind.HEX) {
            // the hex form is checked only while the source is unreadable: a source of its class is readable
            PropertyDef source = spec.property(p.mirror().source());
            if (source.type().isMultiple()) {
                return null;
            }
            ok = ok.and(Expr.instance(local.apply(source), Gen.stored(source.type())));
        }
        if (!typed) {
            ok = Expr.instance(raw, Gen.stored(p.type())).and(ok);
        }
        return presence.demands() ? ok.not() : Expr.present(raw).and(ok.not());
    }

    /** Whether the discriminator's only value rule is the list of its values (the kinds). */
    private static boolean onlyValuesOfKinds(PropertyDef d) {
        for (RuleDef r : d.rules()) {
            if (r.kind() != RuleDef.Kind.ONE_OF && !(r.kind() == RuleDef.Kind.FLAGS && r.ignoreCase())) {
                return false;
            }
        }
        return true;
    }

    /** The test of one value rule on a value of the key's class (each {@code Is} test checks the class). */
    private Expr valueTest(PropertyDef p, RuleDef r, String raw) {
        MapiType t = p.type();
        switch (r.kind()) {
            case ONE_OF: {
                List<CodeBlock> values = new ArrayList<>();
                for (ValueDef v : r.values()) {
                    values.add(Gen.valueOf(spec, p, v.text()));
                }
                return oneOf(t, raw, values);
            }
            case FIXED:
                if (t == MapiType.PtypBinary) {
                    CodeBlock c = constants.constant(Gen.constant(p) + "_FIXED", Gen.literal(t, r.text()), TypeName.get(byte[].class));
                    return Expr.atom("$T.bytesEqual($N, $L)", IS, raw, c);
                }
                return oneOf(t, raw, List.of(Gen.literal(t, r.text())));
            case ZERO_LENGTH:
                return isString(t) ? Expr.atom("$T.emptyString($N)", IS, raw)
                        : t == MapiType.PtypBinary ? Expr.atom("$T.emptyBytes($N)", IS, raw) : null;
            case STARTS_WITH:
                return !isString(t) ? null : Expr.atom("$T.$L($N, $L)", IS, r.ignoreCase() ? "startsWithIgnoreCase" : "startsWith", raw,
                        Text.literal(r.text()));
            case MESSAGE_CLASS: {
                if (!isString(t)) {
                    return null;
                }
                Expr any = Expr.FALSE;
                for (String c : RuleCode.classes(spec, r)) {
                    any = any.or(Expr.atom("$T.$L($N, $L)", IS, RuleCode.derived(spec, r) ? "inFamily" : "messageClass", raw,
                            Text.literal(c)));
                }
                return any;
            }
            case FLAGS: {
                List<String> names = new ArrayList<>();
                for (ValueDef v : r.values()) {
                    names.add(v.name());
                }
                return Expr.atom("$T.flagsWithin($N, $L)", IS, raw, RuleCode.mask(p, r, names));
            }
            default:
                return null; // ranges, granularity: the rule decides
        }
    }

    /** The value is one of {@code values} (int, string and boolean types), or null (no quick test). */
    private static Expr oneOf(MapiType t, String raw, List<CodeBlock> values) {
        String method = t == MapiType.PtypInteger32 ? "intIn" : isString(t) ? "stringIn" : t == MapiType.PtypBoolean ? "booleanIs" : null;
        if (method == null) {
            return null;
        }
        int per = t == MapiType.PtypBoolean ? 1 : VALUES_PER_CALL;
        Expr any = Expr.FALSE;
        for (int i = 0; i < values.size(); i += per) {
            CodeBlock.Builder call = CodeBlock.builder().add("$T.$L($N", IS, method, raw);
            for (CodeBlock v : values.subList(i, Math.min(values.size(), i + per))) {
                call.add(", $L", v);
            }
            any = any.or(Expr.atom("$L", call.add(")").build()));
        }
        return any;
    }

    private static boolean isString(MapiType t) {
        return t == MapiType.PtypString || t == MapiType.PtypString8;
    }

    /**
     * When a mirror rule might report. Silent when either is absent, or (SAME) both are the same String or Integer,
     * or (HEX) the String is the hexadecimal of the 32-bit integer or of the bytes: values of the keys' classes,
     * which the rule reads as they are and compares the same way.
     */
    Expr mirror(PropertyDef m, PropertyDef source, boolean withSource, String mirrorLocal, String sourceLocal) {
        MapiType mt = m.type();
        MapiType st = source.type();
        String test = null;
        if (m.mirror().kind() == MirrorKind.SAME) {
            if (isString(mt) && isString(st)) {
                test = withSource ? "sameStringWithSource" : "sameString";
            } else if (mt == MapiType.PtypInteger32 && st == MapiType.PtypInteger32 && !withSource) {
                test = "sameInt";
            }
        } else if (isString(mt) && !withSource) {
            test = st == MapiType.PtypInteger32 ? "hexOfInt" : st == MapiType.PtypBinary ? "hexOfBytes" : null;
        }
        return test == null ? null : Expr.atom("$T.$L($N, $N)", IS, test, mirrorLocal, sourceLocal).not();
    }

    /**
     * When an implication might report: its {@code when} holds and its {@code then} does not, tested on the values
     * read. The rule is silent when a value is not readable, and otherwise tests what these test. Null when a
     * condition has no quick test.
     */
    Expr implies(ImpliesDef i, Function<PropertyDef, String> local, String kind) {
        Expr when = conditions(i.when(), i.whenAny(), local, kind);
        Expr then = conditions(i.then(), i.thenAny(), local, kind);
        return when == null || then == null ? null : when.and(then.not());
    }

    /** The properties the conditions of {@code i} read. */
    List<PropertyDef> reads(ImpliesDef i) {
        List<PropertyDef> out = new ArrayList<>();
        for (List<ConditionDef> cs : List.of(i.when(), i.then())) {
            for (ConditionDef c : cs) {
                PropertyDef p = spec.property(c.property());
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private Expr conditions(List<ConditionDef> cs, boolean any, Function<PropertyDef, String> local, String kind) {
        Expr out = any ? Expr.FALSE : Expr.TRUE;
        for (ConditionDef c : cs) {
            Expr e = condition(c, local, kind);
            if (e == null) {
                return null;
            }
            out = any ? out.or(e) : out.and(e);
        }
        return out;
    }

    /**
     * A condition on the value read. Exact for presence; for values, families and bits only on keys that read a
     * value as it is stored (one value, no other accepted type), so that a readable value is one of the key's class.
     * In a known kind of message, a condition on the discriminator is decided here: its value is the kind's.
     */
    private Expr condition(ConditionDef c, Function<PropertyDef, String> local, String kind) {
        PropertyDef p = spec.property(c.property());
        String raw = local.apply(p);
        Expr e;
        if (kind != null && p.equals(spec.discriminator())) {
            e = onDiscriminator(c, p, raw, kind);
        } else if (!c.present()) {
            e = Expr.present(raw).not();
        } else if (c.values().isEmpty() && c.family().isEmpty() && !c.onBits()) {
            e = Expr.present(raw);
        } else if (p.type().isMultiple() || !p.alsoAccepts().isEmpty()) {
            return null;
        } else if (!c.family().isEmpty()) {
            e = Expr.FALSE;
            for (String f : c.family()) {
                e = e.or(Expr.atom("$T.inFamily($N, $L)", IS, raw, Text.literal(f)));
            }
        } else if (c.onBits()) {
            RuleDef flags = p.rule(RuleDef.Kind.FLAGS);
            e = Expr.atom("$T.bits($N, $L, $L)", IS, raw, RuleCode.mask(p, flags, c.bitsSet()), RuleCode.mask(p, flags, c.bitsClear()));
        } else {
            List<CodeBlock> values = new ArrayList<>();
            for (String v : c.values()) {
                for (String text : Matrix.resolveConditionValue(spec, p, v)) {
                    values.add(Gen.valueOf(spec, p, text));
                }
            }
            e = oneOf(p.type(), raw, values);
            if (e == null) {
                return null;
            }
        }
        return c.not() ? e.not() : e;
    }

    /** A condition on the discriminator in the method of one kind: present, it holds that kind's value; else absent. */
    private Expr onDiscriminator(ConditionDef c, PropertyDef d, String raw, String kind) {
        boolean absentKind = kind.equals(d.absentAs());
        Expr e;
        if (!c.present()) {
            e = absentKind ? Expr.TRUE : Expr.present(raw).not();
        } else if (absentKind) {
            e = Expr.FALSE;
        } else if (c.values().isEmpty() && c.family().isEmpty() && !c.onBits()) {
            e = Expr.present(raw);
        } else if (!c.values().isEmpty()) {
            e = holdsKindValue(c, d, kind) ? Expr.present(raw) : Expr.FALSE;
        } else {
            return null; // families or bits of a discriminator: not decided here
        }
        return c.not() ? e.not() : e;
    }

    private boolean holdsKindValue(ConditionDef c, PropertyDef d, String kind) {
        Object kindValue = null;
        for (ValueDef v : d.rule(RuleDef.Kind.ONE_OF).values()) {
            if (v.name().equals(kind)) {
                kindValue = Literals.parse(d.type(), v.text());
            }
        }
        for (String v : c.values()) {
            for (String text : Matrix.resolveConditionValue(spec, d, v)) {
                if (Literals.parse(d.type(), text).equals(kindValue)) {
                    return true;
                }
            }
        }
        return false;
    }
}
