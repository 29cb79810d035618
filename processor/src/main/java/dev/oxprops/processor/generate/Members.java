package dev.oxprops.processor.generate;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The names one generated class (or one of its name spaces: methods, fields, nested types) uses. Names made from a
 * user's names are allocated here, never concatenated and used as they come: two values {@code A} and
 * {@code A_FORBIDDEN} would otherwise both give a method {@code kindAForbidden}. The first free candidate is
 * taken; when all are taken, the last with a number ({@code getKindEnum2}).
 */
final class Members {
    private final Set<String> taken;

    Members(Collection<String> reserved) {
        this.taken = new HashSet<>(reserved);
    }

    Members() {
        this.taken = new HashSet<>();
    }

    boolean isTaken(String name) {
        return taken.contains(name);
    }

    /** Takes {@code name} as it is (a name the generated API promises); returns it. */
    String reserve(String name) {
        taken.add(name);
        return name;
    }

    /** The first candidate not taken yet, else the last one numbered from 2; taken from now on. */
    String allocate(String... candidates) {
        for (String c : candidates) {
            if (taken.add(c)) {
                return c;
            }
        }
        String last = candidates[candidates.length - 1];
        for (int n = 2; ; n++) {
            String c = last + n;
            if (taken.add(c)) {
                return c;
            }
        }
    }
}
