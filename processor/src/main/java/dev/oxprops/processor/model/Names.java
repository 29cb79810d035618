package dev.oxprops.processor.model;

import java.util.Locale;

/** Java names derived from spec method names. */
public final class Names {
    private Names() {}

    /** The name of the generated constant that holds a property set's GUID, e.g. SET_PSETID_COMMON. */
    public static String setConstant(String setName) {
        // a loop, not replaceAll: the generator asks for every property of a set (a regex compiles on each call)
        String upper = setName.toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(upper.length() + 4).append("SET_");
        upper.codePoints().forEach(c -> b.append(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' ? (char) c : '_'));
        return b.toString();
    }

    /** {@code xMessageFlag} gives {@code X_MESSAGE_FLAG}; {@code remoteUid} gives {@code REMOTE_UID}. */
    public static String constant(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(camel.charAt(i - 1))
                    || Character.isDigit(camel.charAt(i - 1))
                    || i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1)) && Character.isUpperCase(camel.charAt(i - 1)))) {
                b.append('_');
            }
            b.append(Character.toUpperCase(c));
        }
        return b.toString();
    }

    /** {@code flavor} gives {@code Flavor}. */
    public static String capitalized(String camel) {
        return camel.isEmpty() ? camel : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }
}
