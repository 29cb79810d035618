package dev.oxprops.sample;

import java.nio.file.Path;
import java.util.List;

/**
 * For the bulk-scan benchmarks (in the scan's package, to reach its package-private walk): what {@link BulkScan}
 * does <b>under its input lock</b>, alone, i.e. the serial part of a scan on several threads: the walk
 * ({@link FileWalk}) and, for each file, {@link ItemScan#jobs} (open it and look at its first bytes for a PST's
 * signature); the jobs are closed without being run (which closes each file).
 */
public final class ScanInputPass {
    private ScanInputPass() {}

    /** Walks {@code inputs} and takes each file's jobs as the scan does; returns the files seen. */
    public static long run(List<Path> inputs, ItemScan.Options options) {
        FileWalk walk = new FileWalk(inputs);
        long files = 0;
        while (walk.hasNext()) {
            FileWalk.Entry e = walk.next();
            files++;
            if (e.problem() == null) {
                ItemScan.jobs(e.file(), e.file().toString(), options).close();
            }
        }
        return files;
    }
}
