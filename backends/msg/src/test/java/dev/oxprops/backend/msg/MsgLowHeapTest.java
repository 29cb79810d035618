package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, item 1: memory is bounded by the bytes present, not by what a file claims. Each crafted file
 * (well under 1 MB) claims 300 MB in one kind of stream; run by the {@code low-heap} surefire execution
 * under {@code -Xmx256m}, where allocating what the file claims is an OutOfMemoryError.
 */
class MsgLowHeapTest {
    static final long CLAIM = 300L << 20;
    static final UUID SET = UUID.fromString("00062040-0000-0000-c000-000000000046");

    static byte[] everyStreamKind() {
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        b.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Note");
        b.put(PropertyId.tag(0x0037), MapiType.PtypString, "subject");
        b.put(PropertyId.tag(0x0E1F), MapiType.PtypString8, "ansi");
        b.put(PropertyId.tag(0x1013), MapiType.PtypBinary, new byte[] {1, 2, 3});
        b.put(PropertyId.lid(SET, 0x8A14), MapiType.PtypInteger32, 0x310);
        b.put(PropertyId.name(SET, "x-named"), MapiType.PtypString, "by name");
        b.put(PropertyId.tag(0x6615), MapiType.PtypMultipleString, List.of("a", "b"));
        b.put(PropertyId.tag(0x6617), MapiType.PtypMultipleBinary, List.of(new byte[] {1}));
        b.put(PropertyId.tag(0x6618), MapiType.PtypMultipleInteger32, List.of(1, 2));
        InMemoryPropertyBag r = new InMemoryPropertyBag();
        r.put(PropertyId.tag(0x3001), MapiType.PtypString, "Ann");
        return new MsgWriter().write(b, List.of(r));
    }

    @org.junit.jupiter.api.Test
    void theLowHeapExecutionHasASmallHeap() {
        if (Boolean.getBoolean("oxprops.lowHeap")) {
            assertTrue(Runtime.getRuntime().maxMemory() <= 256L << 20, "max heap " + Runtime.getRuntime().maxMemory());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"__substg1.0_0037001F", "__substg1.0_0E1F001E", "__substg1.0_10130102",
        "__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102", "__substg1.0_6615101F",
        "__substg1.0_6615101F-00000000", "__substg1.0_66171102", "__substg1.0_66171102-00000000",
        "__substg1.0_66181003", "__substg1.0_3001001F"})
    void aStreamClaiming300MbIsSkippedWithAProblem(String stream) {
        byte[] file = everyStreamKind();
        assertTrue(file.length < 1 << 20);
        assertTrue(Cfb.claimSize(file, stream, CLAIM) > 0, stream);
        MsgMessage m = new MsgReader().read(file);
        assertTrue(m.problems().stream().anyMatch(p -> p.kind() == ReadProblem.Kind.SIZE_MISMATCH
                && p.message().contains(stream) && p.message().contains(Long.toString(CLAIM))), m.problems()::toString);
        assertEquals("IPM.Note", m.get(PropertyId.tag(0x001A)), "the rest is read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"__properties_version1.0"})
    void aPropertyStreamClaiming300Mb(String stream) {
        byte[] file = everyStreamKind();
        assertEquals(2, Cfb.claimSize(file, stream, CLAIM), "the message's and the recipient's");
        MsgFormatException e = assertThrows(MsgFormatException.class, () -> new MsgReader().read(file));
        assertTrue(e.getMessage().contains("top-level property stream"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void claimsJustUnderTheFileSizeAddUpToNoMoreThanTheFile(int shift) {
        byte[] file = everyStreamKind();
        for (String s : List.of("__substg1.0_0037001F", "__substg1.0_10130102", "__substg1.0_6615101F",
                "__substg1.0_66171102", "__substg1.0_3001001F")) {
            Cfb.claimSize(file, s, file.length - shift);
        }
        MsgMessage m = new MsgReader().read(file);
        assertFalse(m.problems().isEmpty());
        assertEquals("IPM.Note", m.get(PropertyId.tag(0x001A)));
    }
}
