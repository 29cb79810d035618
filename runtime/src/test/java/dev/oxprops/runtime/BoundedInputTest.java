package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedInputTest {
    private static final String LIMIT = "test limit (T.max)";

    @Test
    void readsAnInputUpToTheLimit() throws IOException {
        byte[] data = bytes(100);
        assertArrayEquals(data, BoundedInput.readAll(new ByteArrayInputStream(data), "the input", 100, LIMIT));
        assertArrayEquals(data, BoundedInput.readAll(new ByteArrayInputStream(data), "the input", 101, LIMIT));
        assertArrayEquals(new byte[0], BoundedInput.readAll(new ByteArrayInputStream(new byte[0]), "the input", 0, LIMIT));
    }

    @Test
    void oneByteOverTheLimitIsRefusedNamingTheLimitAndReadingAtMostOneByteMore() {
        CountingInput in = new CountingInput(new ByteArrayInputStream(bytes(1000)));
        ReadLimitException e = assertThrows(ReadLimitException.class, () -> BoundedInput.readAll(in, "the input", 99, LIMIT));
        assertEquals("the input", e.subject());
        assertEquals(99, e.limit());
        assertEquals("the input: more than 99 bytes, over the test limit (T.max) of 99 bytes", e.getMessage());
        assertEquals(100, in.read);
        assertThrows(ReadLimitException.class,
                () -> BoundedInput.readAll(new ByteArrayInputStream(new byte[1]), "the input", 0, LIMIT));
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("in.bin");
        Files.write(file, bytes(50));
        assertArrayEquals(bytes(50), BoundedInput.readFile(file, 50, LIMIT));
        ReadLimitException e = assertThrows(ReadLimitException.class, () -> BoundedInput.readFile(file, 49, LIMIT));
        assertEquals(file.toString(), e.subject());
        assertEquals(file + ": 50 bytes, over the test limit (T.max) of 49 bytes", e.getMessage());
    }

    @Test
    void aLimitOutsideWhatAnArrayHoldsIsAProgrammingError(@TempDir Path dir) {
        InputStream in = new ByteArrayInputStream(new byte[1]);
        assertEquals("a limit lies in 0..2147483639, got -1", assertThrows(IllegalArgumentException.class,
                () -> BoundedInput.readAll(in, "x", -1, LIMIT)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> BoundedInput.readAll(in, "x", BoundedInput.MAX_LIMIT + 1, LIMIT));
        assertThrows(IllegalArgumentException.class, () -> BoundedInput.readFile(dir, -1, LIMIT));
    }

    @Test
    void theLargestLimitIsAllowed() throws IOException {
        // nothing is allocated for the limit itself: only for the bytes there are
        assertArrayEquals(bytes(3), BoundedInput.readAll(new CountingInput(new ByteArrayInputStream(bytes(3))), "x",
                BoundedInput.MAX_LIMIT, LIMIT));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7);
        }
        return b;
    }

    private static final class CountingInput extends InputStream {
        private final InputStream in;
        int read;

        CountingInput(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }
}
