package dev.oxprops.runtime.support;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.Hex;
import java.util.UUID;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.Violation;

/**
 * A mirror holds its source's value, or (HEX) its hexadecimal string (see
 * {@link Rules#mirror} and {@link Rules#mirrorSetWithSource}). Generated validators pass the
 * values they already read of both to {@link #check(PropertyBag, Object, Object, Violations)}: a conformant pair is
 * compared without reading the bag again and without allocating.
 */
public final class MirrorRule implements Rule {
    private final PropertyKey<?> mirror;
    private final PropertyKey<?> source;
    private final MirrorKind kind;
    private final Level level;
    private final String section;
    private final boolean presentWithSource;
    private final int bits;

    MirrorRule(PropertyKey<?> mirror, PropertyKey<?> source, MirrorKind kind, Level level, String section,
            boolean presentWithSource) {
        this.mirror = mirror;
        this.source = source;
        this.kind = kind;
        this.level = level;
        this.section = section;
        this.presentWithSource = presentWithSource;
        this.bits = Rules.bitsOf(source);
    }

    @Override
    public Violations check(PropertyBag bag, Violations v) {
        return check(bag, bag.get(mirror.id()), bag.get(source.id()), v);
    }

    /** The rule on {@code mirrorRaw} and {@code sourceRaw}, the values {@code bag} holds for both (null when absent). */
    public Violations check(PropertyBag bag, Object mirrorRaw, Object sourceRaw, Violations v) {
        Object target = Rules.readable(bag, mirror, mirrorRaw);
        Object src = Rules.readable(bag, source, sourceRaw);
        if (presentWithSource && src != null && mirrorRaw == null) {
            if (!bag.canCarry(mirror.id(), mirror.type())) {
                return v;
            }
            return Violations.add(v, new Violation(mirror.canonicalName(), mirror.id(), RuleKind.MIRROR, level, section,
                    "is not set, but " + source.canonicalName() + " is; it must be "
                            + (kind == MirrorKind.SAME ? "set to the same value" : "set to its hexadecimal string")));
        }
        if (target == null || src == null || matches(target, src)) {
            return v;
        }
        String expected = kind == MirrorKind.SAME ? MapiValues.format(source.type(), src) : "\"" + Rules.hexOf(src, bits) + "\"";
        String what = kind == MirrorKind.SAME ? "the same value as " : "the hexadecimal string of ";
        return Violations.add(v, new Violation(mirror.canonicalName(), mirror.id(), RuleKind.MIRROR, level, section,
                "is " + MapiValues.format(mirror.type(), target) + ", must be " + what + source.canonicalName() + ": "
                        + expected));
    }

    private boolean matches(Object target, Object src) {
        if (kind == MirrorKind.SAME) {
            return MapiValues.sameValue(src, target);
        }
        if (!(target instanceof String)) {
            return false;
        }
        if (src instanceof byte[]) {
            return Hex.matchesBytes((String) target, (byte[]) src);
        }
        if (src instanceof Number) {
            return Hex.matchesUnsigned((String) target, Rules.unsigned((Number) src, bits));
        }
        if (src instanceof UUID) {
            return Hex.matchesBytes((String) target, Guids.toBytes((UUID) src));
        }
        return false;
    }
}
