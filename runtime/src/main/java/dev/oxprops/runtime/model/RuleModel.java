package dev.oxprops.runtime.model;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.validation.RuleKind;

/**
 * A value rule on one property, or a rule across properties, described for people and tools.
 *
 * @param kind the kind of rule
 * @param level its RFC 2119 level
 * @param section the section that states it
 * @param description the rule in words, e.g. {@code begins with "IPM.Note"}
 */
public record RuleModel(RuleKind kind, Level level, String section, String description) {}
