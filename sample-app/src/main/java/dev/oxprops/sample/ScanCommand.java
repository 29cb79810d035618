package dev.oxprops.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scan FILE...}: the bulk form of {@code inspect} for folders of any size and PST files. Every item is read,
 * recognised and validated as {@code inspect} does ({@link ItemScan}), on all cores, and printed as one line, in
 * input order; then a summary by status and by rule broken. {@code --report} writes one JSON object per item.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Validates every item of many files on all cores: the files and folders named (walked "
                + "recursively, each folder in name order; there only *.msg, *.eml, *.json, *.tnef, winmail.dat and *.pst "
                + "are looked at), each PST item by item, attached messages as items of their own. Each item is "
                + "recognised and validated as inspect does, without its property table: one line per item, in input "
                + "order whatever the number of threads, then a summary by status and by rule broken.",
            "Memory stays bounded whatever the number of items: the folders are walked as the scan goes, at most a "
                + "few items a thread are in flight, and PSTs are read one item at a time."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every item is a message, and no sharing message breaks a MUST or MUST NOT rule",
            "1:some sharing message breaks a MUST or MUST NOT rule (any rule with --strict)",
            "2:some item is not a message or could not be read (wins over 1)",
            "3:nothing to scan: the folders named hold no file of those names"})
public final class ScanCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to scan.")
    List<Path> files;

    @Option(names = "--threads", paramLabel = "N", description = "Threads validating items (default: the number of "
            + "cores; here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--report", paramLabel = "FILE", description = "Write one JSON object per item to FILE (JSON lines, "
            + "schema: docs/cli.md); '-' writes them to standard output instead of the item lines (the summary then "
            + "goes to standard error).")
    Path report;

    @Option(names = "--strict", description = "SHOULD and SHOULD NOT violations count as violations.")
    boolean strict;

    @Option(names = "--read-password-protected", description = "Read the items of password-protected PSTs.")
    boolean readPasswordProtected;

    @Option(names = "--progress", negatable = true, description = "A progress line on standard error (default: only "
            + "when standard error is a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got "
                    + threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean jsonToOut = report != null && report.toString().equals("-");
        Progress bar = new Progress(err, progress != null ? progress : System.console() != null);
        BulkScan.Outcome outcome;
        try (Writer jsonl = jsonToOut ? null : report == null ? null
                : new BufferedWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
            outcome = BulkScan.run(files, new ItemScan.Options(strict, readPasswordProtected), threads, item -> {
                if (jsonToOut) {
                    out.println(json(item));
                } else {
                    out.println(line(item));
                    write(jsonl, item);
                }
                bar.item(item);
            });
        }
        bar.done();
        PrintWriter text = jsonToOut ? err : out;
        ScanSummary summary = outcome.summary();
        for (String folder : outcome.emptyFolders()) {
            text.println(folder + ": an empty folder (no *.msg, *.eml, *.json, *.tnef, winmail.dat or *.pst file in it)");
        }
        summary.print(text, strict);
        out.flush();
        err.flush();
        return summary.exitCode();
    }

    private static void write(Writer jsonl, ScanItem item) {
        if (jsonl == null) {
            return;
        }
        try {
            jsonl.write(json(item));
            jsonl.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An item as one line of the JSON-lines report. */
    public static String json(ScanItem item) {
        try {
            return JSON.writeValueAsString(item.toJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line: {@code path (format): status}, then the flavor and violations, the message class, or the problem. */
    static String line(ScanItem item) {
        StringBuilder b = new StringBuilder(item.path());
        if (item.format() != null) {
            b.append(" (").append(item.format()).append(')');
        }
        b.append(": ").append(text(item.status()));
        if (item.problem() != null) {
            return b.append(": ").append(item.problem()).toString();
        }
        if (!item.sharing()) {
            return b.append(" (").append(item.messageClass() == null ? "no message class" : item.messageClass()).append(')')
                    .toString();
        }
        b.append(", ").append(item.flavor() == null ? "flavor unknown" : item.flavor());
        if (!item.violations().isEmpty()) {
            b.append(": ").append(item.violations().stream()
                    .map(v -> v.level() + " [" + v.section() + "] " + v.property() + ": " + v.message())
                    .collect(Collectors.joining("; ")));
        }
        return b.toString();
    }

    private static String text(String status) {
        for (InspectCommand.Status s : InspectCommand.Status.values()) {
            if (s.json().equals(status)) {
                return s.text();
            }
        }
        return status;
    }

    /** The progress line on standard error: items and files so far, items a second, the last item. */
    private static final class Progress {
        private static final long EVERY_NANOS = 200_000_000L;
        private final PrintWriter err;
        private final boolean on;
        private final long start = System.nanoTime();
        private long last = start;
        private long items;

        Progress(PrintWriter err, boolean on) {
            this.err = err;
            this.on = on;
        }

        void item(ScanItem item) {
            items++;
            if (!on) {
                return;
            }
            long now = System.nanoTime();
            if (now - last >= EVERY_NANOS) {
                last = now;
                draw(now, item.path());
            }
        }

        void done() {
            if (on) {
                draw(System.nanoTime(), "done");
                err.println();
                err.flush();
            }
        }

        private void draw(long now, String name) {
            long rate = now == start ? 0 : Math.round(items * 1e9 / (now - start));
            String n = name.length() > 50 ? "..." + name.substring(name.length() - 47) : name;
            err.print(String.format("\r%,d items, %,d items/s  %-50s", items, rate, n));
            err.flush();
        }
    }
}
