package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.structure.StructureCodec;
import dev.oxprops.runtime.support.Rule;
import dev.oxprops.runtime.support.Violations;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.SpecValidator;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.ExtraRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * [MS-OXOCAL] validated whole: the generated {@link AppointmentMessageValidator} plus the rules of one message that the
 * annotations cannot say yet, written by hand in the pattern of {@link MeetingMessages} (one method per rule, every
 * violation reported with property, kind, level and section, nothing thrown):
 * <ul>
 *   <li>2.2.1.9: an all-day event starts and ends at midnight, a whole number of days and at least one apart;</li>
 *   <li>2.2.1.28: PidLidCleanGlobalObjectId is PidLidGlobalObjectId with the year, month and day zero;</li>
 *   <li>2.2.1.15: a series that never ends (its recurrence pattern's EndType) has the clip end 4500-08-31 23:59.</li>
 * </ul>
 */
public final class CalendarChecks implements SpecValidator {
    /** The validator. */
    public static final CalendarChecks INSTANCE = new CalendarChecks();

    /** PidLidClipEnd of a recurring series that has no end (2.2.1.15). */
    public static final Instant NO_END = Instant.parse("4500-08-31T23:59:00Z");

    /** The attendee lists of 2.2.1.16 to 2.2.1.18. */
    private static final List<PropertyKey<String>> ATTENDEE_LISTS = List.of(AppointmentMessageKeys.ALL_ATTENDEES_STRING,
            AppointmentMessageKeys.TO_ATTENDEES_STRING, AppointmentMessageKeys.CC_ATTENDEES_STRING);

    /** The rules this class adds to the generated ones, as data (for documentation and counts). */
    public static final List<RuleModel> RULES = rules();

    private static final List<Rule> CHECKS = checks();

    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private CalendarChecks() {}

    @Override
    public String specId() {
        return "MS-OXOCAL";
    }

    /** The generated validator's report with the violations of the hand-written rules added. */
    @Override
    public ValidationReport validate(PropertyBag bag) {
        return ExtraRules.merge(AppointmentMessageValidator.INSTANCE.validate(bag), bag, CHECKS);
    }

    private static List<RuleModel> rules() {
        List<RuleModel> out = new ArrayList<>();
        out.add(new RuleModel(RuleKind.COMPARE, Level.MUST, "2.2.1.9",
                "an all-day event (PidLidAppointmentSubType TRUE) lasts a whole number of days, at least one"));
        out.add(new RuleModel(RuleKind.MIRROR, Level.MUST, "2.2.1.28",
                "PidLidCleanGlobalObjectId is PidLidGlobalObjectId with the year, month and day zero"));
        out.add(new RuleModel(RuleKind.FIXED, Level.MUST, "2.2.1.15",
                "a recurring series that never ends has PidLidClipEnd 4500-08-31 23:59 UTC"));
        for (PropertyKey<String> key : ATTENDEE_LISTS) {
            out.add(new RuleModel(RuleKind.FORMAT, Level.SHOULD, key.section(),
                    key.canonicalName() + " is a list of display names separated by a semicolon and a space"));
        }
        out.add(new RuleModel(RuleKind.IMPLIES, Level.SHOULD, "2.2.1.16",
                "every attendee of PidLidToAttendeesString and PidLidCcAttendeesString is in PidLidAllAttendeesString"));
        return List.copyOf(out);
    }

    private static List<Rule> checks() {
        List<Rule> out = new ArrayList<>();
        out.add(CalendarChecks::allDay);
        out.add(CalendarChecks::cleanGlobalObjectId);
        out.add(CalendarChecks::endlessSeries);
        for (PropertyKey<String> key : ATTENDEE_LISTS) {
            out.add((bag, v) -> attendeeList(bag, key, v));
        }
        out.add(CalendarChecks::attendeesInAll);
        return List.copyOf(out);
    }

    /** 2.2.1.9: start and end both midnight, so the event lasts whole days, at least one (errata O-D8). */
    static Violations allDay(PropertyBag bag, Violations v) {
        Instant start = value(bag, AppointmentMessageKeys.APPOINTMENT_START_WHOLE, Instant.class);
        Instant end = value(bag, AppointmentMessageKeys.APPOINTMENT_END_WHOLE, Instant.class);
        if (!Boolean.TRUE.equals(value(bag, AppointmentMessageKeys.APPOINTMENT_SUB_TYPE, Boolean.class))
                || start == null || end == null) {
            return v;
        }
        Duration span = Duration.between(start, end);
        long hours = span.toHours();
        boolean wholeHours = span.equals(Duration.ofHours(hours));
        long rest = Math.floorMod(hours, 24);
        // a midnight-to-midnight span across a daylight-saving change is one hour longer or shorter in UTC
        boolean days = wholeHours && (rest == 0 || rest == 1 || rest == 23) && span.compareTo(DAY.minus(HOUR)) >= 0;
        if (days) {
            return v;
        }
        return Violations.add(v, violation(AppointmentMessageKeys.APPOINTMENT_SUB_TYPE, RuleKind.COMPARE, "2.2.1.9",
                "an all-day event starts and ends at midnight, a whole number of days apart (at least one), but "
                        + start + " to " + end + " is " + span));
    }

    /** 2.2.1.28: the clean identity is the identity with YH, YL, M and D zero. */
    static Violations cleanGlobalObjectId(PropertyBag bag, Violations v) {
        GlobalObjectId id = decoded(bag, AppointmentMessageKeys.GLOBAL_OBJECT_ID);
        GlobalObjectId clean = decoded(bag, AppointmentMessageKeys.CLEAN_GLOBAL_OBJECT_ID);
        if (clean == null) {
            return v;
        }
        boolean zero = clean.year() == 0 && clean.month() == 0 && clean.day() == 0;
        boolean same = id == null || Arrays.equals(GlobalObjectIdCodec.INSTANCE.encode(clean),
                GlobalObjectIdCodec.INSTANCE.encode(new GlobalObjectIdRecord(id.byteArrayId(), 0, 0, 0, id.creationTime(),
                        id.reserved(), id.size(), id.data())));
        if (zero && same) {
            return v;
        }
        return Violations.add(v, violation(AppointmentMessageKeys.CLEAN_GLOBAL_OBJECT_ID, RuleKind.MIRROR, "2.2.1.28",
                zero ? "must be PidLidGlobalObjectId with the year, month and day zero, but differs from it elsewhere"
                        : "must have the year, month and day zero, but has " + clean.year() + "-" + clean.month() + "-"
                                + clean.day()));
    }

    /** 2.2.1.15: the clip end of a series that never ends. */
    static Violations endlessSeries(PropertyBag bag, Violations v) {
        Instant clipEnd = value(bag, AppointmentMessageKeys.CLIP_END, Instant.class);
        AppointmentRecurrencePattern pattern = decoded(bag, AppointmentMessageKeys.APPOINTMENT_RECUR);
        if (clipEnd == null || pattern == null
                || !Boolean.TRUE.equals(value(bag, AppointmentMessageKeys.RECURRING, Boolean.class))) {
            return v;
        }
        int endType = pattern.recurrencePattern().endType();
        if ((endType != 0x00002023 && endType != 0xFFFFFFFF) || clipEnd.equals(NO_END)) {
            return v;
        }
        return Violations.add(v, violation(AppointmentMessageKeys.CLIP_END, RuleKind.FIXED, "2.2.1.15",
                "the series never ends (EndType 0x" + Integer.toHexString(endType).toUpperCase(java.util.Locale.ROOT)
                        + "), so PidLidClipEnd must be " + NO_END + ", not " + clipEnd));
    }

    /** 2.2.1.16 to 2.2.1.18: display names separated by "; " (errata O-D17): no empty entry, no other semicolon. */
    static Violations attendeeList(PropertyBag bag, PropertyKey<String> key, Violations v) {
        String list = value(bag, key, String.class);
        if (list == null || wellFormedList(list)) {
            return v;
        }
        return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.FORMAT, Level.SHOULD, key.section(),
                "is not a list of display names separated by \"; \": \"" + list + "\""));
    }

    /** 2.2.1.16: the required and optional attendees are among all attendees (errata O-D17). */
    static Violations attendeesInAll(PropertyBag bag, Violations v) {
        String all = value(bag, AppointmentMessageKeys.ALL_ATTENDEES_STRING, String.class);
        if (all == null || !wellFormedList(all)) {
            return v;
        }
        List<String> everyone = entries(all);
        List<String> missing = new ArrayList<>();
        for (PropertyKey<String> key : List.of(AppointmentMessageKeys.TO_ATTENDEES_STRING, AppointmentMessageKeys.CC_ATTENDEES_STRING)) {
            String list = value(bag, key, String.class);
            if (list != null && !list.isEmpty() && wellFormedList(list)) {
                entries(list).stream().filter(e -> !everyone.contains(e)).forEach(missing::add);
            }
        }
        if (missing.isEmpty()) {
            return v;
        }
        return Violations.add(v, new Violation(AppointmentMessageKeys.ALL_ATTENDEES_STRING.canonicalName(),
                AppointmentMessageKeys.ALL_ATTENDEES_STRING.id(), RuleKind.IMPLIES, Level.SHOULD, "2.2.1.16",
                "lists every sendable attendee, but not " + missing));
    }

    private static boolean wellFormedList(String list) {
        return list.isEmpty() || entries(list).stream().noneMatch(e -> e.isBlank() || e.contains(";"));
    }

    private static List<String> entries(String list) {
        return Arrays.asList(list.split("; ", -1));
    }

    /** The decoded structure of a binary property, or {@code null} when absent or malformed (another rule says so). */
    private static <T> T decoded(PropertyBag bag, PropertyKey<byte[]> key) {
        byte[] bytes = value(bag, key, byte[].class);
        if (bytes == null) {
            return null;
        }
        try {
            @SuppressWarnings("unchecked")
            T t = (T) codecOf(key).decode(bytes);
            return t;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static StructureCodec<?> codecOf(PropertyKey<byte[]> key) {
        return key == AppointmentMessageKeys.APPOINTMENT_RECUR ? AppointmentRecurrencePatternCodec.INSTANCE
                : GlobalObjectIdCodec.INSTANCE;
    }

    private static <T> T value(PropertyBag bag, PropertyKey<?> key, Class<T> type) {
        Object o;
        try {
            o = bag.get(key.id());
        } catch (RuntimeException e) {
            return null;
        }
        return type.isInstance(o) ? type.cast(o) : null;
    }

    private static Violation violation(PropertyKey<?> key, RuleKind kind, String section, String message) {
        return new Violation(key.canonicalName(), key.id(), kind, Level.MUST, section, message);
    }
}
