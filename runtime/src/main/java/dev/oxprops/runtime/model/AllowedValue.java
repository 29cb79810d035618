package dev.oxprops.runtime.model;

/**
 * One value of a closed set (a {@code @OneOf} or a discriminator value).
 *
 * @param name the Java constant name, e.g. INVITATION_SPECIAL_FOLDER
 * @param value the value, in the Java representation of the property's type
 * @param meaning what the value means, as the spec says
 * @param groups the discriminator groups the value belongs to (empty for other properties)
 */
public record AllowedValue(String name, Object value, String meaning, java.util.List<String> groups) {
    public AllowedValue {
        groups = java.util.List.copyOf(groups);
    }
}
