package dev.oxprops.runtime.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of validating one message against one spec: every violation found (a validator never
 * stops at the first), and the properties whose rules could not be checked because the bag cannot
 * carry them (a MIME message carries only Internet headers; those are not reported as missing).
 *
 * @param specId the document id of the spec validated against
 * @param violations every violation: the properties the kind of message allows in the order the spec declares
 *     them, then the properties it forbids, then the rules across properties
 * @param notCarried canonical names of properties the bag cannot carry, whose rules were skipped
 */
public record ValidationReport(String specId, List<Violation> violations, List<String> notCarried) {
    public ValidationReport {
        Objects.requireNonNull(specId, "specId");
        violations = List.copyOf(violations);
        notCarried = List.copyOf(notCarried);
    }

    /** A report with nothing in it. */
    public static ValidationReport clean(String specId) {
        return new ValidationReport(specId, List.of(), List.of());
    }

    /** Whether no MUST or MUST NOT rule is broken (SHOULD-level findings may remain). */
    public boolean isConformant() {
        for (Violation v : violations) {
            if (v.isMandatory()) {
                return false;
            }
        }
        return true;
    }

    /** Whether no rule at all is broken. */
    public boolean isClean() {
        return violations.isEmpty();
    }

    /** The violations of MUST and MUST NOT rules. */
    public List<Violation> mandatory() {
        return violations.stream().filter(Violation::isMandatory).collect(Collectors.toUnmodifiableList());
    }

    /** The violations concerning one property. */
    public List<Violation> about(String canonicalName) {
        return violations.stream().filter(v -> v.property().equals(canonicalName))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The spec id and the count of violations ("no violations" when there is none), then one line per violation,
     * then the properties not carried.
     */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(specId).append(": ");
        if (violations.isEmpty()) {
            b.append("no violations");
        } else {
            b.append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
            for (Violation v : violations) {
                b.append("\n  ").append(v);
            }
        }
        if (!notCarried.isEmpty()) {
            b.append("\n  not carried by this backend (not checked): ").append(String.join(", ", notCarried));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
