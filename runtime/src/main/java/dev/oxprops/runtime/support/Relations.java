package dev.oxprops.runtime.support;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.Op;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.Violation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Rules that compare two properties of one message ({@code @Compare}): {@code left op right [+|- offset]}. Reading and
 * comparing allocate nothing; only a violation does.
 */
public final class Relations {
    private Relations() {}

    /**
     * {@code left op right + sign * offset}, the offset (an integer property, or null for none) counted in {@code unit}
     * when the sides are times. Checked when both sides and the offset are present and readable and {@code when}
     * (null: always) holds.
     *
     * @param sign +1 (plus) or -1 (minus); ignored without offset
     */
    public static Rule compare(PropertyKey<?> left, Op op, PropertyKey<?> right, PropertyKey<?> offset, int sign,
            ChronoUnit unit, Condition when, Level level, String section, String note) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(right, "right");
        long unitSeconds = unit == null ? 60 : unit.getDuration().getSeconds();
        String sec = section == null || section.isEmpty() ? left.section() : section;
        String because = note == null || note.isEmpty() ? "" : " (" + note + ")";
        return (bag, v) -> {
            if (when != null && (!when.decidable(bag) || !when.test(bag))) {
                return v;
            }
            Object l = Rules.readable(bag, left);
            Object r = Rules.readable(bag, right);
            Object o = offset == null ? null : Rules.readable(bag, offset);
            if (l == null || r == null || (offset != null && !(o instanceof Number))) {
                return v;
            }
            long delta = o == null ? 0 : sign * ((Number) o).longValue();
            Integer c = compare(l, r, delta, unitSeconds);
            if (c == null || op.holds(c)) {
                return v;
            }
            return Violations.add(v, new Violation(left.canonicalName(), left.id(), RuleKind.COMPARE, level, sec,
                    describeFailure(bag, left, op, right, offset, sign, unit, l, r, o) + because));
        };
    }

    /** The sign of {@code l - (r + delta)}, or null when the values cannot be compared. */
    static Integer compare(Object l, Object r, long delta, long unitSeconds) {
        if (l instanceof Instant && r instanceof Instant) {
            Instant a = (Instant) l;
            Instant b = (Instant) r;
            long bSeconds;
            try {
                bSeconds = Math.addExact(b.getEpochSecond(), Math.multiplyExact(delta, unitSeconds));
            } catch (ArithmeticException e) {
                return delta > 0 ? -1 : 1;
            }
            int s = Long.compare(a.getEpochSecond(), bSeconds);
            return s != 0 ? s : Integer.compare(a.getNano(), b.getNano());
        }
        if (isIntegral(l) && isIntegral(r)) {
            long b = ((Number) r).longValue();
            long sum = b + delta;
            if (((b ^ sum) & (delta ^ sum)) < 0) {
                return delta > 0 ? -1 : 1; // overflow: the right side is beyond any long
            }
            return Long.compare(((Number) l).longValue(), sum);
        }
        if (l instanceof Number && r instanceof Number) {
            return Double.compare(((Number) l).doubleValue(), ((Number) r).doubleValue() + delta);
        }
        return null;
    }

    private static boolean isIntegral(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte;
    }

    private static String describeFailure(PropertyBag bag, PropertyKey<?> left, Op op, PropertyKey<?> right,
            PropertyKey<?> offset, int sign, ChronoUnit unit, Object l, Object r, Object o) {
        StringBuilder b = new StringBuilder("is ").append(MapiValues.format(left.type(), l)).append(", must be ")
                .append(op.symbol()).append(' ').append(right.canonicalName());
        if (offset != null) {
            b.append(sign > 0 ? " + " : " - ").append(offset.canonicalName());
            if (l instanceof Instant) {
                b.append(' ').append(unit.toString().toLowerCase(java.util.Locale.ROOT));
            }
        }
        b.append(" (").append(MapiValues.format(right.type(), r));
        if (offset != null) {
            b.append(sign > 0 ? " + " : " - ").append(o);
        }
        return b.append(')').toString();
    }

    /** In words, for documentation: {@code PidLidX >= PidLidY - PidLidZ minutes}. */
    public static String describe(String left, Op op, String right, String offset, int sign, ChronoUnit unit) {
        String s = left + " " + op.symbol() + " " + right;
        if (offset != null && !offset.isEmpty()) {
            s += (sign > 0 ? " + " : " - ") + offset + " (" + unit.toString().toLowerCase(java.util.Locale.ROOT)
                    + " when times)";
        }
        return s;
    }
}
