package dev.oxprops.sample;

import dev.oxprops.runtime.BoundedInput;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * The work of a bulk scan, one function for {@code oxprops scan} and the Spark job ({@code integrations/spark}): a
 * file becomes {@link Job}s, each of which reads, recognises and validates items exactly as {@code inspect} does
 * (the generated validators, through {@link InspectCommand#inspect}) without rendering their property tables. A
 * message file is one job (its attached messages included); a PST is one job per item, read one after the other on
 * a reader thread (java-libpst is not safe for concurrent use; one PST is read at a time in a JVM) and handed on
 * through a small bounded queue, so that its items can be validated in parallel and a PST of any size is never held
 * in memory. Jobs never throw: whatever goes wrong is an item's status, with a sentence saying what.
 */
public final class ItemScan {
    /** How many items of a PST are read ahead of the jobs that validate them. */
    static final int PST_READ_AHEAD = 8;

    private static final byte[] PST_SIGNATURE = {'!', 'B', 'D', 'N'};
    private static final String IN_MEMORY_LIMIT = "limit on a file read into memory (the readers' own)";
    /** The inspectors of the four options (strict, read password-protected), made once: the work is stateless. */
    private static final InspectCommand[] INSPECTORS = {newInspector(false, false), newInspector(false, true),
        newInspector(true, false), newInspector(true, true)};

    private ItemScan() {}

    /**
     * What a scan is told.
     *
     * @param strict whether SHOULD / SHOULD NOT violations make an item's status "violations"
     * @param readPasswordProtected whether the items of a password-protected PST are read
     */
    public record Options(boolean strict, boolean readPasswordProtected) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One unit of work: a file, or an item of a PST, giving its items (the message first, then attached messages). */
    @FunctionalInterface
    public interface Job {
        List<ScanItem> run();
    }

    /** A job's work, run on the calling thread; never throws. */
    public static List<ScanItem> run(Job job) {
        return job.run();
    }

    /**
     * The jobs of one file, in order: one for a message file (any format but PST, recognised by content), one per
     * item for a PST (then one per problem of its walk). Items are named after {@code name} (e.g. a URI) instead of
     * {@code file}'s own name. The caller must drain the iterator or {@link Jobs#close() close} it (a PST's reader
     * thread holds the file and the lock until then).
     */
    public static Jobs jobs(Path file, String name, Options options) {
        InspectCommand cmd = inspector(options);
        String prefix = file.toString();
        // the file is opened here and its first four bytes looked at, so that a PST is known when its jobs are taken
        // (it is read item by item, in input order); a message file's job reads it whole through the same open
        // channel, on the thread that runs the job, and parses it at once (in a bulk scan the walk and this look are
        // the work done under the input's lock: reading the file is not, and no file's bytes wait in the window)
        FileChannel channel = open(file);
        if (channel == null) {
            return Jobs.of(() -> renamed(cmd.inspectOrUnreadable(file, null, 0), prefix, name));
        }
        if (startsLikeAPst(channel)) {
            closeQuietly(channel);
            return new PstJobs(cmd, file, prefix, name, options.readPasswordProtected());
        }
        return Jobs.of(() -> renamed(readAndInspect(cmd, file, channel), prefix, name), channel);
    }

    /** Every item of one file, its jobs run one after the other on the calling thread (as the Spark job runs them). */
    public static Iterator<ScanItem> items(Path file, String name, Options options) {
        Jobs jobs = jobs(file, name, options);
        return new Iterator<>() {
            private Iterator<ScanItem> current = List.<ScanItem>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && jobs.hasNext()) {
                    current = jobs.next().run().iterator();
                }
                return current.hasNext();
            }

            @Override
            public ScanItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** An inspector that validates without building property tables. */
    static InspectCommand inspector(Options options) {
        return INSPECTORS[(options.strict() ? 2 : 0) + (options.readPasswordProtected() ? 1 : 0)];
    }

    private static InspectCommand newInspector(boolean strict, boolean readPasswordProtected) {
        InspectCommand cmd = new InspectCommand();
        cmd.strict = strict;
        cmd.readPasswordProtected = readPasswordProtected;
        cmd.tables = false;
        return cmd;
    }

    private static List<ScanItem> renamed(InspectCommand.Result r, String prefix, String name) {
        List<ScanItem> items = ScanItem.flatten(r, null);
        items.replaceAll(i -> i.renamed(prefix, name));
        return items;
    }

    /** The file opened for reading, or null when it cannot be (its job opens it again and says why). */
    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads the file whole through its open channel into the thread's buffer ({@link BoundedInput#read}: one read
     * call, no new array per file) and inspects it there; the channel is closed. A file over {@link
     * FileContent#IN_MEMORY} (the readers' limit), or one that cannot be read, is left to the inspection, which
     * streams it or says why it cannot be read.
     */
    private static InspectCommand.Result readAndInspect(InspectCommand cmd, Path file, FileChannel channel) {
        try (channel) {
            return BoundedInput.read(channel, file.toString(), FileContent.IN_MEMORY, IN_MEMORY_LIMIT,
                    (data, length) -> cmd.inspectOrUnreadable(file, data, length));
        } catch (IOException | RuntimeException e) {
            return cmd.inspectOrUnreadable(file, null, 0);
        }
    }

    /** Whether the file begins with a PST's signature "!BDN" ([MS-PST] 2.2.2.6); false when it cannot be read. */
    private static boolean startsLikeAPst(FileChannel channel) {
        ByteBuffer head = ByteBuffer.allocate(PST_SIGNATURE.length);
        try {
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // positional reads: the channel's own position stays at 0
            }
        } catch (IOException | RuntimeException e) {
            return false; // not readable: inspected as a file, which reports why
        }
        return !head.hasRemaining() && Arrays.equals(head.array(), PST_SIGNATURE);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // only read from
        }
    }

    /** The jobs of a file; {@link #close()} stops a PST's reader early. */
    public interface Jobs extends Iterator<Job>, AutoCloseable {
        @Override
        void close();

        /** A single job. */
        static Jobs of(Job job) {
            return of(job, null);
        }

        /** A single job that owns {@code resource} (closes it when run): closed here if the job is never taken. */
        static Jobs of(Job job, java.io.Closeable resource) {
            return new Jobs() {
                private boolean taken;

                @Override
                public boolean hasNext() {
                    return !taken;
                }

                @Override
                public Job next() {
                    if (taken) {
                        throw new NoSuchElementException();
                    }
                    taken = true;
                    return job;
                }

                @Override
                public void close() {
                    if (!taken && resource != null) {
                        try {
                            resource.close();
                        } catch (IOException e) {
                            // only read from
                        }
                    }
                    taken = true;
                }
            };
        }
    }

    /** A PST's items: read on a thread of their own, handed on through a bounded queue. */
    private static final class PstJobs implements Jobs {
        private static final Job END = List::of;

        private final BlockingQueue<Job> queue = new ArrayBlockingQueue<>(PST_READ_AHEAD);
        private final Thread reader;
        private volatile boolean cancelled;
        private Job next;
        private boolean ended;

        PstJobs(InspectCommand cmd, Path file, String prefix, String name, boolean readProtected) {
            reader = new Thread(() -> {
                try {
                    PstFiles.walk(cmd, file, readProtected, result -> put(() -> renamed(guarded(result, prefix), prefix,
                            name)));
                } catch (Cancelled e) {
                    return;
                }
                put(END);
            }, "oxprops-pst-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private static InspectCommand.Result guarded(Supplier<InspectCommand.Result> result, String path) {
            try {
                return result.get();
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError | LinkageError | AssertionError e) {
                return InspectCommand.Result.failed(path, "pst", InspectCommand.Status.UNREADABLE,
                        InspectCommand.unexpected(e));
            }
        }

        private void put(Job job) {
            if (cancelled) {
                throw new Cancelled();
            }
            try {
                queue.put(job);
            } catch (InterruptedException e) {
                cancelled = true;
                throw new Cancelled();
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    close();
                    throw new IllegalStateException("interrupted while reading a PST", e);
                }
                if (next == END) {
                    ended = true;
                    next = null;
                }
            }
            return next != null;
        }

        @Override
        public Job next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Job j = next;
            next = null;
            return j;
        }

        @Override
        public void close() {
            ended = true;
            cancelled = true;
            reader.interrupt();
        }
    }

    /** Thrown on the reader thread when the scan stops before the PST is read through. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
