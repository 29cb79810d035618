package dev.oxprops.backend.tnef;

import dev.oxprops.testdata.RealFiles;

/** The real files of oxprops-test-data this module's tests read. */
final class RealData {
    static final String MIMEKIT = "jstedfast--MimeKit/";

    private RealData() {}

    static byte[] bytes(String name) {
        return RealFiles.bytes(name);
    }
}
