package dev.oxprops.backend.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.testdata.RealFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The headers of a real Exchange 2010 sharing invitation, read through the bag. */
class Exchange2010HeadersTest {
    static final String HEADERS = "javaxt-project--javaxt-exchange/exchange2010_sharing_invitation_headers.txt";
    private MimePropertyBag bag;

    static PropertyId header(String name) {
        return PropertyId.name(PropertyId.PS_INTERNET_HEADERS, name);
    }

    static MimePropertyBag load() throws IOException {
        try (InputStream in = RealFiles.open(HEADERS)) {
            return MimePropertyBag.parse(in);
        }
    }

    @BeforeEach
    void read() throws IOException {
        bag = load();
    }

    @Test
    void everyXSharingHeaderReadsAsTypedString() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("X-Sharing-Capabilities", "402B0");
        expected.put("X-Sharing-Flavor", "310");
        expected.put("X-Sharing-Provider-Guid", "AEF0060000000000C000000000000046");
        expected.put("X-Sharing-Provider-Name", "Microsoft Exchange");
        expected.put("X-Sharing-Provider-Url", "http://www.microsoft.com/exchange/");
        expected.put("X-Sharing-Remote-Path", "");
        expected.put("X-Sharing-Remote-Name", "Jane\u00B4s her share calendar");
        expected.put("X-Sharing-Remote-Uid",
                "00000000BC5AB69D4370454FB480A15DB2A7E93C0100DCB29F06B087BB439B542470E7A5D6E300002DAFEAEA0000");
        expected.put("X-Sharing-Remote-Store-Uid", "0000000038A1BB1005E5101AA1BB08002B2A56C20000454D534D44422E444C4C"
                + "00000000000000001B55FA20AA6611CD9BC800AA002FC45A0C00000045584348414E474532303130002F6F3D4669"
                + "727374204F7267616E697A6174696F6E2F6F753D45786368616E67652041646D696E6973747261746976652047"
                + "726F7570202846594449424F484632335350444C54292F636E3D526563697069656E74732F636E3D4A616E6520"
                + "446F6534633900");
        expected.put("X-Sharing-Remote-Type", "IPF.Appointment");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            PropertyKey<String> key = PropertyKey.of("PidName" + e.getKey().replace("-", ""), header(e.getKey()),
                    MapiType.PtypString, "", String.class);
            assertEquals(e.getValue(), key.read(bag), e.getKey());
            assertEquals(MapiType.PtypString, bag.typeOf(header(e.getKey())), e.getKey());
        }
    }

    @Test
    void headerMissingFromTheDumpIsAbsentButCarried() {
        PropertyId localType = header("X-Sharing-Local-Type");
        assertNull(bag.get(localType));
        assertFalse(bag.contains(localType));
        assertNull(bag.typeOf(localType));
        assertTrue(bag.canCarry(localType, MapiType.PtypString));
    }

    @Test
    void emptyHeaderIsPresentWithEmptyValue() {
        assertTrue(bag.contains(header("x-sharing-remote-path")));
        assertEquals("", bag.get(header("X-MS-TNEF-Correlator")));
    }

    @Test
    void lookupsIgnoreCaseBothWays() {
        assertEquals("310", bag.get(header("X-SHARING-FLAVOR")));
        assertEquals("310", bag.get(header("x-sharing-flavor")));
        assertEquals("yes", bag.get(header("x-ms-has-attach")));
        bag.put(header("X-SHARING-FLAVOR"), MapiType.PtypString, "20310");
        assertEquals("20310", bag.get(header("x-sharing-flavor")));
        assertEquals(1, headerCount("X-Sharing-Flavor"), "put replaces the lowercase header, it does not add one");
    }

    private int headerCount(String name) {
        try {
            return bag.message().getHeader(name).length;
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void forEachListsEveryHeaderOnceInMessageOrderWithItsSpelling() {
        List<String> names = new ArrayList<>();
        bag.forEach((id, type, value) -> {
            assertEquals(MapiType.PtypString, type);
            assertTrue(value instanceof String);
            names.add(((PropertyId.Name) id).name());
        });
        assertEquals(16, names.size());
        assertEquals(16, bag.size());
        assertEquals("X-MS-Exchange-Organization-AuthAs", names.get(0));
        assertEquals("x-sharing-capabilities", names.get(6));
        assertEquals("x-sharing-remote-type", names.get(15));
    }

    @Test
    void realHeadersHaveNoProblems() {
        assertEquals(List.of(), bag.problems());
    }

    @Test
    void writeThenParseGivesTheSameProperties() throws IOException {
        byte[] eml = bag.toBytes();
        MimePropertyBag again = MimePropertyBag.parse(new ByteArrayInputStream(eml));
        Map<PropertyId, Object> before = new LinkedHashMap<>();
        bag.forEach((id, type, value) -> before.put(id, value));
        Map<PropertyId, Object> after = new LinkedHashMap<>();
        again.forEach((id, type, value) -> after.put(id, value));
        assertEquals(before, after);
        assertEquals("Jane\u00B4s her share calendar", again.get(header("X-Sharing-Remote-Name")));
    }
}
