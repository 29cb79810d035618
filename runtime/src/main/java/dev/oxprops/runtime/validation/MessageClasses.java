package dev.oxprops.runtime.validation;

/**
 * Message-class families as MAPI compares them: a class belongs to family {@code X} when it is {@code X} or begins with
 * {@code X.} (so {@code IPM.Appointment.Custom} is a Calendar object and {@code IPM.AppointmentX} is not), case
 * ignored.
 */
public final class MessageClasses {
    private MessageClasses() {}

    /** Whether {@code messageClass} is {@code family} or derived from it. */
    public static boolean inFamily(String messageClass, String family) {
        int n = family.length();
        if (messageClass.length() == n) {
            return messageClass.equalsIgnoreCase(family);
        }
        return messageClass.length() > n && messageClass.charAt(n) == '.' && messageClass.regionMatches(true, 0, family, 0, n);
    }

    /** Whether {@code messageClass} is in one of {@code families}. */
    public static boolean inAnyFamily(String messageClass, String... families) {
        for (String f : families) {
            if (inFamily(messageClass, f)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code messageClass} is one of {@code classes}, case ignored. */
    public static boolean isAnyOf(String messageClass, String... classes) {
        for (String c : classes) {
            if (messageClass.equalsIgnoreCase(c)) {
                return true;
            }
        }
        return false;
    }
}
