package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
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

    @Test
    void aLentFileIsItsBytesInTheThreadsBufferWhichTheNextReadUsesAgain(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.bin");
        Files.write(a, bytes(300));
        Files.write(b, Arrays.copyOf(bytes(301), 120));
        byte[][] lent = new byte[2][];
        byte[] first = BoundedInput.readFile(a, 1000, LIMIT, (data, n) -> {
            lent[0] = data;
            return Arrays.copyOf(data, n);
        });
        byte[] second = BoundedInput.readFile(b, 1000, LIMIT, (data, n) -> {
            lent[1] = data;
            return Arrays.copyOf(data, n);
        });
        assertArrayEquals(bytes(300), first);
        assertArrayEquals(Arrays.copyOf(bytes(301), 120), second);
        assertSame(lent[0], lent[1], "the thread's buffer is lent again");
        assertArrayEquals(bytes(300), first, "what the first read copied out is its own");
        // the copying read gives an array of its own, not the buffer
        assertNotSame(lent[0], BoundedInput.readFile(a, 1000, LIMIT));
    }

    @Test
    void aReadNestedInAParserAndAnotherThreadsReadGetBuffersOfTheirOwn(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.bin");
        Files.write(a, bytes(200));
        Files.write(b, new byte[200]);
        byte[][] inner = new byte[1][];
        byte[] outer = BoundedInput.readFile(a, 1000, LIMIT, (data, n) -> {
            BoundedInput.readFile(b, 1000, LIMIT, (d, m) -> inner[0] = d);
            assertNotSame(data, inner[0]);
            assertArrayEquals(bytes(200), Arrays.copyOf(data, n), "the nested read left the outer bytes alone");
            return data;
        });
        byte[] other = CompletableFuture.supplyAsync(() -> {
            try {
                return BoundedInput.readFile(a, 1000, LIMIT, (data, n) -> data);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get();
        assertNotSame(outer, other, "another thread's buffer");
    }

    @Test
    void aFileLargerThanWhatAThreadKeepsGetsAnArrayOfItsOwnThatIsNotKept(@TempDir Path dir) throws IOException {
        Path large = dir.resolve("large.bin");
        Path small = dir.resolve("small.bin");
        Files.write(large, bytes(BoundedInput.KEPT + 1));
        Files.write(small, bytes(10));
        byte[] big = BoundedInput.readFile(large, BoundedInput.KEPT + 1, LIMIT, (data, n) -> {
            assertEquals(BoundedInput.KEPT + 1, n);
            return data;
        });
        byte[] next = BoundedInput.readFile(small, 100, LIMIT, (data, n) -> data);
        assertNotSame(big, next);
        assertEquals(true, next.length <= BoundedInput.KEPT);
    }

    @Test
    void aFileThatGrowsOrShrinksWhileReadIsReadAsFarAsItGoesWithinTheLimit() throws IOException {
        // its size says 10 bytes, it holds 20: read whole under a limit of 20, refused under 15
        assertArrayEquals(bytes(20), BoundedInput.read(new Lying(bytes(20), 10), "grown", 20, LIMIT, Arrays::copyOf));
        ReadLimitException e = assertThrows(ReadLimitException.class,
                () -> BoundedInput.read(new Lying(bytes(20), 10), "grown", 15, LIMIT, Arrays::copyOf));
        assertEquals("grown: more than 15 bytes, over the test limit (T.max) of 15 bytes", e.getMessage());
        // its size says 30 bytes, it holds 20
        assertArrayEquals(bytes(20), BoundedInput.read(new Lying(bytes(20), 30), "shrunk", 30, LIMIT, Arrays::copyOf));
        // refused by its size before anything is read
        Lying over = new Lying(bytes(20), 20);
        assertThrows(ReadLimitException.class, () -> BoundedInput.read(over, "x", 19, LIMIT, Arrays::copyOf));
        assertEquals(0, over.position());
    }

    /** A channel over {@code content} whose size says {@code size} bytes, and whose reads give at most 7 bytes. */
    private static final class Lying implements SeekableByteChannel {
        private final byte[] content;
        private final long size;
        private int at;

        Lying(byte[] content, long size) {
            this.content = content;
            this.size = size;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (at == content.length) {
                return -1;
            }
            int n = Math.min(7, Math.min(dst.remaining(), content.length - at));
            dst.put(content, at, n);
            at += n;
            return n;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public long position() {
            return at;
        }

        @Override
        public SeekableByteChannel position(long p) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeekableByteChannel truncate(long s) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
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
