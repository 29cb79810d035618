package dev.oxprops.backend.tnef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The real files of oxprops-test-data this module's tests read. */
final class RealData {
    static final String MIMEKIT = "jstedfast--MimeKit/";

    private RealData() {}

    static byte[] bytes(String name) {
        try (InputStream in = RealData.class.getResourceAsStream("/dev/oxprops/testdata/real/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no such file in oxprops-test-data: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
