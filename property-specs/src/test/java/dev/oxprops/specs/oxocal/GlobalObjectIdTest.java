package dev.oxprops.specs.oxocal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.FileTime;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.structure.MalformedStructureException;
import dev.oxprops.runtime.structure.StructureProblem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated GlobalObjectId structure ([MS-OXOCAL] 2.2.1.27) on the example value of section 4 (the
 * PidLidGlobalObjectId of an exception moved from March 25 to March 26, 2008; learn.microsoft.com page
 * 3a11139f-52fa-4d2d-9b43-9f3007e38f08, read 2026-11-30): every row of its table, and the bytes back unchanged.
 */
class GlobalObjectIdTest {
    /** The example's value, 56 bytes ("cb: 56"). */
    static final String EXAMPLE = "040000008200E00074C5B7101A82E008" + "07D80319" + "5025D461E473C801" + "0000000000000000"
            + "10000000" + "2A5844B3A444F74A9C246C60886F116B";

    @Test
    void theExampleDecodesToTheRowsOfItsTable() {
        byte[] bytes = Hex.parseBytes(EXAMPLE);
        assertEquals(56, bytes.length);
        GlobalObjectIdRecord id = GlobalObjectIdRecord.decode(bytes);
        assertEquals("040000008200E00074C5B7101A82E008", Hex.ofBytes(id.byteArrayId()));
        assertEquals(2008, id.year(), "07 D8, big-endian");
        assertEquals(3, id.month(), "March");
        assertEquals(25, id.day(), "0x19");
        assertEquals("2008/02/20 17:16:51.109", FileTime.format(id.creationTime()), "the table prints 2008/02/20 17:16:51");
        assertEquals("0000000000000000", Hex.ofBytes(id.reserved()));
        assertEquals(16, id.size());
        assertEquals("2A5844B3A444F74A9C246C60886F116B", Hex.ofBytes(id.data()));
        assertEquals(List.of(), id.problems());
    }

    @Test
    void theExampleRoundTripsByteForByteThroughBothCodecs() {
        byte[] bytes = Hex.parseBytes(EXAMPLE);
        assertArrayEquals(bytes, GlobalObjectIdRecord.decode(bytes).toBytes());
        GlobalObjectId viaCodec = GlobalObjectIdCodec.INSTANCE.decode(bytes);
        assertArrayEquals(bytes, GlobalObjectIdCodec.INSTANCE.encode(viaCodec));
        assertEquals(EXAMPLE, GlobalObjectIdHexCodec.INSTANCE.encode(GlobalObjectIdHexCodec.INSTANCE.decode(" " + EXAMPLE.toLowerCase() + "\n")));
        assertEquals(null, GlobalObjectIdCodec.INSTANCE.decode(null));
        assertEquals(null, GlobalObjectIdCodec.INSTANCE.encode(null));
    }

    /** PidLidCleanGlobalObjectId (2.2.1.28): the same value with YH, YL, M and D zero. */
    @Test
    void theCleanIdOfTheExampleIsBuiltFromItsParts() {
        GlobalObjectIdRecord id = GlobalObjectIdRecord.decode(Hex.parseBytes(EXAMPLE));
        GlobalObjectIdRecord clean = new GlobalObjectIdRecord(id.byteArrayId(), 0, 0, 0, id.creationTime(), id.reserved(),
                id.size(), id.data());
        assertEquals(EXAMPLE.replace("07D80319", "00000000"), Hex.ofBytes(clean.toBytes()));
        assertNotEquals(id, clean);
        assertEquals(id, GlobalObjectIdRecord.decode(Hex.parseBytes(EXAMPLE)), "records compare byte arrays by content");
    }

    @Test
    void aTruncatedValueNamesTheFieldAndOffset() {
        byte[] bytes = Hex.parseBytes(EXAMPLE.substring(0, 2 * 25));
        MalformedStructureException e = assertThrows(MalformedStructureException.class, () -> GlobalObjectIdRecord.decode(bytes));
        assertEquals("GlobalObjectId", e.structure());
        assertEquals("Creation Time", e.field());
        assertEquals(20, e.offset());
    }

    /** A Size of 0xFFFFFFF0 is refused before anything is allocated. */
    @Test
    void aSizeBeyondTheBytesIsRefusedByName() {
        byte[] bytes = Hex.parseBytes(EXAMPLE.replace("10000000" + "2A58", "F0FFFFFF" + "2A58"));
        MalformedStructureException e = assertThrows(MalformedStructureException.class, () -> GlobalObjectIdRecord.decode(bytes));
        assertEquals("Data", e.field());
        assertEquals(40, e.offset());
        assertTrue(e.getMessage().contains("4294967280"), e.getMessage());
    }

    @Test
    void bytesAfterDataAreRefused() {
        MalformedStructureException e = assertThrows(MalformedStructureException.class,
                () -> GlobalObjectIdRecord.decode(Hex.parseBytes(EXAMPLE + "00")));
        assertEquals(56, e.offset());
        assertEquals(null, e.field());
    }

    @Test
    void aWrongSignatureIsKeptAndReportedAsAProblem() {
        byte[] bytes = Hex.parseBytes("05" + EXAMPLE.substring(2));
        GlobalObjectIdRecord id = GlobalObjectIdRecord.decode(bytes);
        assertArrayEquals(bytes, id.toBytes(), "read back unchanged");
        List<StructureProblem> problems = GlobalObjectIdCodec.INSTANCE.problems(id);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("Byte Array ID", problems.get(0).field());
    }

    @Test
    void aValueWhoseSizeContradictsItsDataIsRefusedWhenWritten() {
        GlobalObjectIdRecord id = GlobalObjectIdRecord.decode(Hex.parseBytes(EXAMPLE));
        GlobalObjectIdRecord wrong = new GlobalObjectIdRecord(id.byteArrayId(), 2008, 3, 25, Instant.EPOCH, id.reserved(), 3,
                id.data());
        assertEquals("Size", wrong.problems().get(0).field());
        MalformedStructureException e = assertThrows(MalformedStructureException.class, wrong::toBytes);
        assertEquals("Size", e.field());
        GlobalObjectIdRecord tooBig = new GlobalObjectIdRecord(id.byteArrayId(), 0x10000, 3, 25, Instant.EPOCH, id.reserved(),
                16, id.data());
        assertEquals("YH+YL", assertThrows(MalformedStructureException.class, tooBig::toBytes).field());
    }

    @Test
    void theRecordIsImmutable() {
        byte[] bytes = Hex.parseBytes(EXAMPLE);
        GlobalObjectIdRecord id = GlobalObjectIdRecord.decode(bytes);
        id.data()[0] = 0;
        bytes[48] = 0;
        assertEquals("2A5844B3A444F74A9C246C60886F116B", Hex.ofBytes(id.data()));
        assertTrue(id.toString().contains("data=2A5844B3A444F74A9C246C60886F116B"), id.toString());
    }
}
