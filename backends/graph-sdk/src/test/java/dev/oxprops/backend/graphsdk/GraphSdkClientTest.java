package dev.oxprops.backend.graphsdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.backend.graph.GraphPropertyId;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Graph SDK's real client and HTTP stack against a local server replaying a recorded sharing message (the
 * acceptance of [MS-OXSHARE] 4.3, as {@code SharingMessages} builds it; see {@link GraphReplay} for where the
 * shapes come from): fetch with the spec's $expand queries, validate, update one mirrored property.
 */
class GraphSdkClientTest {
    static final String RECORDED = "get-message-sharing-accept.json";

    private MockWebServer server;
    private ObjectNode recorded;
    private String messageId;
    private GraphServiceClient client;

    @BeforeEach
    void start() throws IOException {
        recorded = GraphReplay.recorded(RECORDED);
        messageId = recorded.get("id").textValue();
        server = new MockWebServer();
        server.setDispatcher(new GraphReplay(recorded));
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        client = LocalGraph.client(server.url("/v1.0").toString());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void fetchValidateAndPatchAMirroredPropertyThroughTheSdk() throws Exception {
        ValidationReport report = ReadmeGraphSnippet.run(client, messageId);
        assertTrue(report.isClean(), report.format());

        List<GraphExpand.Query> queries = GraphExpand.of(SharingMessageKeys.ALL);
        assertTrue(queries.size() > 1, "the spec has more properties than one filter may name");
        Set<GraphPropertyId> asked = new HashSet<>();
        for (GraphExpand.Query q : queries) {
            RecordedRequest get = server.takeRequest();
            assertEquals("GET", get.getMethod());
            assertEquals("/v1.0/me/messages/" + messageId, get.getRequestUrl().encodedPath().replace("%3D", "="));
            assertEquals("Bearer " + LocalGraph.TOKEN, get.getHeader("Authorization"));
            String expand = get.getRequestUrl().queryParameter("$expand");
            assertEquals(q.text(), expand, "the SDK sends the $expand built from the keys");
            List<GraphPropertyId> ids = GraphReplay.idsOf(expand);
            assertTrue(ids.size() <= GraphExpand.MAX_CLAUSES, expand);
            asked.addAll(ids);
        }
        Set<GraphPropertyId> all = new HashSet<>();
        for (PropertyKey<?> k : SharingMessageKeys.ALL) {
            all.add(GraphExpand.idOf(k));
        }
        assertEquals(all, asked, "every property of the spec is asked for, once");

        RecordedRequest patch = server.takeRequest();
        assertEquals("PATCH", patch.getMethod());
        assertEquals("/v1.0/me/messages/" + messageId, patch.getRequestUrl().encodedPath().replace("%3D", "="));
        JsonNode body = GraphReplay.MAPPER.readTree(patch.getBody().readUtf8());
        Map<String, String> sent = new TreeMap<>();
        for (JsonNode e : body.get("singleValueExtendedProperties")) {
            sent.put(GraphPropertyId.parse(e.get("id").textValue()).format(), e.get("value").textValue());
        }
        assertEquals(Map.of(
                GraphExpand.idOf(SharingMessageKeys.REMOTE_NAME).format(), "Ryan's calendar",
                GraphExpand.idOf(SharingMessageKeys.X_SHARING_REMOTE_NAME).format(), "Ryan's calendar"), sent,
                "the PATCH carries the property and its mirror, nothing else: " + body);
        assertEquals(0, server.getRequestCount() - queries.size() - 1, "no other request");
    }

    @Test
    void theBagFetchedIsTheMessageRecorded() {
        GraphItems.Fetched<com.microsoft.graph.models.Message> fetched = GraphItems.fetch(SharingMessageKeys.ALL,
                expand -> client.me().messages().byMessageId(messageId).get(rc -> rc.queryParameters.expand = expand));
        assertEquals(List.of(), fetched.problems());
        assertEquals("Allowed: sharing request: calendar", fetched.item().getSubject());
        assertEquals(dump(Section4Example.message(SharingMessageKeys.Flavor.ACCEPT)), dump(fetched.bag()),
                "the recorded response is the 4.3 acceptance SharingMessages builds");
    }

    @Test
    void aFilterPastTheLimitIsRefusedByTheReplayAsByGraph() throws Exception {
        String[] tooMany = {GraphExpand.of(SharingMessageKeys.ALL, 16).get(0).expand()[0]};
        ODataError e = assertThrows(ODataError.class, () ->
                client.me().messages().byMessageId(messageId).get(rc -> rc.queryParameters.expand = tooMany));
        assertEquals(400, e.getResponseStatusCode());
        assertTrue(e.getError().getMessage().endsWith("OR' operators: 16. Max allowed: 15"), e.getError().getMessage());
    }

    static List<String> dump(PropertyBag bag) {
        List<String> out = new ArrayList<>();
        GraphJson.write(bag).json().get(GraphJson.SINGLE).forEach(n -> out.add(n.toString()));
        return out;
    }
}
