package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 12, items 2-5 and 9: declared sizes, code pages 1200/1201, the round trip of what was read, refusals by name. */
class ReadWriteEdgesTest {
    static final PropertyId SUBJECT = PropertyId.tag(0x0037);
    static final PropertyId BODY = PropertyId.tag(0x1000);
    static final PropertyId CODEPAGE = PropertyId.tag(0x3FFD);

    static InMemoryPropertyBag bag(PropertyId id, MapiType type, Object value) {
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        b.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Note");
        b.put(id, type, value);
        return b;
    }

    static MsgMessage roundTrip(PropertyBag b) {
        return new MsgReader().read(new MsgWriter().write(b, List.of()));
    }

    static boolean has(MsgMessage m, ReadProblem.Kind kind, PropertyId id) {
        return m.problems().stream().anyMatch(p -> p.kind() == kind && id.equals(p.property()));
    }

    /** The file with its top-level property stream changed by {@code change}. */
    static byte[] withProperties(byte[] file, java.util.function.Consumer<byte[]> change) throws Exception {
        return HostileInputTest.edit(file, root -> {
            byte[] p = HostileInputTest.get(root, MsgTags.PROPERTIES);
            change.accept(p);
            HostileInputTest.put(root, MsgTags.PROPERTIES, p);
        });
    }

    static int entry(byte[] props, int tag) {
        for (int off = MsgTags.TOP_HEADER; off + 16 <= props.length; off += 16) {
            if (LittleEndian.i32(props, off) == tag) {
                return off;
            }
        }
        throw new AssertionError(Integer.toHexString(tag));
    }

    // item 2

    @Test
    void aStringWhoseEntryDeclaresAnotherSizeIsAProblemNamingIt() throws Exception {
        byte[] file = withProperties(new MsgWriter().write(bag(SUBJECT, MapiType.PtypString, "abc"), List.of()),
                p -> LittleEndian.put32(p, entry(p, 0x0037001F) + 8, 0));
        MsgMessage m = new MsgReader().read(file);
        assertEquals("abc", m.get(SUBJECT), "the stream gives the value");
        assertTrue(has(m, ReadProblem.Kind.SIZE_MISMATCH, SUBJECT), m.problems()::toString);
    }

    @Test
    void aTypeCodeThatDisagreesWithTheStreamIsAProblemNamingIt() throws Exception {
        byte[] file = withProperties(new MsgWriter().write(bag(SUBJECT, MapiType.PtypString, "abc"), List.of()),
                p -> LittleEndian.put32(p, entry(p, 0x0037001F), 0x00370040)); // now PtypTime
        MsgMessage m = new MsgReader().read(file);
        assertTrue(has(m, ReadProblem.Kind.TYPE_MISMATCH, SUBJECT), m.problems()::toString);
        assertTrue(m.problems().toString().contains("__substg1.0_0037001F"), m.problems()::toString);
    }

    @Test
    void cleanFilesHaveNoSizeProblems() {
        InMemoryPropertyBag b = bag(SUBJECT, MapiType.PtypString, "abc");
        b.put(PropertyId.tag(0x0E1D), MapiType.PtypString8, "ansi");
        b.put(PropertyId.tag(0x6615), MapiType.PtypMultipleString8, List.of("x", ""));
        assertEquals(List.of(), roundTrip(b).problems());
    }

    // item 3

    @Test
    void string8InUtf16CodePagesKeepsItsLastCharacter() {
        for (int cp : new int[] {1200, 1201}) {
            for (String s : List.of("A", "Hi", "", "日本")) {
                InMemoryPropertyBag b = bag(SUBJECT, MapiType.PtypString8, s);
                b.put(CODEPAGE, MapiType.PtypInteger32, cp);
                b.put(PropertyId.tag(0x6615), MapiType.PtypMultipleString8, List.of(s, "B"));
                MsgMessage m = roundTrip(b);
                assertEquals(s, m.get(SUBJECT), "code page " + cp);
                assertEquals(List.of(s, "B"), m.get(PropertyId.tag(0x6615)), "code page " + cp);
                assertEquals(List.of(), m.problems(), "code page " + cp);
            }
        }
    }

    @Test
    void undecodableString8BytesAreAProblem() throws Exception {
        InMemoryPropertyBag b = bag(SUBJECT, MapiType.PtypString8, "ok");
        b.put(CODEPAGE, MapiType.PtypInteger32, 65001);
        byte[] file = HostileInputTest.edit(new MsgWriter().write(b, List.of()),
                root -> HostileInputTest.put(root, "__substg1.0_0037001E", new byte[] {'a', (byte) 0xC3}));
        MsgMessage m = new MsgReader().read(file);
        assertEquals("a\uFFFD", m.get(SUBJECT));
        assertTrue(has(m, ReadProblem.Kind.UNDECODABLE_TEXT, SUBJECT), m.problems()::toString);
    }

    // item 4

    @Test
    void aNamedRangeIdWithoutMappingIsWrittenBackAsItWasRead() throws Exception {
        // ruby-msg's qwerty_3.msg: property 0x8A5C without a name mapping
        byte[] file = withProperties(new MsgWriter().write(bag(SUBJECT, MapiType.PtypString, "s"), List.of()), p -> {
            int off = entry(p, 0x0037001F);
            LittleEndian.put32(p, off, 0x8A5C0003);
            LittleEndian.put32(p, off + 8, 77);
        });
        MsgMessage read = new MsgReader().read(file);
        PropertyId unmapped = PropertyId.tag(0x8A5C);
        assertEquals(77, read.get(unmapped));
        assertTrue(has(read, ReadProblem.Kind.UNMAPPED_NAME, unmapped) || read.problems().stream()
                .anyMatch(p -> p.kind() == ReadProblem.Kind.UNMAPPED_NAME), read.problems()::toString);
        MsgMessage again = new MsgReader().read(new MsgWriter().write(read));
        assertEquals(77, again.get(unmapped));
        assertEquals(read.problems().stream().map(ReadProblem::kind).filter(k -> k == ReadProblem.Kind.UNMAPPED_NAME)
                .count(), again.problems().stream().filter(p -> p.kind() == ReadProblem.Kind.UNMAPPED_NAME).count());
    }

    @Test
    void anUnmappedIdThatANamedPropertyWouldCoverIsRefusedByName() {
        InMemoryPropertyBag b = bag(PropertyId.tag(0x8000), MapiType.PtypInteger32, 1);
        b.put(PropertyId.name(UUID.fromString("00020329-0000-0000-c000-000000000046"), "x"), MapiType.PtypString, "v");
        UnrepresentableValueException e = assertThrows(UnrepresentableValueException.class,
                () -> new MsgWriter().write(b, List.of()));
        assertEquals(PropertyId.tag(0x8000), e.property());
    }

    // item 5

    @Test
    void aTrailingNulIsRefusedByName() {
        for (MapiType t : List.of(MapiType.PtypString, MapiType.PtypString8)) {
            UnrepresentableValueException e = assertThrows(UnrepresentableValueException.class,
                    () -> new MsgWriter().write(bag(SUBJECT, t, "abc\0"), List.of()));
            assertEquals(SUBJECT, e.property());
        }
        MapiType mv = MapiType.PtypMultipleString;
        UnrepresentableValueException e = assertThrows(UnrepresentableValueException.class,
                () -> new MsgWriter().write(bag(BODY, mv, List.of("a", "b\0")), List.of()));
        assertEquals(BODY, e.property());
        assertEquals("a\0b", roundTrip(bag(SUBJECT, MapiType.PtypString, "a\0b")).get(SUBJECT), "inside: kept");
    }

    @Test
    void loneSurrogatesAreKeptExactly() {
        String lone = "a\uD800b\uDC00";
        MsgMessage m = roundTrip(bag(SUBJECT, MapiType.PtypString, lone));
        assertEquals(lone, m.get(SUBJECT));
        assertEquals(List.of(lone, "\uDBFF"), roundTrip(bag(BODY, MapiType.PtypMultipleString, List.of(lone, "\uDBFF")))
                .get(BODY));
        PropertyId named = PropertyId.name(UUID.fromString("00020329-0000-0000-c000-000000000046"), "x\uDC00y");
        MsgMessage n = roundTrip(bag(named, MapiType.PtypInteger32, 5));
        assertEquals(5, n.get(named), "the string name comes back the same");
        assertEquals(List.of(), n.problems());
        assertThrows(UnrepresentableValueException.class,
                () -> new MsgWriter().write(bag(SUBJECT, MapiType.PtypString8, lone), List.of()));
    }

    @Test
    void timesFinerThan100nsOrOutOfRangeAreRefusedByName() {
        PropertyId time = PropertyId.tag(0x0039);
        Instant max = Instant.parse("+30828-09-14T02:48:05.477580700Z");
        assertEquals(max, roundTrip(bag(time, MapiType.PtypTime, max)).get(time), "2^63-1 ticks (to 100 ns) is kept");
        for (Instant bad : List.of(Instant.parse("2024-01-01T00:00:00.000000150Z"), max.plusNanos(100),
                Instant.parse("1600-12-31T23:59:59Z"), Instant.parse("+60000-01-01T00:00:00Z"))) {
            UnrepresentableValueException e = assertThrows(UnrepresentableValueException.class,
                    () -> new MsgWriter().write(bag(time, MapiType.PtypTime, bad), List.of()), bad::toString);
            assertEquals(time, e.property());
            assertThrows(UnrepresentableValueException.class, () -> new MsgWriter()
                    .write(bag(PropertyId.tag(0x6616), MapiType.PtypMultipleTime, List.of(bad)), List.of()));
        }
    }

    @Test
    void aStoredTimeWithTheHighBitSetIsAProblemNotAWrongInstant() throws Exception {
        PropertyId time = PropertyId.tag(0x0039);
        byte[] file = withProperties(new MsgWriter().write(bag(time, MapiType.PtypTime, Instant.EPOCH), List.of()),
                p -> LittleEndian.put64(p, entry(p, 0x00390040) + 8, Long.MIN_VALUE));
        MsgMessage m = new MsgReader().read(file);
        assertFalse(m.contains(time));
        assertTrue(has(m, ReadProblem.Kind.MALFORMED_VALUE, time), m.problems()::toString);
    }

    // item 9

    @Test
    void aNullRecipientIsATypedErrorNamingItsIndex() {
        List<PropertyBag> recipients = new ArrayList<>(Arrays.asList(new InMemoryPropertyBag(), null));
        MsgWriteException e = assertThrows(MsgWriteException.class,
                () -> new MsgWriter().write(bag(SUBJECT, MapiType.PtypString, "s"), recipients));
        assertTrue(e.getMessage().contains("recipient 1"), e.getMessage());
    }

    // attachments

    @Test
    void attachmentsAndEmbeddedMessagesRoundTrip() {
        InMemoryPropertyBag inner = bag(SUBJECT, MapiType.PtypString, "inner");
        InMemoryPropertyBag innerRecipient = new InMemoryPropertyBag();
        innerRecipient.put(PropertyId.tag(0x3001), MapiType.PtypString, "Bob");
        MsgMessage embedded = MsgMessage.of(inner, List.of(innerRecipient),
                List.of(MsgAttachment.file("deep.txt", new byte[] {9})));
        InMemoryPropertyBag carrier = new InMemoryPropertyBag();
        carrier.put(MsgAttachment.ATTACH_METHOD, MapiType.PtypInteger32, MsgAttachment.EMBEDDED_MESSAGE);
        carrier.put(PropertyId.tag(0x3001), MapiType.PtypString, "inner.msg");
        MsgMessage outer = MsgMessage.of(bag(SUBJECT, MapiType.PtypString, "outer"), List.of(),
                List.of(MsgAttachment.file("a.txt", new byte[] {1, 2, 3}), MsgAttachment.of(carrier, embedded)));
        MsgMessage back = new MsgReader().read(new MsgWriter().write(outer));
        assertEquals(List.of(), back.problems());
        assertEquals(2, back.attachments().size());
        MsgAttachment file = back.attachments().get(0);
        assertEquals("a.txt", file.fileName());
        assertArrayEquals(new byte[] {1, 2, 3}, file.data());
        assertEquals(3, file.attachSize());
        assertEquals(1, file.attachMethod());
        MsgMessage e = back.attachments().get(1).embeddedMessage().orElseThrow();
        assertEquals("inner", e.get(SUBJECT));
        assertEquals("Bob", e.recipients().get(0).get(PropertyId.tag(0x3001)));
        assertEquals("deep.txt", e.attachments().get(0).fileName());
        // read -> write -> read keeps what was read
        MsgMessage again = new MsgReader().read(new MsgWriter().write(back));
        assertEquals("inner", again.attachments().get(1).embeddedMessage().orElseThrow().get(SUBJECT));
        assertArrayEquals(new byte[] {9}, again.attachments().get(1).embeddedMessage().orElseThrow().attachments()
                .get(0).data());
    }

    @Test
    void embeddingDepthIsBounded() {
        MsgMessage m = MsgMessage.of(bag(SUBJECT, MapiType.PtypString, "0"), List.of());
        for (int i = 1; i <= 4; i++) {
            m = MsgMessage.of(bag(SUBJECT, MapiType.PtypString, Integer.toString(i)), List.of(),
                    List.of(MsgAttachment.of(new InMemoryPropertyBag(), m)));
        }
        byte[] file = new MsgWriter().write(m);
        MsgMessage deep = new MsgReader().read(file);
        MsgMessage level = deep;
        for (int i = 0; i < 4; i++) {
            level = level.attachments().get(0).embeddedMessage().orElseThrow();
        }
        assertEquals("0", level.get(SUBJECT));
        dev.oxprops.runtime.ReadLimitException e = assertThrows(dev.oxprops.runtime.ReadLimitException.class,
                () -> new MsgReader().maxEmbeddingDepth(3).read(file));
        assertEquals(3, e.limit());
        assertTrue(e.getMessage().contains("MsgReader.maxEmbeddingDepth"), e.getMessage());
    }
}
