package dev.oxprops.backend.tnef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** bag -> TNEF -> bag is the identity, for every type TNEF carries, named properties, recipients and attachments. */
class RoundTripTest {
    static final UUID PS_PUBLIC_STRINGS = UUID.fromString("00020329-0000-0000-c000-000000000046");
    static final UUID PSETID_COMMON = UUID.fromString("00062008-0000-0000-c000-000000000046");

    /** One property of every type TNEF carries, single- and multi-valued, tagged and named. */
    static InMemoryPropertyBag everyType() {
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        b.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Note.Every.Type");
        b.put(PropertyId.tag(0x0037), MapiType.PtypString, "Grüße, Привет, 你好 🙂");
        b.put(PropertyId.tag(0x0E1D), MapiType.PtypString8, "8-bit café");
        b.put(PropertyId.tag(0x6601), MapiType.PtypInteger16, (short) -2);
        b.put(PropertyId.tag(0x0017), MapiType.PtypInteger32, 2);
        b.put(PropertyId.tag(0x6602), MapiType.PtypFloating32, 1.5f);
        b.put(PropertyId.tag(0x6603), MapiType.PtypFloating64, -0.125);
        b.put(PropertyId.tag(0x6604), MapiType.PtypCurrency, 123456789L);
        b.put(PropertyId.tag(0x6605), MapiType.PtypFloatingTime, 39000.5);
        b.put(PropertyId.tag(0x6606), MapiType.PtypErrorCode, 0x8004010F);
        b.put(PropertyId.tag(0x0063), MapiType.PtypBoolean, true);
        b.put(PropertyId.tag(0x6607), MapiType.PtypBoolean, false);
        b.put(PropertyId.tag(0x6608), MapiType.PtypInteger64, Long.MIN_VALUE);
        b.put(PropertyId.tag(0x0039), MapiType.PtypTime, Instant.parse("2010-05-01T08:00:00.1234567Z"));
        b.put(PropertyId.tag(0x6609), MapiType.PtypGuid, UUID.fromString("aef00600-0000-0000-c000-000000000046"));
        b.put(PropertyId.tag(0x300B), MapiType.PtypBinary, new byte[] {1, 2, 3});
        b.put(PropertyId.tag(0x660A), MapiType.PtypBinary, new byte[0]);
        b.put(PropertyId.tag(0x660B), MapiType.PtypMultipleInteger16, List.of((short) 1, (short) -1));
        b.put(PropertyId.tag(0x660C), MapiType.PtypMultipleInteger32, List.of(1, 2, 3));
        b.put(PropertyId.tag(0x660D), MapiType.PtypMultipleFloating32, List.of(0.5f));
        b.put(PropertyId.tag(0x660E), MapiType.PtypMultipleFloating64, List.of(1.0, 2.0));
        b.put(PropertyId.tag(0x660F), MapiType.PtypMultipleCurrency, List.of(5L));
        b.put(PropertyId.tag(0x6610), MapiType.PtypMultipleFloatingTime, List.of(3.25));
        b.put(PropertyId.tag(0x6611), MapiType.PtypMultipleInteger64, List.of(7L, 8L));
        b.put(PropertyId.tag(0x6612), MapiType.PtypMultipleString8, List.of("a", "bc", ""));
        b.put(PropertyId.tag(0x6613), MapiType.PtypMultipleString, List.of("ü", "€uro"));
        b.put(PropertyId.tag(0x6614), MapiType.PtypMultipleTime, List.of(Instant.parse("2001-01-01T00:00:00Z")));
        b.put(PropertyId.tag(0x6615), MapiType.PtypMultipleGuid, List.of(PS_PUBLIC_STRINGS, PSETID_COMMON));
        b.put(PropertyId.tag(0x6616), MapiType.PtypMultipleBinary, List.of(new byte[] {9}, new byte[] {1, 2, 3, 4, 5}));
        b.put(PropertyId.lid(PSETID_COMMON, 0x8501), MapiType.PtypInteger32, 15);
        b.put(PropertyId.lid(PSETID_COMMON, 0x85D8), MapiType.PtypString, "IPM.Note");
        b.put(PropertyId.name(PS_PUBLIC_STRINGS, "Keywords"), MapiType.PtypMultipleString, List.of("red", "blue"));
        b.put(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Odd"), MapiType.PtypString, "odd length name");
        return b;
    }

    @Test
    void everyTypeComesBackEqual() {
        InMemoryPropertyBag bag = everyType();
        TnefMessage back = new TnefReader().read(new TnefWriter().write(bag));
        assertEquals(List.of(), back.problems());
        Bags.assertSameProperties(bag, back, "every type");
    }

    @Test
    void recipientsAndAttachmentsComeBackEqual() {
        InMemoryPropertyBag to = new InMemoryPropertyBag();
        to.put(PropertyId.tag(0x3001), MapiType.PtypString, "Ryan Calafato");
        to.put(PropertyId.tag(0x0C15), MapiType.PtypInteger32, 1);
        InMemoryPropertyBag file = new InMemoryPropertyBag();
        file.put(PropertyId.tag(0x3705), MapiType.PtypInteger32, 1);
        file.put(PropertyId.tag(0x370B), MapiType.PtypInteger32, -1);
        file.put(PropertyId.tag(0x3704), MapiType.PtypString8, "notes.txt");
        file.put(PropertyId.tag(0x3707), MapiType.PtypString, "meeting notes.txt");
        file.put(PropertyId.tag(0x3701), MapiType.PtypBinary, "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        file.put(PropertyId.lid(PSETID_COMMON, 0x8514), MapiType.PtypBoolean, false);
        TnefMessage m = TnefMessage.of(everyType(), List.of(to, to), List.of(TnefAttachment.of(file)));
        TnefMessage back = new TnefReader().read(new TnefWriter().write(m));
        assertEquals(List.of(), back.problems());
        Bags.assertSameProperties(m, back, "message");
        assertEquals(2, back.recipients().size());
        Bags.assertSameProperties(to, back.recipients().get(1), "recipient");
        assertEquals(1, back.attachments().size());
        Bags.assertSameProperties(file, back.attachments().get(0), "attachment");
    }

    @Test
    void anEmbeddedMessageIsReadFromItsAttachment() {
        InMemoryPropertyBag inner = new InMemoryPropertyBag();
        inner.put(PropertyId.tag(0x0037), MapiType.PtypString, "inner");
        byte[] innerTnef = new TnefWriter().write(inner);
        byte[] object = new byte[16 + innerTnef.length];
        System.arraycopy(dev.oxprops.runtime.Guids.toBytes(TnefAttachment.IID_IMESSAGE), 0, object, 0, 16);
        System.arraycopy(innerTnef, 0, object, 16, innerTnef.length);
        InMemoryPropertyBag att = new InMemoryPropertyBag();
        att.put(PropertyId.tag(0x3705), MapiType.PtypInteger32, 5);
        att.put(PropertyId.tag(0x370B), MapiType.PtypInteger32, -1);
        att.put(TnefAttachment.ATTACH_DATA_OBJECT, MapiType.PtypObject, object);
        TnefMessage back = new TnefReader().read(new TnefWriter().write(
                TnefMessage.of(new InMemoryPropertyBag(), List.of(), List.of(TnefAttachment.of(att)))));
        Bags.assertSameProperties(att, back.attachments().get(0), "attachment");
        assertEquals("inner", back.attachments().get(0).embeddedMessage().orElseThrow().get(PropertyId.tag(0x0037)));
        // a reader that reads no embedded message refuses it by name
        TnefMessage shallow = new TnefReader().maxDepth(0).read(new TnefWriter().write(
                TnefMessage.of(new InMemoryPropertyBag(), List.of(), List.of(TnefAttachment.of(att)))));
        assertTrue(assertThrows(TnefFormatException.class, () -> shallow.attachments().get(0).embeddedMessage())
                .getMessage().contains("nested 1 deep"));
    }

    static Stream<String> realFiles() {
        return RealTnefFilesTest.files().map(a -> (String) a.get()[0]);
    }

    /** Every real stream, read, written and read again, gives the same message, recipients and attachments. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void realStreamsSurviveAWriteAndARead(String file) {
        TnefMessage first = new TnefReader().read(RealTnefFilesTest.bytes(file));
        TnefMessage again = new TnefReader().read(new TnefWriter().codepage(65001).write(first));
        assertEquals(List.of(), again.problems(), file);
        Bags.assertSameProperties(first, again, file);
        assertEquals(first.recipients().size(), again.recipients().size(), file);
        for (int i = 0; i < first.recipients().size(); i++) {
            Bags.assertSameProperties(first.recipients().get(i), again.recipients().get(i), file + " recipient " + i);
        }
        assertEquals(first.attachments().size(), again.attachments().size(), file);
        for (int i = 0; i < first.attachments().size(); i++) {
            Bags.assertSameProperties(first.attachments().get(i), again.attachments().get(i), file + " attachment " + i);
            assertEquals(first.attachments().get(i).otherAttributes(), again.attachments().get(i).otherAttributes());
        }
        assertEquals(first.otherAttributes(), again.otherAttributes(), file);
    }

    @Test
    void whatTnefCannotCarryUnchangedIsRefusedByName() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(PropertyId.tag(0x0E1D), MapiType.PtypString8, "Привет");
        TnefWriteException e = assertThrows(TnefWriteException.class, () -> new TnefWriter().write(bag));
        assertEquals(PropertyId.tag(0x0E1D), e.property());
        assertTrue(e.getMessage().contains("windows-1252"), e.getMessage());
        // a code page that can encode it writes it
        assertEquals("Привет", new TnefReader().read(new TnefWriter().codepage(1251).write(bag)).get(PropertyId.tag(0x0E1D)));

        PropertyBag wrongClass = new InMemoryPropertyBag();
        wrongClass.put(PropertyId.tag(0x0017), MapiType.PtypInteger32, "2");
        assertEquals(PropertyId.tag(0x0017),
                assertThrows(TnefWriteException.class, () -> new TnefWriter().write(wrongClass)).property());

        PropertyBag restriction = new InMemoryPropertyBag();
        restriction.put(PropertyId.tag(0x6700), MapiType.PtypRestriction, new byte[] {0});
        assertTrue(assertThrows(TnefWriteException.class, () -> new TnefWriter().write(restriction)).getMessage()
                .contains("PtypRestriction"));
    }
}
