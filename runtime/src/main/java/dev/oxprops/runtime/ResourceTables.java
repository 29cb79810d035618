package dev.oxprops.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the runtime's tab-separated fact tables (resources next to this class, shared with the tools that
 * generate code): the rows after the header, without comment ({@code #}) and blank lines.
 */
final class ResourceTables {
    private ResourceTables() {}

    /** The rows of the table, each split at tabs; the first non-comment line is the header and is skipped. */
    static List<String[]> rows(String resource) {
        try (InputStream in = ResourceTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource dev/oxprops/runtime/" + resource + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    rows.add(line.split("\t"));
                }
                header = false;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
