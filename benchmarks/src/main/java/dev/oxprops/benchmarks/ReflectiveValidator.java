package dev.oxprops.benchmarks;

import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.model.AllowedValue;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.specs.oxshare.SharingMessage;
import dev.oxprops.specs.oxshare.SharingMessageModel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The baseline of goal 3: the validator a user would write by hand without the processor. It walks the spec
 * interface by reflection on every call ({@code SharingMessage.class.getMethods()}), and, since the oxprops
 * annotations have CLASS retention and cannot be read at run time, looks each method name up in a rule table it
 * keeps itself (filled once, here from the published {@link SharingMessageModel}, plus the fixed values written out
 * by hand). It checks the same rules as the generated validator: presence per flavor (required, must not / should
 * not), Java type, one-of, fixed, starts-with, zero-length, mirrors (same and hex) and the four implications.
 * Violations are collected as strings in a list.
 */
public final class ReflectiveValidator {
    /** One row of the user's table. */
    static final class Row {
        String method;
        PropertyId id;
        Class<?> javaClass;
        PresenceRule[] perKind;
        PresenceRule otherwise;
        Set<Object> oneOf;
        Object fixed;
        String startsWith;
        boolean zeroLength;
        String mirrorOfMethod;
        MirrorKind mirrorKind;
        boolean mirrorWithSource;
    }

    private static final int[] FLAVORS = {0x00020310, 0x00000310, 0x00020500, 0x00020710, 0x00025100, 0x00023310};
    private static final Map<String, Row> TABLE = new HashMap<>();
    private static final Map<String, String> METHOD_OF_CANONICAL = new HashMap<>();

    static {
        Map<String, Object> fixed = Map.of(
                "contentClass", "Sharing",
                "providerGuid", new byte[] {(byte) 0xAE, (byte) 0xF0, 0x06, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46});
        for (PropertyModel p : SharingMessageModel.SPEC.properties()) {
            METHOD_OF_CANONICAL.put(p.canonicalName(), p.accessorName());
        }
        for (PropertyModel p : SharingMessageModel.SPEC.properties()) {
            Row r = new Row();
            r.method = p.accessorName();
            r.id = p.key().id();
            r.javaClass = p.key().javaClass();
            r.perKind = new PresenceRule[FLAVORS.length];
            for (int k = 0; k < FLAVORS.length; k++) {
                r.perKind[k] = p.applicabilityAt(k).presence();
            }
            r.otherwise = p.otherwise().presence();
            if (!p.allowedValues().isEmpty()) {
                r.oneOf = new HashSet<>();
                for (AllowedValue v : p.allowedValues()) {
                    r.oneOf.add(v.value());
                }
            }
            for (RuleModel rule : p.rules()) {
                if (rule.kind() == RuleKind.FIXED) {
                    r.fixed = fixed.get(r.method);
                } else if (rule.kind() == RuleKind.STARTS_WITH) {
                    r.startsWith = "IPM.Sharing";
                } else if (rule.kind() == RuleKind.ZERO_LENGTH) {
                    r.zeroLength = true;
                }
            }
            if (p.mirror() != null) {
                r.mirrorOfMethod = METHOD_OF_CANONICAL.get(p.mirror().source());
                r.mirrorKind = p.mirror().kind();
                r.mirrorWithSource = p.applicabilityAt(0).presence() == PresenceRule.OPTIONAL;
            }
            TABLE.put(r.method, r);
        }
    }

    /** Every violation, as text; empty for a valid message. */
    public List<String> validate(PropertyBag bag) {
        List<String> out = new ArrayList<>();
        Object flavor = bag.get(TABLE.get("flavor").id);
        int kind = -1;
        for (int k = 0; k < FLAVORS.length; k++) {
            if (flavor instanceof Integer && (Integer) flavor == FLAVORS[k]) {
                kind = k;
            }
        }
        if (kind < 0) {
            out.add("flavor: unknown kind of message " + flavor);
        }
        for (Method m : SharingMessage.class.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Row r = TABLE.get(m.getName());
            if (r == null) {
                continue;
            }
            PresenceRule presence = kind < 0 ? r.otherwise : r.perKind[kind];
            Object value = bag.get(r.id);
            if (value == null) {
                if (presence == PresenceRule.REQUIRED) {
                    out.add(m.getName() + ": required but not set");
                }
                if (r.mirrorOfMethod != null && r.mirrorWithSource && bag.get(TABLE.get(r.mirrorOfMethod).id) != null) {
                    out.add(m.getName() + ": mirror not set but its source is");
                }
                continue;
            }
            if (presence == PresenceRule.MUST_NOT || presence == PresenceRule.SHOULD_NOT) {
                out.add(m.getName() + ": " + presence + " be set");
            }
            if (!r.javaClass.isInstance(value)) {
                out.add(m.getName() + ": wrong type " + value.getClass().getName());
                continue;
            }
            if (r.oneOf != null && !r.oneOf.contains(value)) {
                out.add(m.getName() + ": not one of " + r.oneOf + ": " + value);
            }
            if (r.fixed != null && !(r.fixed instanceof byte[] ? Arrays.equals((byte[]) r.fixed, (byte[]) value)
                    : r.fixed.equals(value))) {
                out.add(m.getName() + ": must be " + r.fixed);
            }
            if (r.startsWith != null && !((String) value).regionMatches(true, 0, r.startsWith, 0, r.startsWith.length())) {
                out.add(m.getName() + ": must start with " + r.startsWith);
            }
            if (r.zeroLength && !((String) value).isEmpty()) {
                out.add(m.getName() + ": must be empty");
            }
            if (r.mirrorOfMethod != null) {
                Object source = bag.get(TABLE.get(r.mirrorOfMethod).id);
                if (source != null && !mirrors(r.mirrorKind, source, value)) {
                    out.add(m.getName() + ": must mirror " + r.mirrorOfMethod + " (" + source + ")");
                }
            }
        }
        Object capabilities = bag.get(TABLE.get("capabilities").id);
        if (kind == 1 && !Integer.valueOf(0x000402B0).equals(capabilities)) {
            out.add("capabilities: must be NOT_SPECIAL_FOLDER for this flavor");
        }
        if (kind >= 0 && kind != 1 && !Integer.valueOf(0x00040290).equals(capabilities)) {
            out.add("capabilities: must be SPECIAL_FOLDER for this flavor");
        }
        boolean type = bag.get(TABLE.get("responseType").id) != null;
        boolean time = bag.get(TABLE.get("responseTime").id) != null;
        if (type != time) {
            out.add("responseType and responseTime: set both or neither");
        }
        return out;
    }

    private static boolean mirrors(MirrorKind kind, Object source, Object mirror) {
        if (kind == MirrorKind.SAME) {
            return source instanceof byte[] && mirror instanceof byte[] ? Arrays.equals((byte[]) source, (byte[]) mirror)
                    : source.equals(mirror);
        }
        if (!(mirror instanceof String)) {
            return false;
        }
        String s = ((String) mirror).trim();
        if (source instanceof byte[]) {
            StringBuilder b = new StringBuilder();
            for (byte x : (byte[]) source) {
                b.append(String.format("%02X", x));
            }
            return b.toString().equalsIgnoreCase(s);
        }
        if (source instanceof Integer) {
            try {
                return Integer.parseUnsignedInt(s, 16) == (Integer) source;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return Long.toHexString(((Number) source).longValue()).toUpperCase(Locale.ROOT).equalsIgnoreCase(s);
    }
}
