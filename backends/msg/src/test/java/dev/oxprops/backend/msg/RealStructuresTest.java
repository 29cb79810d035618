package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.structure.StructureCodec;
import dev.oxprops.runtime.structure.StructureProblem;
import dev.oxprops.specs.oxocal.AppointmentRecurrencePattern;
import dev.oxprops.specs.oxocal.AppointmentRecurrencePatternCodec;
import dev.oxprops.specs.oxocal.GlobalObjectIdCodec;
import dev.oxprops.specs.oxocal.GlobalObjectIdRecord;
import dev.oxprops.specs.oxocal.TimeZoneDefinitionCodec;
import dev.oxprops.specs.oxocal.TimeZoneStructCodec;
import dev.oxprops.testdata.RealFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The MS-OXOCAL structures of the real .msg files (oxprops-test-data), through the generated codecs: each value
 * decodes, has no structural problem, and encodes back to the same bytes.
 */
class RealStructuresTest {
    private static final UUID PSETID_APPOINTMENT = UUID.fromString("00062002-0000-0000-C000-000000000046");
    private static final UUID PSETID_MEETING = UUID.fromString("6ED8DA90-450B-101B-98DA-00AA003F1305");

    /** The property (canonical name), its id, and the codec of its structure. */
    private record Binary(String name, PropertyId id, StructureCodec<?> codec) {}

    private static final List<Binary> BINARIES = List.of(
            new Binary("PidLidAppointmentRecur", PropertyId.lid(PSETID_APPOINTMENT, 0x8216), AppointmentRecurrencePatternCodec.INSTANCE),
            new Binary("PidLidTimeZoneStruct", PropertyId.lid(PSETID_APPOINTMENT, 0x8233), TimeZoneStructCodec.INSTANCE),
            new Binary("PidLidAppointmentTimeZoneDefinitionRecur", PropertyId.lid(PSETID_APPOINTMENT, 0x8260),
                    TimeZoneDefinitionCodec.INSTANCE),
            new Binary("PidLidAppointmentTimeZoneDefinitionStartDisplay", PropertyId.lid(PSETID_APPOINTMENT, 0x825E),
                    TimeZoneDefinitionCodec.INSTANCE),
            new Binary("PidLidAppointmentTimeZoneDefinitionEndDisplay", PropertyId.lid(PSETID_APPOINTMENT, 0x825F),
                    TimeZoneDefinitionCodec.INSTANCE),
            new Binary("PidLidGlobalObjectId", PropertyId.lid(PSETID_MEETING, 0x0003), GlobalObjectIdCodec.INSTANCE),
            new Binary("PidLidCleanGlobalObjectId", PropertyId.lid(PSETID_MEETING, 0x0023), GlobalObjectIdCodec.INSTANCE));

    private static <T> byte[] roundTrip(StructureCodec<T> codec, byte[] bytes, List<StructureProblem> problems) {
        T value = codec.decode(bytes);
        problems.addAll(codec.problems(value));
        return codec.encode(value);
    }

    /**
     * Every structure of every real file decodes and encodes back byte for byte. The files hold 11 such values (the
     * series "A daily 1" all seven properties, the single "Appointment sample EST" four); the only structural problem
     * is errata O-S5: Outlook writes a TZRule's X as the rest of a SYSTEMTIME (January 1 of wYear), not as zeros.
     */
    @Test
    void everyStructureOfTheRealFilesRoundTripsByteForByte() {
        Map<String, List<String>> found = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String file : RealFiles.names(".msg")) {
            MsgMessage msg = new MsgReader().read(RealFiles.bytes(file));
            for (Binary b : BINARIES) {
                Object value = msg.get(b.id());
                if (!(value instanceof byte[])) {
                    continue;
                }
                byte[] bytes = (byte[]) value;
                List<StructureProblem> found1 = new ArrayList<>();
                assertArrayEquals(bytes, roundTrip(b.codec(), bytes, found1), file + " " + b.name());
                found1.forEach(p -> problems.add(b.name() + " " + p));
                found.computeIfAbsent(file.substring(file.indexOf('/') + 1), f -> new ArrayList<>()).add(b.name());
            }
        }
        assertEquals(Map.of(
                "A daily 1.msg", List.of("PidLidAppointmentRecur", "PidLidTimeZoneStruct", "PidLidAppointmentTimeZoneDefinitionRecur",
                        "PidLidAppointmentTimeZoneDefinitionStartDisplay", "PidLidAppointmentTimeZoneDefinitionEndDisplay",
                        "PidLidGlobalObjectId", "PidLidCleanGlobalObjectId"),
                "Appointment sample EST.msg", List.of("PidLidAppointmentTimeZoneDefinitionStartDisplay",
                        "PidLidAppointmentTimeZoneDefinitionEndDisplay", "PidLidGlobalObjectId", "PidLidCleanGlobalObjectId")), found);
        assertEquals(6, problems.size(), problems.toString());
        for (String p : problems) {
            assertTrue(p.matches("PidLidAppointmentTimeZoneDefinition\\w+ TZRules\\[\\d]\\.X: is 0100000001000000000000000000, must be 0{28}"), p);
        }
    }

    /** "A daily 1": the recurrence a reader of the file sees. */
    @Test
    void theDailySeriesReadsAsADailyPattern() {
        MsgMessage msg = new MsgReader().read(RealFiles.bytes("HiraokaHyperTools--msgreader/A daily 1.msg"));
        AppointmentRecurrencePattern p = AppointmentRecurrencePatternCodec.INSTANCE.decode(
                (byte[]) msg.get(PropertyId.lid(PSETID_APPOINTMENT, 0x8216)));
        assertEquals(0x200A, p.recurrencePattern().recurFrequency(), "daily");
        assertEquals(0x3004, p.recurrencePattern().readerVersion());
    }

    /** 2.2.1.28: PidLidCleanGlobalObjectId is PidLidGlobalObjectId with YH, YL, M and D zero; both files obey it. */
    @Test
    void theCleanGlobalObjectIdIsTheGlobalOneWithoutTheInstanceDate() {
        for (String file : List.of("A daily 1.msg", "Appointment sample EST.msg")) {
            MsgMessage msg = new MsgReader().read(RealFiles.bytes("HiraokaHyperTools--msgreader/" + file));
            GlobalObjectIdRecord id = GlobalObjectIdRecord.decode((byte[]) msg.get(PropertyId.lid(PSETID_MEETING, 0x0003)));
            GlobalObjectIdRecord clean = GlobalObjectIdRecord.decode((byte[]) msg.get(PropertyId.lid(PSETID_MEETING, 0x0023)));
            assertEquals(0, clean.year() | clean.month() | clean.day(), file);
            assertEquals(new GlobalObjectIdRecord(id.byteArrayId(), 0, 0, 0, id.creationTime(), id.reserved(), id.size(), id.data()),
                    clean, file);
            assertEquals(List.of(), id.problems(), file);
        }
    }
}
