package dev.oxprops.backend.msg;

import dev.oxprops.runtime.ReadLimitException;
import dev.oxprops.runtime.ReadProblem;
import java.io.IOException;

/**
 * Reads streams of one file with memory bounded by the bytes present. Before allocating, a stream's
 * declared size is checked against the file's size (no stream holds more than the file), against what
 * the streams read so far leave of it (their sectors cannot overlap in a well-formed file, so together
 * they never hold more than the file), and against the reader's configured limit on the bytes kept.
 * The first two are damage: the stream is skipped with a problem. The third is a limit the caller chose:
 * {@link ReadLimitException} naming the stream and the limit.
 */
final class StreamBudget {
    private final long fileSize;
    private final long maxValueBytes;
    private final Problems problems;
    private long held;

    StreamBudget(long fileSize, long maxValueBytes, Problems problems) {
        this.fileSize = fileSize;
        this.maxValueBytes = maxValueBytes;
        this.problems = problems;
    }

    /**
     * The bytes of stream {@code name} of {@code dir}; null when it is absent (no problem), or when it is
     * a storage, unreadable or larger than the file can hold (with a problem about {@code what}).
     */
    byte[] read(CompoundFile.Storage dir, String name, Object what) {
        CompoundFile.Node e = dir.getEntry(name);
        if (e == null) {
            return null;
        }
        if (!(e instanceof CompoundFile.Stream)) {
            report(what, ReadProblem.Kind.MALFORMED_STRUCTURE, name + " is a storage, not a stream; skipped");
            return null;
        }
        long size = ((CompoundFile.Stream) e).getSize();
        if (!fits(size, what, name)) {
            return null;
        }
        byte[] b = new byte[(int) size];
        try {
            ((CompoundFile.Stream) e).readInto(b);
        } catch (IOException | RuntimeException x) {
            report(what, ReadProblem.Kind.SIZE_MISMATCH, "stream " + name + " declares " + size
                    + " bytes but cannot be read whole (" + MsgReader.describe(x) + "); skipped");
            return null;
        }
        held += size;
        return b;
    }

    private boolean fits(long size, Object what, String name) {
        if (size > fileSize) {
            report(what, ReadProblem.Kind.SIZE_MISMATCH, "stream " + name + " declares " + size
                    + " bytes, more than the whole file holds (" + fileSize + "); skipped");
            return false;
        }
        if (held + size > fileSize) {
            report(what, ReadProblem.Kind.SIZE_MISMATCH, "stream " + name + " declares " + size + " bytes; with the "
                    + held + " bytes of the streams read before it, more than the whole file holds (" + fileSize
                    + "): streams share sectors; skipped");
            return false;
        }
        if (held + size > maxValueBytes) {
            throw new ReadLimitException(describe(what, name), held + size, maxValueBytes,
                    "reader's limit on the bytes of values kept (MsgReader.maxValueBytes)");
        }
        return true;
    }

    private static String describe(Object what, String name) {
        return what + ": stream " + name;
    }

    private void report(Object what, ReadProblem.Kind kind, String message) {
        if (what instanceof PropertyLabel) {
            problems.add(kind, (PropertyLabel) what, message);
        } else {
            problems.add(kind, String.valueOf(what), message);
        }
    }
}
