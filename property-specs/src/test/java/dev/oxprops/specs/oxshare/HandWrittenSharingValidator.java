package dev.oxprops.specs.oxshare;

import static dev.oxprops.specs.oxshare.SharingMessageKeys.ANONYMITY;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.CAPABILITIES;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.CONFIGURATION_URL;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.CONTENT_CLASS;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.FLAVOR;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.INITIATOR_ENTRY_ID;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.INITIATOR_NAME;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.INITIATOR_SMTP;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.LOCAL_TYPE;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.MESSAGE_CLASS;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.NORMALIZED_SUBJECT;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.PROVIDER_GUID;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.PROVIDER_NAME;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.PROVIDER_URL;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.REMOTE_NAME;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.REMOTE_STORE_UID;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.REMOTE_TYPE;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.REMOTE_UID;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.RESPONSE_TIME;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.RESPONSE_TYPE;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.SUBJECT_PREFIX;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_CAPABILITIES;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_CONFIG_URL;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_FLAVOR;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_LOCAL_TYPE;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_PROVIDER_GUID;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_PROVIDER_NAME;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_PROVIDER_URL;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_REMOTE_NAME;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_REMOTE_STORE_UID;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_REMOTE_TYPE;
import static dev.oxprops.specs.oxshare.SharingMessageKeys.X_SHARING_REMOTE_UID;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyIdSet;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * MS-OXSHARE's rules written by hand, the way a skilled engineer would without a generator: a switch on the flavor,
 * one direct {@code get} per property, mirrors compared with the values already read and without allocating,
 * violations collected only when there is one. It is the honest anchor of {@code ValidationBenchmark}: the generated
 * {@link SharingMessageValidator} should be as fast. {@code HandWrittenSharingValidatorTest} checks that both report
 * the same violations (property, rule, level, section) on broken variants of every flavor; the wording of the
 * messages is not compared. Like the generated validator it never throws on what a bag holds; unlike it, it reads the
 * flavor only from {@code PidLidSharingFlavor} (no fallback to its mirror for bags that cannot carry it).
 */
public final class HandWrittenSharingValidator {
    public static final HandWrittenSharingValidator INSTANCE = new HandWrittenSharingValidator();

    private static final ValidationReport CLEAN = ValidationReport.clean("MS-OXSHARE");
    private static final int INVITATION_SPECIAL_FOLDER = 0x00020310;
    private static final int INVITATION_FOLDER = 0x00000310;
    private static final int REQUEST = 0x00020500;
    private static final int INVITATION_AND_REQUEST = 0x00020710;
    private static final int DENY = 0x00025100;
    private static final int ACCEPT = 0x00023310;
    private static final int SPECIAL_FOLDER = 0x00040290;
    private static final int NOT_SPECIAL_FOLDER = 0x000402B0;
    private static final byte[] OUTLOOK_PROVIDER = Hex.parseBytes("AEF0060000000000C000000000000046");
    /** The properties of section 2.2.6, which no sharing message should set. */
    private static final PropertyIdSet IGNORED = PropertyIdSet.ofKeys(ignoredKeys());

    /** The properties of section 2.2.3, which only messages that describe a folder carry. */
    private static final PropertyKey<?>[] FOLDER = {REMOTE_NAME, X_SHARING_REMOTE_NAME, REMOTE_STORE_UID,
        X_SHARING_REMOTE_STORE_UID, REMOTE_TYPE, X_SHARING_REMOTE_TYPE, REMOTE_UID, X_SHARING_REMOTE_UID};

    /** How a group of properties applies to a flavor. */
    private enum Use { REQUIRED, OPTIONAL, FORBIDDEN }

    private HandWrittenSharingValidator() {}

    private static PropertyKey<?>[] ignoredKeys() {
        List<PropertyKey<?>> keys = new ArrayList<>();
        boolean after = false;
        for (PropertyKey<?> k : SharingMessageKeys.ALL) {
            if (k == ANONYMITY) {
                after = true; // 2.2.6 starts with PidLidSharingAnonymity and runs to the end of the spec
            }
            if (after) {
                keys.add(k);
            }
        }
        return keys.toArray(new PropertyKey<?>[0]);
    }

    /** Every violation of MS-OXSHARE by the message in {@code bag}. */
    public ValidationReport validate(PropertyBag bag) {
        Found f = null;
        Object flavorRaw = bag.get(FLAVOR.id());
        int flavor = flavorRaw instanceof Integer ? (Integer) flavorRaw : 0;
        Use folder;
        Use response;
        boolean known = true;
        switch (flavor) {
            case INVITATION_SPECIAL_FOLDER:
            case INVITATION_FOLDER:
            case ACCEPT:
                folder = Use.REQUIRED;
                response = Use.FORBIDDEN;
                break;
            case INVITATION_AND_REQUEST:
                folder = Use.REQUIRED;
                response = Use.OPTIONAL;
                break;
            case REQUEST:
                folder = Use.FORBIDDEN;
                response = Use.OPTIONAL;
                break;
            case DENY:
                folder = Use.FORBIDDEN;
                response = Use.FORBIDDEN;
                break;
            default:
                known = false;
                folder = Use.OPTIONAL;
                response = Use.OPTIONAL;
                break;
        }
        if (flavorRaw == null) {
            f = !bag.canCarry(FLAVOR.id(), FLAVOR.type()) ? Found.notCarried(f, FLAVOR)
                    : Found.add(f, new Violation(FLAVOR.canonicalName(), FLAVOR.id(), RuleKind.DISCRIMINATOR, Level.MUST,
                            "2.2.2.5", "is not set, so the kind of message is unknown"));
        }
        Object capabilities = bag.get(CAPABILITIES.id());
        Object responseTime = bag.get(RESPONSE_TIME.id());
        Object responseType = bag.get(RESPONSE_TYPE.id());
        f = common(bag, f, flavorRaw, known, capabilities);
        String localType = stringOrNull(bag.get(LOCAL_TYPE.id()));
        if (folder != Use.FORBIDDEN) {
            f = folder(bag, f, folder == Use.REQUIRED, localType, !known);
        }
        if (response != Use.FORBIDDEN) {
            f = response(bag, f, responseTime, responseType);
        }
        f = forbidden(bag, f, folder == Use.FORBIDDEN, response == Use.FORBIDDEN);
        f = implications(f, known ? flavor : 0, capabilities, responseTime, responseType);
        return f == null ? CLEAN : f.report();
    }

    /** Sections 2.2.1, 2.2.2 and 2.2.5: every flavor. */
    private static Found common(PropertyBag bag, Found f, Object flavorRaw, boolean known, Object capabilities) {
        Object messageClass = bag.get(MESSAGE_CLASS.id());
        if (messageClass == null) {
            f = missing(bag, f, MESSAGE_CLASS, "2.2.5.2", Level.MUST);
        } else if (!(messageClass instanceof String)) {
            f = wrongType(bag, f, MESSAGE_CLASS, messageClass);
        } else if (!isSharingClass((String) messageClass)) {
            f = Found.add(f, new Violation(MESSAGE_CLASS.canonicalName(), MESSAGE_CLASS.id(), RuleKind.MESSAGE_CLASS, Level.MUST,
                    "2.2.5.2", "is \"" + messageClass + "\", must be IPM.Sharing or a class derived from it"));
        }
        f = optionalString(bag, f, SUBJECT_PREFIX);
        f = optionalString(bag, f, NORMALIZED_SUBJECT);
        Object contentClass = bag.get(CONTENT_CLASS.id());
        if (contentClass == null) {
            f = missing(bag, f, CONTENT_CLASS, "2.2.5.1", Level.MUST);
        } else if (!(contentClass instanceof String)) {
            f = wrongType(bag, f, CONTENT_CLASS, contentClass);
        } else if (!"Sharing".equals(contentClass)) {
            f = Found.add(f, value(CONTENT_CLASS, RuleKind.FIXED, "2.2.5.1", "is \"" + contentClass + "\", must be \"Sharing\""));
        }
        int caps = 0;
        boolean capsRead = false;
        if (capabilities == null) {
            f = missing(bag, f, CAPABILITIES, "2.2.2.1", Level.MUST);
        } else if (!(capabilities instanceof Integer)) {
            f = wrongType(bag, f, CAPABILITIES, capabilities);
        } else {
            caps = (Integer) capabilities;
            capsRead = true;
            if (caps != SPECIAL_FOLDER && caps != NOT_SPECIAL_FOLDER) {
                f = Found.add(f, value(CAPABILITIES, RuleKind.ONE_OF, "2.2.2.1", "is " + Hex.ofInt(caps) + ", not one of its values"));
            }
        }
        f = hexOfInt(bag, f, X_SHARING_CAPABILITIES, "2.2.2.2", capsRead, caps);
        Object configurationUrl = bag.get(CONFIGURATION_URL.id());
        String url = null;
        if (configurationUrl == null) {
            f = missing(bag, f, CONFIGURATION_URL, "2.2.2.3", Level.MUST);
        } else if (!(configurationUrl instanceof String)) {
            f = wrongType(bag, f, CONFIGURATION_URL, configurationUrl);
        } else {
            url = (String) configurationUrl;
            if (!url.isEmpty()) {
                f = Found.add(f, value(CONFIGURATION_URL, RuleKind.ZERO_LENGTH, "2.2.2.3", "is \"" + url + "\", must be empty"));
            }
        }
        f = sameString(bag, f, X_SHARING_CONFIG_URL, "2.2.2.4", true, url, CONFIGURATION_URL);
        int flavor = 0;
        boolean flavorRead = false;
        if (flavorRaw == null) {
            if (known) {
                f = missing(bag, f, FLAVOR, "2.2.2.5", Level.MUST);
            }
        } else if (!(flavorRaw instanceof Integer)) {
            f = wrongType(bag, f, FLAVOR, flavorRaw);
        } else {
            flavor = (Integer) flavorRaw;
            flavorRead = true;
            if (!known) {
                f = Found.add(f, value(FLAVOR, RuleKind.ONE_OF, "2.2.2.5", "is " + Hex.ofInt(flavor) + ", not one of its values"));
            }
        }
        f = hexOfInt(bag, f, X_SHARING_FLAVOR, "2.2.2.6", flavorRead, flavor);
        f = required(bag, f, INITIATOR_ENTRY_ID, "2.2.2.7", byte[].class);
        f = required(bag, f, INITIATOR_NAME, "2.2.2.8", String.class);
        f = required(bag, f, INITIATOR_SMTP, "2.2.2.9", String.class);
        Object localTypeRaw = bag.get(LOCAL_TYPE.id());
        String localType = null;
        if (localTypeRaw == null) {
            f = missing(bag, f, LOCAL_TYPE, "2.2.2.10", Level.MUST);
        } else if (!(localTypeRaw instanceof String)) {
            f = wrongType(bag, f, LOCAL_TYPE, localTypeRaw);
        } else {
            localType = (String) localTypeRaw;
            switch (localType) {
                case "IPF.Appointment":
                case "IPF.Contact":
                case "IPF.Task":
                case "IPF.StickyNote":
                case "IPF.Journal":
                    break;
                default:
                    f = Found.add(f, value(LOCAL_TYPE, RuleKind.ONE_OF, "2.2.2.10", "is \"" + localType + "\", not a folder type"));
            }
        }
        f = sameString(bag, f, X_SHARING_LOCAL_TYPE, "2.2.2.11", true, localType, LOCAL_TYPE);
        f = provider(bag, f);
        String providerName = stringOrNull(bag.get(PROVIDER_NAME.id()));
        f = optionalString(bag, f, PROVIDER_NAME);
        f = sameStringWithSource(bag, f, X_SHARING_PROVIDER_NAME, "2.2.2.15", providerName, PROVIDER_NAME);
        String providerUrl = stringOrNull(bag.get(PROVIDER_URL.id()));
        f = optionalString(bag, f, PROVIDER_URL);
        return sameStringWithSource(bag, f, X_SHARING_PROVIDER_URL, "2.2.2.17", providerUrl, PROVIDER_URL);
    }

    /** PidLidSharingProviderGuid (fixed; stored as binary or as a GUID) and its hexadecimal mirror. */
    private static Found provider(PropertyBag bag, Found f) {
        Object raw = bag.get(PROVIDER_GUID.id());
        byte[] guid = null;
        if (raw == null) {
            f = missing(bag, f, PROVIDER_GUID, "2.2.2.12", Level.MUST);
        } else if (raw instanceof byte[]) {
            guid = (byte[]) raw;
        } else if (raw instanceof UUID) {
            guid = Guids.toBytes((UUID) raw);
        } else {
            f = wrongType(bag, f, PROVIDER_GUID, raw);
        }
        if (guid != null && !java.util.Arrays.equals(guid, OUTLOOK_PROVIDER)) {
            f = Found.add(f, value(PROVIDER_GUID, RuleKind.FIXED, "2.2.2.12", "is " + Hex.ofBytes(guid) + ", must be the Outlook provider"));
        }
        Object mirror = bag.get(X_SHARING_PROVIDER_GUID.id());
        if (mirror == null) {
            return missing(bag, f, X_SHARING_PROVIDER_GUID, "2.2.2.13", Level.MUST);
        }
        if (!(mirror instanceof String)) {
            return wrongType(bag, f, X_SHARING_PROVIDER_GUID, mirror);
        }
        String hex = (String) mirror;
        if (guid != null) {
            return Hex.matchesBytes(hex, guid) ? f : mirrorViolation(f, X_SHARING_PROVIDER_GUID, "2.2.2.13", PROVIDER_GUID);
        }
        boolean sourceReadable = raw != null && PROVIDER_GUID.accepts(bag.typeOf(PROVIDER_GUID.id()), raw);
        if (!sourceReadable && (hex.length() != 32 || !Hex.isHex(hex))) {
            f = Found.add(f, value(X_SHARING_PROVIDER_GUID, RuleKind.FORMAT, "2.2.2.13", "is \"" + hex + "\", must be 32 hex digits"));
        }
        return f;
    }

    /** Section 2.2.3: required when the message describes a folder, optional when the flavor is unknown. */
    private static Found folder(PropertyBag bag, Found f, boolean required, String localType, boolean unknownKind) {
        Object remoteName = bag.get(REMOTE_NAME.id());
        f = presence(bag, f, REMOTE_NAME, "2.2.3.1", required, remoteName, String.class);
        f = sameString(bag, f, X_SHARING_REMOTE_NAME, "2.2.3.2", required, stringOrNull(remoteName), REMOTE_NAME);
        Object storeUid = bag.get(REMOTE_STORE_UID.id());
        f = presence(bag, f, REMOTE_STORE_UID, "2.2.3.3", required, storeUid, String.class);
        f = sameString(bag, f, X_SHARING_REMOTE_STORE_UID, "2.2.3.4", required, stringOrNull(storeUid), REMOTE_STORE_UID);
        Object remoteType = bag.get(REMOTE_TYPE.id());
        f = presence(bag, f, REMOTE_TYPE, "2.2.3.5", required, remoteType, String.class);
        if (remoteType instanceof String && localType != null && !localType.equals(remoteType)) {
            f = mirrorViolation(f, REMOTE_TYPE, "2.2.3.5", LOCAL_TYPE);
        }
        f = sameString(bag, f, X_SHARING_REMOTE_TYPE, "2.2.3.6", required, stringOrNull(remoteType), REMOTE_TYPE);
        Object remoteUid = bag.get(REMOTE_UID.id());
        f = presence(bag, f, REMOTE_UID, "2.2.3.7", required, remoteUid, String.class);
        return sameString(bag, f, X_SHARING_REMOTE_UID, "2.2.3.8", required, stringOrNull(remoteUid), REMOTE_UID);
    }

    /** Section 2.2.4 for requests (and unknown flavors): both optional. */
    private static Found response(PropertyBag bag, Found f, Object time, Object type) {
        if (time != null && !(time instanceof java.time.Instant)) {
            f = wrongType(bag, f, RESPONSE_TIME, time);
        }
        if (type == null) {
            return f;
        }
        if (!(type instanceof Integer)) {
            return wrongType(bag, f, RESPONSE_TYPE, type);
        }
        int t = (Integer) type;
        return t == 1 || t == 2 ? f : Found.add(f, value(RESPONSE_TYPE, RuleKind.ONE_OF, "2.2.4.2", "is " + Hex.ofInt(t) + ", not 1 or 2"));
    }

    /** The properties the flavor forbids: 2.2.3 (SHOULD NOT), 2.2.4 (MUST NOT), and always those of 2.2.6 (SHOULD NOT). */
    private static Found forbidden(PropertyBag bag, Found f, boolean folder, boolean response) {
        if (response) {
            f = setButForbidden(bag, f, RESPONSE_TIME, Level.MUST_NOT, "2.2.4");
            f = setButForbidden(bag, f, RESPONSE_TYPE, Level.MUST_NOT, "2.2.4");
        }
        if (folder) {
            for (PropertyKey<?> k : FOLDER) {
                f = setButForbidden(bag, f, k, Level.SHOULD_NOT, "2.2.3");
            }
        }
        if (IGNORED.anyIn(bag)) {
            for (PropertyKey<?> k : SharingMessageKeys.ALL) {
                if (IGNORED.contains(k.id())) {
                    f = setButForbidden(bag, f, k, Level.SHOULD_NOT, "2.2.6");
                }
            }
        }
        return f;
    }

    /** Section 2.2.2.1 (the capabilities follow the flavor) and 3.1.4.3 (a response sets both 2.2.4 properties). */
    private static Found implications(Found f, int flavor, Object capabilities, Object time, Object type) {
        if (flavor != 0 && (capabilities == null || capabilities instanceof Integer)) {
            int expected = flavor == INVITATION_FOLDER ? NOT_SPECIAL_FOLDER : SPECIAL_FOLDER;
            if (capabilities == null || (Integer) capabilities != expected) {
                f = Found.add(f, new Violation(CAPABILITIES.canonicalName(), CAPABILITIES.id(), RuleKind.IMPLIES, Level.MUST,
                        "2.2.2.1", "does not match the flavor"));
            }
        }
        boolean timeOk = time == null || time instanceof java.time.Instant;
        boolean typeOk = type == null || type instanceof Integer;
        if (timeOk && typeOk && (time == null) != (type == null)) {
            PropertyKey<?> missing = time == null ? RESPONSE_TIME : RESPONSE_TYPE;
            f = Found.add(f, new Violation(missing.canonicalName(), missing.id(), RuleKind.IMPLIES, Level.MUST, "3.1.4.3",
                    "is not set, but the other property of 2.2.4 is"));
        }
        return f;
    }

    private static boolean isSharingClass(String s) {
        int n = "IPM.Sharing".length();
        return s.length() == n ? s.equalsIgnoreCase("IPM.Sharing")
                : s.length() > n && s.charAt(n) == '.' && s.regionMatches(true, 0, "IPM.Sharing", 0, n);
    }

    private static String stringOrNull(Object raw) {
        return raw instanceof String ? (String) raw : null;
    }

    private static Found required(PropertyBag bag, Found f, PropertyKey<?> key, String section, Class<?> type) {
        return presence(bag, f, key, section, true, bag.get(key.id()), type);
    }

    private static Found optionalString(PropertyBag bag, Found f, PropertyKey<?> key) {
        Object raw = bag.get(key.id());
        return raw == null || raw instanceof String ? f : wrongType(bag, f, key, raw);
    }

    private static Found presence(PropertyBag bag, Found f, PropertyKey<?> key, String section, boolean required, Object raw,
            Class<?> type) {
        if (raw == null) {
            return required ? missing(bag, f, key, section, Level.MUST) : f;
        }
        return type.isInstance(raw) ? f : wrongType(bag, f, key, raw);
    }

    /** A hexadecimal mirror of an integer: present when required, of hex digits, and equal to its source when read. */
    private static Found hexOfInt(PropertyBag bag, Found f, PropertyKey<?> mirror, String section, boolean sourceRead, int source) {
        Object raw = bag.get(mirror.id());
        if (raw == null) {
            return missing(bag, f, mirror, section, Level.MUST);
        }
        if (!(raw instanceof String)) {
            return wrongType(bag, f, mirror, raw);
        }
        String hex = (String) raw;
        if (sourceRead) {
            return Hex.matchesUnsigned(hex, source & 0xFFFFFFFFL) ? f : mirrorViolation(f, mirror, section, sourceOf(mirror));
        }
        if (hex.isEmpty() || hex.length() > 8 || !Hex.isHex(hex)) {
            f = Found.add(f, value(mirror, RuleKind.FORMAT, section, "is \"" + hex + "\", must be 1 to 8 hex digits"));
        }
        return f;
    }

    private static PropertyKey<?> sourceOf(PropertyKey<?> mirror) {
        return mirror == X_SHARING_FLAVOR ? FLAVOR : CAPABILITIES;
    }

    /** A mirror holding the same string as its source. */
    private static Found sameString(PropertyBag bag, Found f, PropertyKey<?> mirror, String section, boolean required, String source,
            PropertyKey<?> sourceKey) {
        Object raw = bag.get(mirror.id());
        if (raw == null) {
            return required ? missing(bag, f, mirror, section, Level.MUST) : f;
        }
        if (!(raw instanceof String)) {
            return wrongType(bag, f, mirror, raw);
        }
        return source == null || source.equals(raw) ? f : mirrorViolation(f, mirror, section, sourceKey);
    }

    /** An optional mirror that must be set when its source is. */
    private static Found sameStringWithSource(PropertyBag bag, Found f, PropertyKey<?> mirror, String section, String source,
            PropertyKey<?> sourceKey) {
        Object raw = bag.get(mirror.id());
        if (raw == null) {
            return source == null || !bag.canCarry(mirror.id(), mirror.type()) ? f
                    : Found.add(f, new Violation(mirror.canonicalName(), mirror.id(), RuleKind.MIRROR, Level.MUST, section,
                            "is not set, but " + sourceKey.canonicalName() + " is"));
        }
        if (!(raw instanceof String)) {
            return wrongType(bag, f, mirror, raw);
        }
        return source == null || source.equals(raw) ? f : mirrorViolation(f, mirror, section, sourceKey);
    }

    private static Found setButForbidden(PropertyBag bag, Found f, PropertyKey<?> key, Level level, String section) {
        Object raw = bag.get(key.id());
        return raw == null ? f : Found.add(f, new Violation(key.canonicalName(), key.id(), RuleKind.PRESENCE, level, section,
                "is set but " + level.text() + " be set on this kind of message"));
    }

    private static Found missing(PropertyBag bag, Found f, PropertyKey<?> key, String section, Level level) {
        if (!bag.canCarry(key.id(), key.type())) {
            return Found.notCarried(f, key);
        }
        return Found.add(f, new Violation(key.canonicalName(), key.id(), RuleKind.PRESENCE, level, section, "is not set"));
    }

    /** A value of an unexpected class: a violation unless the key reads it (a PtypGuid where binary is declared). */
    private static Found wrongType(PropertyBag bag, Found f, PropertyKey<?> key, Object raw) {
        if (key.accepts(bag.typeOf(key.id()), raw)) {
            return f;
        }
        return Found.add(f, new Violation(key.canonicalName(), key.id(), RuleKind.TYPE, Level.MUST, key.section(),
                "must be " + key.type() + " but the bag holds a " + raw.getClass().getSimpleName()));
    }

    private static Found mirrorViolation(Found f, PropertyKey<?> mirror, String section, PropertyKey<?> source) {
        return Found.add(f, new Violation(mirror.canonicalName(), mirror.id(), RuleKind.MIRROR, Level.MUST, section,
                "does not mirror " + source.canonicalName()));
    }

    private static Violation value(PropertyKey<?> key, RuleKind rule, String section, String message) {
        return new Violation(key.canonicalName(), key.id(), rule, Level.MUST, section, message);
    }

    /** The violations found so far; created with the first. */
    private static final class Found {
        private final List<Violation> violations = new ArrayList<>();
        private List<String> notCarried;

        static Found add(Found f, Violation v) {
            Found out = f == null ? new Found() : f;
            out.violations.add(v);
            return out;
        }

        static Found notCarried(Found f, PropertyKey<?> key) {
            Found out = f == null ? new Found() : f;
            if (out.notCarried == null) {
                out.notCarried = new ArrayList<>();
            }
            out.notCarried.add(key.canonicalName());
            return out;
        }

        ValidationReport report() {
            return new ValidationReport("MS-OXSHARE", violations, notCarried == null ? List.of() : notCarried);
        }
    }
}
