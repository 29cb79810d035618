package dev.oxprops.backend.graph;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.oxprops.runtime.OxPropsException;

/**
 * Fuzzes the Graph id parser and the JSON reader: an id parses, and then formats to a form that parses to the
 * same id, or it is refused with a typed exception; a JSON document is read (keeping what it can) or refused with
 * a typed exception. Under plain {@code mvn test} this runs over the committed inputs in
 * {@code GraphIdFuzzTestInputs}; with {@code JAZZER_FUZZ=1} Jazzer mutates them.
 */
class GraphIdFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void idsAndDocuments(String text) {
        try {
            GraphPropertyId id = GraphPropertyId.parse(text);
            GraphPropertyId again = GraphPropertyId.parse(id.format());
            if (!again.equals(id)) {
                throw new AssertionError("canonical form of " + text + " parses to another id: " + again);
            }
        } catch (GraphIdFormatException expected) {
            // malformed ids are refused with the part that is wrong
        }
        try {
            GraphJson.read(text);
        } catch (OxPropsException expected) {
            // not JSON at all
        }
    }
}
