package dev.oxprops.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.backend.ews.EwsXml;
import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code create --format xml} writes the EWS CreateItem request; {@code inspect} reads a saved EWS GetItem response. */
class MailboxFormatsTest {
    @TempDir
    Path dir;

    @Test
    void createWritesTheEwsCreateItemRequestAndInspectReadsAGetItemResponse() throws Exception {
        Path request = dir.resolve("invitation.xml");
        Cli r = Cli.run("create", "invitation", "--format", "xml", "--out", request.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("wrote invitation as xml"), r::toString);
        String soap = Files.readString(request);
        assertTrue(soap.contains("<m:CreateItem MessageDisposition=\"SaveOnly\">"), soap);
        try (InputStream in = Files.newInputStream(request)) {
            GraphJson.ReadResult read = EwsXml.read(in);
            assertEquals(Flavor.INVITATION_SPECIAL_FOLDER.value(), SharingMessageAccessor.of(read.bag()).getFlavor());
            assertTrue(SharingMessageValidator.INSTANCE.validate(read.bag()).isClean());
        }

        // what GetItem would answer for that message (EWS reference, "GetItem operation (email message)")
        String properties = soap.substring(soap.indexOf("<t:Message>") + "<t:Message>".length(), soap.indexOf("</t:Message>"));
        Path response = dir.resolve("getitem-response");
        Files.writeString(response, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + "<m:GetItemResponse xmlns:m=\"" + EwsXml.MESSAGES + "\" xmlns:t=\"" + EwsXml.TYPES + "\"><m:ResponseMessages>"
                + "<m:GetItemResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode><m:Items>"
                + "<t:Message><t:ItemId Id=\"AAMkAD=\" ChangeKey=\"CQAAAB\"/>\n" + properties + "\n</t:Message>"
                + "</m:Items></m:GetItemResponseMessage></m:ResponseMessages></m:GetItemResponse></s:Body></s:Envelope>\n");
        Cli inspect = Cli.run("inspect", response.toString());
        assertEquals(0, inspect.code, inspect::toString);
        assertTrue(inspect.out.contains("(xml)"), inspect::toString);
        assertTrue(inspect.out.contains("INVITATION_SPECIAL_FOLDER"), inspect::toString);
    }
}
