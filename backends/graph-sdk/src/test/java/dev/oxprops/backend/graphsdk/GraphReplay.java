package dev.oxprops.backend.graphsdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oxprops.backend.graph.GraphPropertyId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local stand-in for Graph's {@code /me/messages/{id}} that replays one recorded message. As Graph does, a GET
 * answers with the extended properties whose ids the {@code $expand} filters name (ids compared as Graph
 * compares them, parsed), and refuses a filter of more than 15 expressions with Graph's error; a PATCH is
 * answered with the message. Shapes: "Get singleValueLegacyExtendedProperty", example 1 (request and
 * response), and "Create single-value extended property" (PATCH of an existing message) in Graph's v1.0
 * reference; the error text is the one Graph returns past the limit of its known issues page.
 */
final class GraphReplay extends Dispatcher {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ID_EQ = Pattern.compile("id eq '((?:[^']|'')*)'");
    private static final Pattern PART = Pattern.compile("(singleValueExtendedProperties|multiValueExtendedProperties)\\(\\$filter=(.*?)\\)(?=,single|,multi|$)");

    private final ObjectNode message;
    private final String path;

    GraphReplay(ObjectNode message) {
        this.message = message;
        this.path = "/v1.0/me/messages/" + message.get("id").textValue();
    }

    static ObjectNode recorded(String resource) {
        try (InputStream in = GraphReplay.class.getResourceAsStream(resource)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (!path.equals(request.getRequestUrl().encodedPath().replace("%3D", "="))) {
            return json(404, error("ErrorItemNotFound", "The specified object was not found in the store."));
        }
        if (request.getMethod().equals("PATCH")) {
            ObjectNode answer = message.deepCopy();
            answer.remove(List.of("singleValueExtendedProperties", "multiValueExtendedProperties"));
            return json(200, answer);
        }
        if (!request.getMethod().equals("GET")) {
            return json(405, error("ErrorInvalidRequest", "The OData request is not supported."));
        }
        ObjectNode answer = message.deepCopy();
        answer.remove(List.of("singleValueExtendedProperties", "multiValueExtendedProperties"));
        String expand = request.getRequestUrl().queryParameter("$expand");
        if (expand == null) {
            return json(200, answer);
        }
        Matcher part = PART.matcher(expand);
        while (part.find()) {
            List<GraphPropertyId> ids = idsOf(part.group(2));
            if (ids.size() > 15) {
                return json(400, error("ErrorInvalidUrlQueryFilter", "Too many child clauses specified in search filter "
                        + "expression containing 'OR' operators: " + ids.size() + ". Max allowed: 15"));
            }
            answer.set(part.group(1), matching(part.group(1), ids));
        }
        return json(200, answer);
    }

    /** The ids of a filter {@code id eq '…' or id eq '…'}. */
    static List<GraphPropertyId> idsOf(String filter) {
        List<GraphPropertyId> ids = new ArrayList<>();
        Matcher m = ID_EQ.matcher(filter);
        while (m.find()) {
            ids.add(GraphPropertyId.parse(m.group(1).replace("''", "'")));
        }
        return ids;
    }

    private ArrayNode matching(String member, List<GraphPropertyId> ids) {
        Set<GraphPropertyId> wanted = new HashSet<>(ids);
        ArrayNode out = MAPPER.createArrayNode();
        JsonNode all = message.get(member);
        if (all != null) {
            for (JsonNode e : all) {
                if (wanted.contains(GraphPropertyId.parse(e.get("id").textValue()))) {
                    out.add(e.deepCopy());
                }
            }
        }
        return out;
    }

    private static ObjectNode error(String code, String text) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("error").put("code", code).put("message", text);
        return root;
    }

    private static MockResponse json(int status, JsonNode body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body.toString());
    }
}
