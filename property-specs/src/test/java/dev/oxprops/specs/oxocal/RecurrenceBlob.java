package dev.oxprops.specs.oxocal;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.support.structure.StructReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The value of PidLidAppointmentRecur as the generated {@link AppointmentRecurrencePatternRecord} decodes it, presented
 * for the conformance tests: the record, every field read in order with its offset and bytes (from the reader's
 * trace, so that a test can compare an example's field table row by row), and the pattern's values under the names
 * the tests use. Nothing here reads a byte itself.
 */
final class RecurrenceBlob {
    /** One field as read: name (nested structures prefixed, e.g. ExceptionInfo.Subject), offset in the blob, bytes (hex). */
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

    static final LocalDateTime EPOCH = StructReader.MINUTES_EPOCH;

    static final int ARO_SUBJECT = ExceptionInfo.ARO_SUBJECT;
    static final int ARO_MEETINGTYPE = ExceptionInfo.ARO_MEETINGTYPE;
    static final int ARO_REMINDERDELTA = ExceptionInfo.ARO_REMINDERDELTA;
    static final int ARO_REMINDER = ExceptionInfo.ARO_REMINDER;
    static final int ARO_LOCATION = ExceptionInfo.ARO_LOCATION;
    static final int ARO_BUSYSTATUS = ExceptionInfo.ARO_BUSYSTATUS;
    static final int ARO_ATTACHMENT = ExceptionInfo.ARO_ATTACHMENT;
    static final int ARO_SUBTYPE = ExceptionInfo.ARO_SUBTYPE;
    static final int ARO_APPTCOLOR = ExceptionInfo.ARO_APPTCOLOR;
    static final int ARO_EXCEPTIONAL_BODY = ExceptionInfo.ARO_EXCEPTIONAL_BODY;

    final AppointmentRecurrencePatternRecord record;
    final List<Field> fields = new ArrayList<>();
    final List<LocalDate> deletedInstanceDates = new ArrayList<>();
    final List<LocalDate> modifiedInstanceDates = new ArrayList<>();
    final List<Modified> exceptions = new ArrayList<>();
    final int readerVersion;
    final int writerVersion;
    final int recurFrequency;
    final int patternType;
    final int calendarType;
    final int firstDateTime;
    final int period;
    final int slidingFlag;
    final long patternTypeSpecific;
    final int endType;
    final int occurrenceCount;
    final int firstDow;
    final LocalDate startDate;
    final LocalDate endDate;
    final long endDateMinutes;
    final int readerVersion2;
    final int writerVersion2;
    final int startTimeOffset;
    final int endTimeOffset;
    final int length;

    private RecurrenceBlob(byte[] blob, AppointmentRecurrencePatternRecord record, List<StructReader.Span> spans) {
        this.record = record;
        this.length = blob.length;
        for (StructReader.Span s : spans) {
            fields.add(new Field(name(s), s.offset(), Hex.ofBytes(Arrays.copyOfRange(blob, s.offset(), s.offset() + s.length()))));
        }
        RecurrencePattern p = record.recurrencePattern();
        readerVersion = p.readerVersion();
        writerVersion = p.writerVersion();
        recurFrequency = p.recurFrequency();
        patternType = p.patternType();
        calendarType = p.calendarType();
        firstDateTime = p.firstDateTime();
        period = p.period();
        slidingFlag = p.slidingFlag();
        long specific = p.patternTypeSpecific() == null ? 0 : Integer.toUnsignedLong(p.patternTypeSpecific());
        patternTypeSpecific = p.nthWeek() == null ? specific : specific | (long) p.nthWeek() << 32;
        endType = p.endType();
        occurrenceCount = p.occurrenceCount();
        firstDow = p.firstDow();
        p.deletedInstanceDates().forEach(d -> deletedInstanceDates.add(d.toLocalDate()));
        p.modifiedInstanceDates().forEach(d -> modifiedInstanceDates.add(d.toLocalDate()));
        startDate = p.startDate().toLocalDate();
        endDate = p.endDate().toLocalDate();
        endDateMinutes = java.time.temporal.ChronoUnit.MINUTES.between(EPOCH, p.endDate());
        readerVersion2 = record.readerVersion2();
        writerVersion2 = record.writerVersion2();
        startTimeOffset = record.startTimeOffset();
        endTimeOffset = record.endTimeOffset();
        for (int i = 0; i < record.exceptionCount(); i++) {
            ExceptionInfo e = record.exceptionInfo().get(i);
            ExtendedException x = record.extendedException().get(i);
            exceptions.add(new Modified(e.startDateTime(), e.endDateTime(), e.originalStartDate(), e.overrideFlags(),
                    e.subject(), e.location(), x.wideCharSubject(), x.wideCharLocation(), e.reminderDelta(), e.busyStatus()));
        }
    }

    /** A traced field's name: the path below the pattern without indexes, e.g. ExceptionInfo.SubjectLength. */
    private static String name(StructReader.Span s) {
        String path = s.structure().replaceAll("\\[\\d+]", "").replaceFirst("^AppointmentRecurrencePattern\\.?", "")
                .replaceFirst("^RecurrencePattern\\.?", "");
        return path.isEmpty() ? s.field() : path + "." + s.field();
    }

    /** Decodes {@code blob} with the generated decoder, tracing every field; fails on any byte left over. */
    static RecurrenceBlob read(byte[] blob) {
        List<StructReader.Span> spans = new ArrayList<>();
        StructReader reader = new StructReader(AppointmentRecurrencePatternRecord.STRUCTURE, blob).trace(spans);
        AppointmentRecurrencePatternRecord record = AppointmentRecurrencePatternRecord.read(reader);
        reader.end();
        return new RecurrenceBlob(blob, record, spans);
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
}
