package dev.oxprops.sample;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * A bulk scan on one machine ({@code oxprops scan}): the files and folders named, walked as the scan goes
 * ({@link FileWalk}), each file turned into jobs ({@link ItemScan#jobs}), the jobs run on {@code threads} threads
 * with a bounded window ({@link OrderedPool}), the items handed to the sink in input order, whatever the number of
 * threads, and counted.
 */
public final class BulkScan {
    private BulkScan() {}

    /** What a scan counted, and the folders named that held nothing to scan. */
    public record Outcome(ScanSummary summary, List<String> emptyFolders) {
        /** The exit code of {@code oxprops scan}: 0, 1, 2 as inspect's, 3 when nothing was scanned. */
        public int exitCode() {
            return summary.exitCode();
        }

        public long items() {
            return summary.items();
        }
    }

    /**
     * Scans {@code inputs} on {@code threads} threads, the calling one included; {@code sink} gets every item, in
     * input order, one at a time (on whichever of these threads, each call seeing what the one before did).
     */
    public static Outcome run(List<Path> inputs, ItemScan.Options options, int threads, Consumer<ScanItem> sink)
            throws InterruptedException {
        ScanSummary summary = new ScanSummary();
        FileWalk walk = new FileWalk(inputs);
        OrderedPool.run(new AllJobs(walk, options, summary), ItemScan::run, threads, OrderedPool.defaultWindow(threads),
                items -> {
                    for (ScanItem item : items) {
                        summary.add(item);
                        sink.accept(item);
                    }
                });
        return new Outcome(summary, walk.emptyFolders());
    }

    /** The jobs of every file of the walk, in order; a folder that cannot be walked is an item of its own. */
    static final class AllJobs implements Iterator<ItemScan.Job> {
        private final FileWalk walk;
        private final ItemScan.Options options;
        private final ScanSummary summary;
        private ItemScan.Jobs current;

        AllJobs(FileWalk walk, ItemScan.Options options, ScanSummary summary) {
            this.walk = walk;
            this.options = options;
            this.summary = summary;
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                if (!walk.hasNext()) {
                    return false;
                }
                FileWalk.Entry e = walk.next();
                summary.addFile();
                if (e.problem() != null) {
                    InspectCommand.Result failed = InspectCommand.Result.failed(e.file().toString(), null,
                            InspectCommand.Status.UNREADABLE, e.problem());
                    current = ItemScan.Jobs.of(() -> ScanItem.flatten(failed, null));
                } else {
                    current = ItemScan.jobs(e.file(), e.file().toString(), options);
                }
            }
            return true;
        }

        @Override
        public ItemScan.Job next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }

}
