package dev.oxprops.processor.model;

import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;
import java.util.List;

/**
 * A {@code @Presence} (or an {@code @Ignored}, which is one for every value).
 *
 * @param when names of discriminator values or groups; empty for "every other value"
 */
public record PresenceDef(PresenceRule rule, List<String> when, Receipt receipt, String section, String note) {
    public PresenceDef {
        when = List.copyOf(when);
    }
}
