package dev.oxprops.runtime.support;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.Violation;

/**
 * Every rule on one property (see {@link Rules#property(PropertyKey, PresenceRule, String, ValueCheck...)}): its
 * presence, and when it is present and allowed, its type and its value checks. Generated validators read the
 * property once and pass the value to {@link #check(PropertyBag, Object, Violations)}, so that a mirror rule can
 * compare it with its source without reading either again.
 */
public final class PropertyRule implements Rule {
    private final PropertyKey<?> key;
    private final Level level;
    private final String section;
    private final boolean demands;
    private final boolean forbids;
    private final boolean single;
    private final Class<?> javaClass;
    private final ValueCheck[] checks;

    PropertyRule(PropertyKey<?> key, PresenceRule presence, String section, ValueCheck[] checks) {
        this.key = key;
        this.level = presence.violatedLevel();
        this.section = section;
        this.demands = presence.demands();
        this.forbids = presence.forbids();
        this.single = !key.type().isMultiple();
        this.javaClass = key.javaClass();
        this.checks = checks;
    }

    @Override
    public Violations check(PropertyBag bag, Violations v) {
        return check(bag, bag.get(key.id()), v);
    }

    /** The rules on {@code raw}, the value {@code bag} holds for the property (null when absent). */
    public Violations check(PropertyBag bag, Object raw, Violations v) {
        if (raw == null) {
            if (!demands) {
                return v;
            }
            if (!bag.canCarry(key.id(), key.type())) {
                return Violations.notCarried(v, key);
            }
            return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.PRESENCE, level, section, "is not set"));
        }
        if (forbids) {
            return Violations.add(v, Rules.forbidden(bag, key, level, section, raw));
        }
        Object value = raw;
        if (!single || !javaClass.isInstance(raw)) {
            if (!key.accepts(bag.typeOf(key.id()), raw)) {
                return Violations.add(v, Rules.typeViolation(bag, key, raw));
            }
            value = key.read(bag);
        }
        for (ValueCheck c : checks) {
            v = c.check(bag, value, v);
        }
        return v;
    }
}
