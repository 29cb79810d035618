package dev.oxprops.backend.msg;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.oxprops.runtime.OxPropsException;

/**
 * Fuzzes {@link MsgReader}: whatever the bytes, the reader returns a message or throws an
 * {@link OxPropsException}; any other throwable fails the test; and the same bytes lent in a longer buffer that holds
 * other bytes after them read the same (nothing past the file's length is read). Under plain {@code mvn test} this runs
 * over the committed inputs in {@code src/test/resources/dev/oxprops/backend/msg/MsgReaderFuzzTestInputs};
 * with {@code JAZZER_FUZZ=1} Jazzer mutates them.
 */
class MsgReaderFuzzTest {
    private static final MsgReader READER = new MsgReader().maxFileSize(4 << 20).maxValueBytes(16 << 20);

    @FuzzTest(maxDuration = "2m")
    void fuzzReader(byte[] data) {
        try {
            MsgMessage m = READER.read(data);
            m.forEach((id, type, value) -> {
                if (value == null || type == null) {
                    throw new AssertionError("null in the bag for " + id);
                }
            });
        } catch (OxPropsException expected) {
            // the only exception bad input may give
        }
        byte[] lent = java.util.Arrays.copyOf(data, data.length * 2 + 512);
        System.arraycopy(data, 0, lent, data.length, data.length); // what an earlier, longer file left there
        java.util.Arrays.fill(lent, data.length * 2, lent.length, (byte) 0xFF);
        if (!LentBufferTest.outcome(READER, data, data.length).equals(LentBufferTest.outcome(READER, lent, data.length))) {
            throw new AssertionError("the bytes after the file's length changed what was read");
        }
    }
}
