package dev.oxprops.backend.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.backend.graph.GraphPropertyId;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The EWS Java API's real client and HTTP stack against a local server replaying a recorded GetItem response
 * carrying the acceptance of [MS-OXSHARE] 4.3 (built by {@code SharingMessages}; shapes in {@link EwsReplay}):
 * GetItem with the spec's property set, validate, UpdateItem of one mirrored property.
 */
class EwsClientTest {
    static final String RECORDED = "getitem-sharing-accept.xml";
    static final String ITEM_ID = "AAMkADk0N2E4OTQ2LWRhMjUtNDZjNi1hMDBlLTgzY2Y1YjBlN2Q3OQBGAAAAAAC3SharingAccept43AAA=";

    private MockWebServer server;
    private ExchangeService service;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new EwsReplay(RECORDED, "updateitem-response.xml"));
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setCredentials(new WebCredentials("user10@fabrikam.com", "not-a-secret"));
        service.setUrl(new URI(server.url(EwsReplay.PATH).toString()));
    }

    @AfterEach
    void stop() {
        service.close();
        server.close();
    }

    @Test
    void getItemValidateAndUpdateAMirroredPropertyThroughTheApi() throws Exception {
        ValidationReport report = ReadmeEwsSnippet.run(service, ITEM_ID);
        assertTrue(report.isClean(), report.format());

        Document get = EwsReplay.soap(server.takeRequest());
        assertEquals("GetItem", EwsReplay.operation(get));
        assertEquals(ITEM_ID, EwsReplay.types(get, "ItemId").get(0).getAttribute("Id"));
        Set<GraphPropertyId> asked = new HashSet<>();
        for (Element uri : EwsReplay.types(get, "ExtendedFieldURI")) {
            assertTrue(asked.add(EwsFieldUri.parse(a -> uri.hasAttribute(a) ? uri.getAttribute(a) : null)), "asked twice");
        }
        Set<GraphPropertyId> all = new HashSet<>();
        for (PropertyKey<?> k : SharingMessageKeys.ALL) {
            all.add(EwsFieldUri.idOf(k.id(), k.type()));
        }
        assertEquals(all, asked, "the GetItem names every property of the spec");

        Document update = EwsReplay.soap(server.takeRequest());
        assertEquals("UpdateItem", EwsReplay.operation(update));
        Map<String, String> set = new HashMap<>();
        for (Element field : EwsReplay.types(update, "SetItemField")) {
            Element uri = EwsReplay.types(field.getOwnerDocument(), "ExtendedFieldURI").stream()
                    .filter(u -> u.getParentNode() == field).findFirst().orElseThrow();
            GraphPropertyId id = EwsFieldUri.parse(a -> uri.hasAttribute(a) ? uri.getAttribute(a) : null);
            set.put(id.format(), field.getElementsByTagNameNS(EwsXml.TYPES, "Value").item(0).getTextContent());
        }
        assertEquals(Map.of(
                EwsFieldUri.idOf(SharingMessageKeys.REMOTE_NAME.id(), SharingMessageKeys.REMOTE_NAME.type()).format(), "Ryan's calendar",
                EwsFieldUri.idOf(SharingMessageKeys.X_SHARING_REMOTE_NAME.id(), SharingMessageKeys.X_SHARING_REMOTE_NAME.type()).format(),
                "Ryan's calendar"), set, "the UpdateItem sets the property and its mirror, nothing else");
        assertEquals(List.of(), EwsReplay.types(update, "DeleteItemField"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void theApiAndTheJdkReaderReadTheRecordedResponseAlike() throws Exception {
        var message = microsoft.exchange.webservices.data.core.service.item.EmailMessage.bind(service,
                new microsoft.exchange.webservices.data.property.complex.ItemId(ITEM_ID),
                EwsDefinitions.propertySet(SharingMessageKeys.ALL));
        GraphJson.ReadResult viaApi = EwsItems.read(message);
        assertEquals(List.of(), viaApi.problems());
        GraphJson.ReadResult viaXml = EwsXml.read(new ByteArrayInputStream(
                EwsReplay.resource(RECORDED).getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), viaXml.problems());
        List<String> expected = dump(Section4Example.message(SharingMessageKeys.Flavor.ACCEPT));
        assertEquals(expected, dump(viaApi.bag()), "the recorded response is the 4.3 acceptance SharingMessages builds");
        assertEquals(expected, dump(viaXml.bag()));
        assertEquals("Allowed: sharing request: calendar", message.getSubject());
    }

    static List<String> dump(PropertyBag bag) {
        List<String> out = new ArrayList<>();
        GraphJson.write(bag).json().get(GraphJson.SINGLE).forEach(n -> out.add(n.toString()));
        return out;
    }
}
