package dev.oxprops.backend.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EwsXmlTest {
    static GraphJson.ReadResult read(String xml) throws IOException {
        return EwsXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theCreateItemRequestCarriesEveryPropertyAndReadsBack() throws IOException {
        PropertyBag accept = Section4Example.message(SharingMessageKeys.Flavor.ACCEPT);
        String request = EwsXml.createItemRequest(accept);
        assertTrue(request.contains("<m:CreateItem MessageDisposition=\"SaveOnly\">"), request);
        assertTrue(request.contains("<t:ExtendedFieldURI PropertySetId=\"00062040-0000-0000-c000-000000000046\" "
                + "PropertyId=\"35352\" PropertyType=\"Integer\"/><t:Value>144144</t:Value>"), request);
        GraphJson.ReadResult back = read(request);
        assertEquals(List.of(), back.problems());
        assertEquals(GraphJson.write(accept).text(), GraphJson.write(back.bag()).text());
    }

    @Test
    void badElementsAreListedAndTheRestIsRead() throws IOException {
        String xml = "<t:Message xmlns:t=\"" + EwsXml.TYPES + "\">"
                + "<t:ExtendedProperty><t:ExtendedFieldURI PropertyTag=\"0x1a\" PropertyType=\"String\"/><t:Value>IPM.Sharing</t:Value></t:ExtendedProperty>"
                + "<t:ExtendedProperty><t:ExtendedFieldURI PropertyTag=\"0x1a\" PropertyType=\"String\"/><t:Value>again</t:Value></t:ExtendedProperty>"
                + "<t:ExtendedProperty><t:ExtendedFieldURI PropertyTag=\"0x37\" PropertyType=\"Object\"/><t:Value>x</t:Value></t:ExtendedProperty>"
                + "<t:ExtendedProperty><t:ExtendedFieldURI DistinguishedPropertySetId=\"Nowhere\" PropertyId=\"1\" PropertyType=\"Integer\"/><t:Value>1</t:Value></t:ExtendedProperty>"
                + "<t:ExtendedProperty><t:ExtendedFieldURI DistinguishedPropertySetId=\"Sharing\" PropertyId=\"35352\" PropertyType=\"Integer\"/><t:Value>x</t:Value></t:ExtendedProperty>"
                + "<t:ExtendedProperty><t:ExtendedFieldURI DistinguishedPropertySetId=\"Sharing\" PropertyId=\"-2147483647\" PropertyType=\"Integer\"/><t:Value>144144</t:Value></t:ExtendedProperty>"
                + "<t:ExtendedProperty><t:Value>no uri</t:Value></t:ExtendedProperty>"
                + "</t:Message>";
        GraphJson.ReadResult r = read(xml);
        assertEquals("IPM.Sharing", r.bag().get(SharingMessageKeys.MESSAGE_CLASS.id()));
        assertEquals(144144, r.bag().get(dev.oxprops.runtime.PropertyId.lid(SharingMessageKeys.SET_PSETID_SHARING, 0x80000001L)),
                "a LID from 0x80000000 is sent as a negative xs:int");
        assertEquals(5, r.problems().size(), r.problems().toString());
        // the runtime's ReadProblem, as every backend reports: where, which property when known, what EWS called it
        dev.oxprops.runtime.ReadProblem twice = r.problems().get(0);
        assertEquals(dev.oxprops.runtime.ReadProblem.Kind.DUPLICATE, twice.kind());
        assertEquals("ExtendedProperty[1]", twice.subject());
        assertEquals(SharingMessageKeys.MESSAGE_CLASS.id(), twice.property());
        assertTrue(twice.message().contains("the first, at ExtendedProperty[0], is kept"), twice.message());
        dev.oxprops.runtime.ReadProblem object = r.problems().get(1);
        assertEquals(dev.oxprops.runtime.ReadProblem.Kind.MALFORMED_VALUE, object.kind());
        assertEquals("ExtendedProperty[2]", object.subject());
        assertTrue(object.message().contains("0x37"), object.message());
    }

    @Test
    void notXmlOrADoctypeOrNoItemIsATypedError() {
        assertThrows(EwsFormatException.class, () -> read("not xml"));
        assertThrows(EwsFormatException.class, () -> read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
        EwsFormatException e = assertThrows(EwsFormatException.class, () -> read("<m:ResponseCode xmlns:m=\""
                + EwsXml.MESSAGES + "\">ErrorItemNotFound</m:ResponseCode>"));
        assertTrue(e.getMessage().contains("ErrorItemNotFound"), e.getMessage());
    }
}
