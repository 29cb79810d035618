package dev.oxprops.backend.tnef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadLimitException;
import dev.oxprops.runtime.ReadProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad streams: typed exceptions or problems naming the attribute and property, memory bounded by the bytes present. */
class HostileInputTest {

    @Test
    void notTnefIsATypedException() {
        assertTrue(assertThrows(TnefFormatException.class, () -> new TnefReader().read(new byte[] {1, 2, 3}))
                .getMessage().contains("shorter than the 6-byte header"));
        assertTrue(assertThrows(TnefFormatException.class, () -> new TnefReader().read(new byte[8])).getMessage()
                .contains("signature 0x00000000"));
        assertTrue(assertThrows(ReadLimitException.class,
                () -> new TnefReader().maxStreamSize(100).read(new java.io.ByteArrayInputStream(new byte[101])))
                .getMessage().contains("(TnefReader.maxStreamSize) of 100 bytes"));
        assertEquals(100, assertThrows(ReadLimitException.class,
                () -> new TnefReader().maxStreamSize(100).read(new byte[101])).limit());
    }

    /** Header, then one attribute: level, id, claimed length, the bytes given, checksum. */
    static byte[] stream(int level, int id, long claimed, byte[] data) {
        Bytes.Out o = new Bytes.Out();
        o.i32(TnefIds.SIGNATURE).u16(1).u8(level).i32(id).i32((int) claimed).bytes(data).u16(Bytes.checksum(data, 0, data.length));
        return o.toByteArray();
    }

    @Test
    void anAttributeClaimingMoreBytesThanPresentIsReportedNotAllocated() {
        TnefMessage m = new TnefReader().read(stream(1, TnefIds.SUBJECT, 0xFFFFFFF0L, new byte[] {'a', 0}));
        assertEquals(1, m.problems().size());
        ReadProblem p = m.problems().get(0);
        assertEquals(ReadProblem.Kind.SIZE_MISMATCH, p.kind());
        assertEquals("attSubject (0x00018004)", p.subject());
        assertTrue(p.message().contains("claims 4294967280 bytes"), p.message());
    }

    @Test
    void hugeCountsAndSizesInsideAPropertyListNameTheProperty() {
        // one PtypBinary property 0x3701 whose value count claims 2^31 values
        Bytes.Out props = new Bytes.Out().i32(1).i32(0x37010102).i32(0x7FFFFFFF);
        byte[] data = props.toByteArray();
        TnefMessage m = new TnefReader().read(stream(1, TnefIds.MSG_PROPS, data.length, data));
        assertEquals(List.of("SIZE_MISMATCH attMsgProps (0x00069003) 0x3701: 2147483647 values needs 8589934588 bytes, "
                + "0 are left; the list ends here"), m.problems().stream().map(Object::toString).collect(java.util.stream.Collectors.toList()));

        // a string value claiming 4 GiB
        data = new Bytes.Out().i32(1).i32(0x0037001F).i32(1).i32(-1).toByteArray();
        m = new TnefReader().read(stream(1, TnefIds.MSG_PROPS, data.length, data));
        assertEquals(PropertyId.tag(0x0037), m.problems().get(0).property());
        assertEquals(ReadProblem.Kind.SIZE_MISMATCH, m.problems().get(0).kind());

        // a property count of 2^32 - 1 over 4 bytes: read as far as the bytes go
        data = new Bytes.Out().i32(-1).i32(0x00170003).i32(2).toByteArray();
        m = new TnefReader().read(stream(1, TnefIds.MSG_PROPS, data.length, data));
        assertEquals(2, m.get(PropertyId.tag(0x0017)));
        assertTrue(m.problems().get(0).message().contains("the bytes end after 1"), m.problems().toString());

        // a named property with a name kind of 7
        data = new Bytes.Out().i32(1).i32(0x80000003).bytes(new byte[16]).i32(7).toByteArray();
        m = new TnefReader().read(stream(1, TnefIds.MSG_PROPS, data.length, data));
        assertEquals(ReadProblem.Kind.MALFORMED_STRUCTURE, m.problems().get(0).kind());
        assertEquals(PropertyId.tag(0x8000), m.problems().get(0).property());
    }

    @Test
    void everyPrefixOfARealStreamReadsOrIsATypedException() {
        byte[] full = RealTnefFilesTest.bytes("two-files");
        for (int n = 0; n <= full.length; n++) {
            byte[] prefix = Arrays.copyOf(full, n);
            try {
                TnefMessage m = new TnefReader().read(prefix);
                assertTrue(n == full.length || !m.problems().isEmpty() || endsAtAnAttribute(prefix), "prefix " + n);
            } catch (TnefFormatException e) {
                assertTrue(n < 6, "prefix " + n + ": " + e);
            }
        }
    }

    private static boolean endsAtAnAttribute(byte[] prefix) {
        return WriterTest.attributes(prefix) != null;
    }

    @Test
    void flippedBytesNeverEscapeAsAnythingButTypedResults() {
        Random random = new Random(20261130);
        for (String file : List.of("two-files", "multi-name-property", "body", "attachments")) {
            byte[] full = RealTnefFilesTest.bytes(file);
            for (int round = 0; round < 100; round++) {
                byte[] b = full.clone();
                for (int k = 0; k < 4; k++) {
                    b[6 + random.nextInt(b.length - 6)] = (byte) random.nextInt(256);
                }
                try {
                    TnefMessage m = new TnefReader().read(b);
                    m.attachments().forEach(a -> {
                        try {
                            a.embeddedMessage();
                        } catch (OxPropsException e) {
                            // typed: fine
                        }
                    });
                } catch (OxPropsException e) {
                    // typed: fine
                }
            }
        }
    }
}
