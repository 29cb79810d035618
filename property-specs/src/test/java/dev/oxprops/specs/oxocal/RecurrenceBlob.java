package dev.oxprops.specs.oxocal;

import dev.oxprops.runtime.codec.Hex;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader of the value of PidLidAppointmentRecur, the AppointmentRecurrencePattern structure of [MS-OXOCAL]
 * 2.2.1.44 (the RecurrencePattern of 2.2.1.44.1 followed by the appointment-specific part of 2.2.1.44.5, the
 * exceptions and the extended exceptions), for the conformance tests: the vocabulary has no rule for the inside
 * of a binary value (docs/specs.md, "Vocabulary gaps").
 *
 * <p>It records every field it reads, in order, with its offset and its bytes, so that a test can compare the
 * field table of an example row by row. Little-endian throughout; times are minutes since 1601-01-01 00:00 in the
 * series' time zone, returned as ISO (Gregorian) dates whatever the CalendarType. Exception overrides: subject,
 * meeting type, reminder, location, busy status, attachment, subtype, color and the body flag (no data).
 */
final class RecurrenceBlob {
    /** One field as read: name, offset in the blob, the bytes (hex, as the examples' "Example" column). */
    record Field(String name, int offset, String bytes) {
        @Override
        public String toString() {
            return String.format("%s @0x%02X %s", name, offset, bytes);
        }
    }

    /** The modified properties of one exception, from its ExceptionInfo and ExtendedException. */
    record Modified(LocalDateTime start, LocalDateTime end, LocalDateTime originalStart, int overrideFlags,
            String subject8, String location8, String wideSubject, String wideLocation, Integer reminderDelta,
            Integer busyStatus) {}

    static final LocalDateTime EPOCH = LocalDateTime.of(1601, 1, 1, 0, 0);

    static final int ARO_SUBJECT = 0x0001;
    static final int ARO_MEETINGTYPE = 0x0002;
    static final int ARO_REMINDERDELTA = 0x0004;
    static final int ARO_REMINDER = 0x0008;
    static final int ARO_LOCATION = 0x0010;
    static final int ARO_BUSYSTATUS = 0x0020;
    static final int ARO_ATTACHMENT = 0x0040;
    static final int ARO_SUBTYPE = 0x0080;
    static final int ARO_APPTCOLOR = 0x0100;
    /** The exception's body differs from the series' (no data in the structure). */
    static final int ARO_EXCEPTIONAL_BODY = 0x0200;

    final List<Field> fields = new ArrayList<>();
    final List<LocalDate> deletedInstanceDates = new ArrayList<>();
    final List<LocalDate> modifiedInstanceDates = new ArrayList<>();
    final List<Modified> exceptions = new ArrayList<>();
    int readerVersion;
    int writerVersion;
    int recurFrequency;
    int patternType;
    int calendarType;
    int firstDateTime;
    int period;
    int slidingFlag;
    long patternTypeSpecific;
    int endType;
    int occurrenceCount;
    int firstDow;
    LocalDate startDate;
    LocalDate endDate;
    long endDateMinutes;
    int readerVersion2;
    int writerVersion2;
    int startTimeOffset;
    int endTimeOffset;
    int length;

    private final ByteBuffer buf;

    private RecurrenceBlob(byte[] blob) {
        buf = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        length = blob.length;
    }

    static RecurrenceBlob read(byte[] blob) {
        RecurrenceBlob r = new RecurrenceBlob(blob);
        r.readPattern();
        r.readAppointmentPart();
        if (r.buf.hasRemaining()) {
            throw new IllegalArgumentException(r.buf.remaining() + " bytes after ReservedBlock2");
        }
        return r;
    }

    static LocalDateTime minutes(long value) {
        return EPOCH.plusMinutes(value);
    }

    /** The fields named {@code name}, in order (an array field gives one row per element). */
    List<Field> fields(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).toList();
    }

    Field field(String name) {
        List<Field> found = fields(name);
        if (found.size() != 1) {
            throw new IllegalArgumentException(name + ": " + found);
        }
        return found.get(0);
    }

    private byte[] take(String name, int size) {
        int at = buf.position();
        byte[] bytes = new byte[size];
        buf.get(bytes);
        fields.add(new Field(name, at, Hex.ofBytes(bytes)));
        return bytes;
    }

    private int word(String name) {
        return ByteBuffer.wrap(take(name, 2)).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
    }

    private int ulong(String name) {
        return ByteBuffer.wrap(take(name, 4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private void readPattern() {
        readerVersion = word("ReaderVersion");
        writerVersion = word("WriterVersion");
        recurFrequency = word("RecurFrequency");
        patternType = word("PatternType");
        calendarType = word("CalendarType");
        firstDateTime = ulong("FirstDateTime");
        period = ulong("Period");
        slidingFlag = ulong("SlidingFlag");
        switch (patternType) {
            case 0x0000: // Day: no pattern-specific data
                break;
            case 0x0003: case 0x000B: // MonthNth, HjMonthNth: day mask and N
                patternTypeSpecific = (ulong("PatternTypeSpecific") & 0xFFFFFFFFL) | ((long) ulong("PatternTypeSpecific") << 32);
                break;
            default: // Week (day mask), Month, MonthEnd, HjMonth, HjMonthEnd (day of month)
                patternTypeSpecific = ulong("PatternTypeSpecific") & 0xFFFFFFFFL;
        }
        endType = ulong("EndType");
        occurrenceCount = ulong("OccurrenceCount");
        firstDow = ulong("FirstDOW");
        int deleted = ulong("DeletedInstanceCount");
        for (int i = 0; i < deleted; i++) {
            deletedInstanceDates.add(minutes(ulong("DeletedInstanceDates")).toLocalDate());
        }
        int modified = ulong("ModifiedInstanceCount");
        for (int i = 0; i < modified; i++) {
            modifiedInstanceDates.add(minutes(ulong("ModifiedInstanceDates")).toLocalDate());
        }
        startDate = minutes(ulong("StartDate")).toLocalDate();
        endDateMinutes = ulong("EndDate") & 0xFFFFFFFFL;
        endDate = minutes(endDateMinutes).toLocalDate();
    }

    private void readAppointmentPart() {
        readerVersion2 = ulong("ReaderVersion2");
        writerVersion2 = ulong("WriterVersion2");
        startTimeOffset = ulong("StartTimeOffset");
        endTimeOffset = ulong("EndTimeOffset");
        int count = word("ExceptionCount");
        List<int[]> infos = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        List<Integer[]> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = ulong("ExceptionInfo.StartDateTime");
            int end = ulong("ExceptionInfo.EndDateTime");
            int original = ulong("ExceptionInfo.OriginalStartDate");
            int flags = word("ExceptionInfo.OverrideFlags");
            String subject = null;
            String location = null;
            Integer reminderDelta = null;
            Integer busyStatus = null;
            if ((flags & ARO_SUBJECT) != 0) {
                word("ExceptionInfo.SubjectLength");
                int n = word("ExceptionInfo.SubjectLength2");
                subject = new String(take("ExceptionInfo.Subject", n), StandardCharsets.ISO_8859_1);
            }
            if ((flags & ARO_MEETINGTYPE) != 0) {
                ulong("ExceptionInfo.MeetingType");
            }
            if ((flags & ARO_REMINDERDELTA) != 0) {
                reminderDelta = ulong("ExceptionInfo.ReminderDelta");
            }
            if ((flags & ARO_REMINDER) != 0) {
                ulong("ExceptionInfo.ReminderSet");
            }
            if ((flags & ARO_LOCATION) != 0) {
                word("ExceptionInfo.LocationLength");
                int n = word("ExceptionInfo.LocationLength2");
                location = new String(take("ExceptionInfo.Location", n), StandardCharsets.ISO_8859_1);
            }
            if ((flags & ARO_BUSYSTATUS) != 0) {
                busyStatus = ulong("ExceptionInfo.BusyStatus");
            }
            if ((flags & ARO_ATTACHMENT) != 0) {
                ulong("ExceptionInfo.Attachment");
            }
            if ((flags & ARO_SUBTYPE) != 0) {
                ulong("ExceptionInfo.SubType");
            }
            if ((flags & ARO_APPTCOLOR) != 0) {
                ulong("ExceptionInfo.AppointmentColor");
            }
            infos.add(new int[] {start, end, original, flags});
            texts.add(new String[] {subject, location});
            numbers.add(new Integer[] {reminderDelta, busyStatus});
        }
        take("ReservedBlock1", ulong("ReservedBlock1Size"));
        for (int i = 0; i < count; i++) {
            int flags = infos.get(i)[3];
            if (writerVersion2 >= 0x3009) {
                int size = ulong("ExtendedException.ChangeHighlightSize");
                take("ExtendedException.ChangeHighlight", size);
            }
            take("ExtendedException.ReservedBlockEE1", ulong("ExtendedException.ReservedBlockEE1Size"));
            String wideSubject = null;
            String wideLocation = null;
            if ((flags & (ARO_SUBJECT | ARO_LOCATION)) != 0) {
                ulong("ExtendedException.StartDateTime");
                ulong("ExtendedException.EndDateTime");
                ulong("ExtendedException.OriginalStartDate");
                if ((flags & ARO_SUBJECT) != 0) {
                    int n = word("ExtendedException.WideCharSubjectLength");
                    wideSubject = new String(take("ExtendedException.WideCharSubject", 2 * n), StandardCharsets.UTF_16LE);
                }
                if ((flags & ARO_LOCATION) != 0) {
                    int n = word("ExtendedException.WideCharLocationLength");
                    wideLocation = new String(take("ExtendedException.WideCharLocation", 2 * n), StandardCharsets.UTF_16LE);
                }
                take("ExtendedException.ReservedBlockEE2", ulong("ExtendedException.ReservedBlockEE2Size"));
            }
            int[] info = infos.get(i);
            exceptions.add(new Modified(minutes(info[0]), minutes(info[1]), minutes(info[2]), flags,
                    texts.get(i)[0], texts.get(i)[1], wideSubject, wideLocation, numbers.get(i)[0], numbers.get(i)[1]));
        }
        take("ReservedBlock2", ulong("ReservedBlock2Size"));
    }
}
