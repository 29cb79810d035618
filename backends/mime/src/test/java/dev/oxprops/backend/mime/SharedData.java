package dev.oxprops.backend.mime;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's shared reference data (read-only), at -Doxprops.shared.data or /work/shared/data. */
final class SharedData {
    private SharedData() {}

    static Path exchange2010Headers() {
        Path p = Path.of(System.getProperty("oxprops.shared.data", "/work/shared/data"), "real",
                "javaxt-project--javaxt-exchange", "exchange2010_sharing_invitation_headers.txt");
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("shared test data not found: " + p + " (set -Doxprops.shared.data)");
        }
        return p;
    }
}
