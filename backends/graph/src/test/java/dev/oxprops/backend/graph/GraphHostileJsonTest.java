package dev.oxprops.backend.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadLimitException;
import dev.oxprops.runtime.ReadProblem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, item 8: duplicates are problems, number edge cases are typed and consistent, null is clear. */
class GraphHostileJsonTest {
    static final PropertyId SUBJECT = PropertyId.tag(0x0037);

    static boolean has(GraphJson.ReadResult r, ReadProblem.Kind kind, String fragment) {
        return r.problems().stream().anyMatch(p -> p.kind() == kind && (p.subject() + p.message()).contains(fragment));
    }

    @Test
    void aKeyTwiceInAnElementIsAProblemNotTheLastCopy() {
        GraphJson.ReadResult r = GraphJson.read("{\"singleValueExtendedProperties\":["
                + "{\"id\":\"String 0x0037\",\"value\":\"first\",\"value\":\"last\"}]}");
        assertFalse(r.bag().contains(SUBJECT), "neither copy is taken silently");
        assertTrue(has(r, ReadProblem.Kind.DUPLICATE, "\"value\" occurs twice"), r.problems()::toString);
    }

    @Test
    void aDuplicatedMemberIsAProblemAndTheFirstIsKept() {
        GraphJson.ReadResult r = GraphJson.read("{\"singleValueExtendedProperties\":["
                + "{\"id\":\"String 0x0037\",\"value\":\"first\"}],"
                + "\"singleValueExtendedProperties\":[{\"id\":\"String 0x0037\",\"value\":\"last\"}]}");
        assertEquals("first", r.bag().get(SUBJECT));
        assertTrue(has(r, ReadProblem.Kind.DUPLICATE, "singleValueExtendedProperties"), r.problems()::toString);
    }

    @Test
    void numbersOutOfRangeAreRefusedAsNumberOrString() {
        for (String v : List.of("1e400", "\"1e400\"", "\"1e309\"", "1e309", "\"1e-400\"", "1e-400", "-1e-400")) {
            GraphJson.ReadResult r = GraphJson.read("[{\"id\":\"Double 0x0E00\",\"value\":" + v + "}]");
            assertEquals(0, r.bag().size(), v);
            assertTrue(has(r, ReadProblem.Kind.MALFORMED_VALUE, "Double"), v + " " + r.problems());
        }
        for (String v : List.of("1e39", "\"1e39\"", "1e-50", "\"1e-50\"")) {
            GraphJson.ReadResult r = GraphJson.read("[{\"id\":\"Float 0x0E00\",\"value\":" + v + "}]");
            assertEquals(0, r.bag().size(), v);
        }
        GraphJson.ReadResult ok = GraphJson.read("[{\"id\":\"Double 0x0E00\",\"value\":0e-400},"
                + "{\"id\":\"Double 0x0E01\",\"value\":\"INF\"},{\"id\":\"Double 0x0E02\",\"value\":1.5e300}]");
        assertEquals(List.of(), ok.problems());
        assertEquals(0.0, ok.bag().get(PropertyId.tag(0x0E00)));
        assertEquals(Double.POSITIVE_INFINITY, ok.bag().get(PropertyId.tag(0x0E01)));
        assertEquals(1.5e300, ok.bag().get(PropertyId.tag(0x0E02)));
    }

    @Test
    void aNullStreamIsANullPointerExceptionNamingIt() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> GraphJson.read((InputStream) null));
        assertEquals("in", e.getMessage());
        assertThrows(GraphJsonException.class, () -> GraphJson.read((String) null));
    }

    @Test
    void aDocumentOverTheLimitIsATypedError() {
        byte[] doc = ("{\"body\":\"" + "x".repeat(2000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        ReadLimitException e = assertThrows(ReadLimitException.class,
                () -> GraphJson.read(new ByteArrayInputStream(doc), 1000));
        assertEquals(1000, e.limit());
        assertTrue(e.getMessage().contains("JSON document"), e.getMessage());
    }
}
