package dev.oxprops.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageModel;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inspect FILE...}: reads messages, recognises sharing messages, prints their properties and violations. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Reads Outlook .msg files (backend msg), Internet mail / MIME header blocks (backend mime; a "
                + "winmail.dat part is read for its MAPI properties, backend tnef), Graph JSON (backend graph), TNEF "
                + "streams (backend tnef) and PST files (backend pst: each item is inspected), recognising each "
                + "file's format by its content, whatever its name. A folder is walked recursively; there only files "
                + "named *.msg, *.eml, *.json, *.tnef, winmail.dat or *.pst are looked at.",
            "Each file gets one status: valid (a sharing message that breaks no MUST / MUST NOT rule), with violations, "
                + "not a sharing message (a mail the spec does not apply to: its class and subject are shown), not a "
                + "message (empty, binary, other text, JSON that is not a Graph item) or unreadable (a damaged file). "
                + "Attachments are listed and embedded messages inspected in turn (up to " + InspectCommand.MAX_DEPTH
                + " levels deep)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file is a message, and no sharing message breaks a MUST or MUST NOT rule",
            "1:some sharing message breaks a MUST or MUST NOT rule (SHOULD / SHOULD NOT violations are reported but do "
                + "not count, unless --strict)",
            "2:some file is not a message or could not be read (wins over 1); the other files are still inspected",
            "3:nothing to inspect: the folders named hold no file of those names"})
public final class InspectCommand implements Callable<Integer> {
    /** Above this many files a progress bar is drawn on standard error. */
    public static final int PROGRESS_THRESHOLD = 5;
    /** How deep embedded messages are inspected (a message in a message in a message ...). */
    public static final int MAX_DEPTH = 5;
    /** The exit code when there is nothing to inspect. */
    public static final int NOTHING_TO_INSPECT = 3;

    private static final UUID PSETID_SHARING = SharingMessageKeys.SET_PSETID_SHARING;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to inspect.")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON document with typed values (schema: docs/cli.md).")
    boolean json;

    @Option(names = "--strict", description = "SHOULD and SHOULD NOT violations count as violations for the exit code.")
    boolean strict;

    @Option(names = "--read-password-protected", description = "Read the items of a password-protected PST (the "
            + "format does not encrypt with the password; without this option such a PST is reported unreadable).")
    boolean readPasswordProtected;

    @Option(names = "--no-progress", description = "No progress bar, even with more than " + PROGRESS_THRESHOLD + " files.")
    boolean noProgress;

    /** Whether results carry their property tables (inspect prints them; a bulk scan, {@link ItemScan}, does not). */
    boolean tables = true;

    /** What a file is found to be. */
    enum Status {
        VALID("valid", "valid"), VIOLATIONS("with violations", "violations"), NOT_SHARING("not a sharing message", "notSharing"),
        NOT_A_MESSAGE("not a message", "notAMessage"), UNREADABLE("unreadable", "unreadable");

        private final String text;
        private final String json;

        Status(String text, String json) {
            this.text = text;
            this.json = json;
        }

        String text() {
            return text;
        }

        String json() {
            return json;
        }
    }

    /** One attachment: its position, its file name (or null), its size in bytes if known, and an embedded message. */
    record Attachment(int index, String name, Long size, boolean embeddedMessage, Result embedded, String note) {
        /** A file (or anything but an attached message). */
        static Attachment file(int index, String name, Long size) {
            return new Attachment(index, name, size, false, null, null);
        }
    }

    /** What was found in one file (or one embedded message). */
    record Result(String path, String format, Status status, String problem, List<String> warnings, boolean sharing,
            String messageClass, String subject, String flavor, List<Tables.Row> properties, ValidationReport report,
            List<Attachment> attachments) {
        static Result failed(String path, String format, Status status, String problem) {
            return new Result(path, format, status, problem, List.of(), false, null, null, null, List.of(), null, List.of());
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> all = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        List<String> emptyFolders = new ArrayList<>();
        for (Path p : files) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(p)) {
                    found = s.filter(Files::isRegularFile).filter(f -> MessageFiles.Format.byExtension(f) != null)
                            .sorted().collect(Collectors.toList());
                } catch (IOException | UncheckedIOException e) {
                    results.add(Result.failed(p.toString(), null, Status.UNREADABLE, "cannot walk the folder: "
                            + Problems.describe(e instanceof UncheckedIOException ? e.getCause() : e)));
                    continue;
                }
                if (found.isEmpty()) {
                    emptyFolders.add(p.toString());
                }
                all.addAll(found);
            } else {
                all.add(p);
            }
        }
        boolean progress = !noProgress && all.size() > PROGRESS_THRESHOLD;
        int done = 0;
        for (Path f : all) {
            if (progress) {
                progress(err, done, all.size(), f);
            }
            results.addAll(inspectAll(f));
            done++;
        }
        if (progress) {
            progress(err, done, all.size(), null);
            err.println();
            err.flush();
        }
        int code = results.isEmpty() ? NOTHING_TO_INSPECT : exitCode(results);
        if (json) {
            out.println(JSON.writeValueAsString(InspectJson.document(results, emptyFolders, strict, code)));
        } else {
            for (Result r : results) {
                print(out, r, "");
            }
            for (String folder : emptyFolders) {
                out.println(folder + ": an empty folder (no *.msg, *.eml, *.json, *.tnef, winmail.dat or *.pst file in it)");
            }
            out.println(summary(results, code));
        }
        out.flush();
        return code;
    }

    /** "3 files: 1 valid, 2 not a message; exit code 2": only the statuses met. */
    private String summary(List<Result> results, int code) {
        StringBuilder b = new StringBuilder().append(results.size()).append(results.size() == 1 ? " file" : " files");
        String sep = ": ";
        for (Status s : Status.values()) {
            long n = results.stream().filter(r -> r.status() == s).count();
            if (n > 0) {
                b.append(sep).append(n).append(' ').append(s.text());
                if (s == Status.VIOLATIONS) {
                    b.append(strict ? " (SHOULD counts)" : " (MUST / MUST NOT)");
                }
                sep = ", ";
            }
        }
        return b.append(results.isEmpty() ? ": nothing to inspect" : "").append("; exit code ").append(code).toString();
    }

    private int exitCode(List<Result> results) {
        int code = 0;
        for (Result r : results) {
            code = Math.max(code, exitCode(r));
        }
        return code;
    }

    /** A file's own exit code, its embedded messages' included (an attached sharing message is validated too). */
    private static int exitCode(Result r) {
        int code = r.status() == Status.UNREADABLE || r.status() == Status.NOT_A_MESSAGE ? 2
                : r.status() == Status.VIOLATIONS ? 1 : 0;
        for (Attachment a : r.attachments()) {
            if (a.embedded() != null) {
                code = Math.max(code, exitCode(a.embedded()));
            }
        }
        return code;
    }

    private static void progress(PrintWriter err, int done, int total, Path current) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        String name = current == null ? "done" : current.getFileName().toString();
        if (name.length() > 40) {
            name = name.substring(0, 37) + "...";
        }
        err.print(String.format("\r[%s%s] %d/%d %-40s", "#".repeat(filled), " ".repeat(width - filled), done, total, name));
        err.flush();
    }

    /** One result per file, or one per item of a PST (recognised by content). */
    List<Result> inspectAll(Path file) {
        Result r = inspectUnlessPst(file);
        return r != null ? List.of(r) : PstFiles.inspect(this, file, readPasswordProtected);
    }

    /**
     * {@link #inspect(Path)}, with any unexpected failure on this one file (a bug, a reader running out of
     * memory or stack on a hostile file) reported as "unreadable" so that the next files are still inspected.
     */
    Result inspectOrUnreadable(Path file) {
        return inspectOrUnreadable(file, this::inspect);
    }

    /** {@link #inspectOrUnreadable(Path)}, or null when the file's content is a PST's (its items: {@link PstFiles}). */
    Result inspectUnlessPst(Path file) {
        return inspectOrUnreadable(file, f -> inspect(f, null, 0, true));
    }

    /**
     * {@link #inspectOrUnreadable(Path)} of a file whose bytes were read already, {@code content[0, length)} (null:
     * not), in a buffer lent for this call only (the result holds nothing of it).
     */
    Result inspectOrUnreadable(Path file, byte[] content, int length) {
        return inspectOrUnreadable(file, f -> inspect(f, content, length, false));
    }

    static Result inspectOrUnreadable(Path file, java.util.function.Function<Path, Result> inspector) {
        try {
            return inspector.apply(file);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError | LinkageError | AssertionError e) {
            MessageFiles.Format f = MessageFiles.Format.byExtension(file);
            return Result.failed(file.toString(), f == null ? null : f.extension(), Status.UNREADABLE, unexpected(e));
        }
    }

    /** An unexpected failure in words. */
    static String unexpected(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "reading it ran out of memory";
        }
        if (e instanceof StackOverflowError) {
            return "it is nested too deeply to read (the stack ran out)";
        }
        return "an unexpected failure while reading it: " + Problems.describe(e);
    }

    /** Inspects one file; never throws (whatever goes wrong is the file's status, with a sentence saying what). */
    Result inspect(Path file) {
        return inspect(file, null, 0, false);
    }

    /**
     * Inspects one file, read once ({@link FileContent}; {@code content[0, length)}: its bytes read already, lent, or
     * null); a PST's content gives null with {@code pstAsNull}, else an unreadable result.
     */
    private Result inspect(Path file, byte[] content, int length, boolean pstAsNull) {
        String path = file.toString();
        MessageFiles.Loaded loaded;
        try {
            loaded = MessageFiles.read(content != null ? FileContent.lent(file, content, length) : FileContent.of(file));
        } catch (MessageFiles.NotAMessageException e) {
            return Result.failed(path, null, Status.NOT_A_MESSAGE, e.getMessage());
        } catch (NoSuchFileException e) {
            return Result.failed(path, null, Status.UNREADABLE, "no such file");
        } catch (MessageFiles.PstContentException e) {
            return pstAsNull ? null : Result.failed(path, "pst", Status.UNREADABLE, Problems.describe(e));
        } catch (IOException | RuntimeException e) {
            String format = null;
            try {
                format = MessageFiles.detect(file).extension();
            } catch (IOException | RuntimeException ignored) {
                // the format stays unknown
            }
            return Result.failed(path, format, Status.UNREADABLE, Problems.describe(e));
        }
        try {
            return inspect(path, loaded.bag(), loaded.format().extension(), loaded.warnings(), loaded.namedProperties(),
                    Attachments.of(this, loaded, path, MAX_DEPTH));
        } catch (RuntimeException e) {
            return Result.failed(path, loaded.format().extension(), Status.UNREADABLE, "cannot inspect it: "
                    + Problems.describe(e));
        }
    }

    /** Inspects a message already read (a file's, or an embedded one). */
    Result inspect(String path, PropertyBag bag, String format, List<String> warnings, NamedPropertyMap named,
            List<Attachment> attachments) {
        Object mc = bag.get(MessageFiles.MESSAGE_CLASS);
        String messageClass = mc instanceof String ? (String) mc : null;
        Object subj = bag.get(MessageFiles.SUBJECT);
        String subject = subj instanceof String ? (String) subj : null;
        if (subject == null && bag.get(MessageFiles.NORMALIZED_SUBJECT) instanceof String) {
            Object prefix = bag.get(MessageFiles.SUBJECT_PREFIX);
            subject = (prefix instanceof String ? (String) prefix : "") + bag.get(MessageFiles.NORMALIZED_SUBJECT);
        }
        boolean sharing = SharingMessageModel.SPEC.matchesMessageClass(messageClass) || hasSharingProperties(bag);
        if (!sharing) {
            List<Tables.Row> named2 = new ArrayList<>();
            for (Tables.Row row : tables ? Tables.rows(bag, null, named) : List.<Tables.Row>of()) {
                if (row.id().isNamed()) {
                    named2.add(row);
                }
            }
            return new Result(path, format, Status.NOT_SHARING, null, warnings, false, messageClass, subject, null, named2,
                    null, attachments);
        }
        int i = SharingMessageKeys.discriminatorIndex(bag);
        String flavor = i < 0 ? null : SharingMessageKeys.Flavor.values()[i].name();
        List<Tables.Row> rows = new ArrayList<>();
        for (Tables.Row row : tables ? Tables.rows(bag, SharingMessageModel.SPEC, named) : List.<Tables.Row>of()) {
            if (SharingMessageKeys.byCanonicalName(row.name()).isPresent()) {
                rows.add(row);
            }
        }
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(bag);
        boolean bad = strict ? !report.violations().isEmpty() : !report.isConformant();
        return new Result(path, format, bad ? Status.VIOLATIONS : Status.VALID, null, warnings, true, messageClass, subject,
                flavor, rows, report, attachments);
    }

    /** Whether the bag holds any PSETID_Sharing property or any X-Sharing-* header. */
    static boolean hasSharingProperties(PropertyBag bag) {
        boolean[] found = {false};
        bag.forEach((id, type, value) -> {
            if (id instanceof PropertyId.Lid && ((PropertyId.Lid) id).set().equals(PSETID_SHARING)) {
                found[0] = true;
            } else if (id instanceof PropertyId.Name && ((PropertyId.Name) id).set().equals(PropertyId.PS_INTERNET_HEADERS)
                    && ((PropertyId.Name) id).name().regionMatches(true, 0, "X-Sharing-", 0, 10)) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private void print(PrintWriter out, Result r, String in) {
        if (r.status() == Status.NOT_A_MESSAGE || r.status() == Status.UNREADABLE) {
            out.println(in + r.path() + (r.format() == null ? "" : " (" + r.format() + ")") + ": " + r.status().text() + ": "
                    + r.problem());
            return;
        }
        out.println(in + "== " + r.path() + " (" + r.format() + "): " + r.status().text());
        String i3 = in + "   ";
        for (String w : r.warnings()) {
            out.println(i3 + "reader warning: " + w);
        }
        if (!r.sharing()) {
            out.println(i3 + "message class: " + (r.messageClass() == null ? "(not set)" : r.messageClass()));
            out.println(i3 + "subject: " + (r.subject() == null ? "(not set)" : r.subject()));
            if (r.properties().isEmpty()) {
                out.println(i3 + "named properties: none");
            } else {
                out.println(i3 + "named properties (" + r.properties().size() + "):");
                Tables.print(out, r.properties(), i3);
            }
        } else {
            out.println(i3 + "sharing message ([MS-OXSHARE]), message class: "
                    + (r.messageClass() == null ? "(not carried)" : r.messageClass()));
            out.println(i3 + "flavor: " + (r.flavor() == null ? "(unknown)"
                    : String.format("0x%08X %s", SharingMessageKeys.Flavor.valueOf(r.flavor()).value(), r.flavor())));
            Tables.print(out, r.properties(), i3);
            out.print(i3 + "validation: ");
            Tables.printReport(out, r.report(), i3.substring(0, i3.length() - 3));
        }
        printAttachments(out, r, i3);
        out.println();
    }

    private void printAttachments(PrintWriter out, Result r, String in) {
        if (r.attachments().isEmpty()) {
            return;
        }
        out.println(in + "attachments (" + r.attachments().size() + "):");
        for (Attachment a : r.attachments()) {
            out.println(in + "  " + a.index() + ". " + (a.embeddedMessage() ? "embedded message" : "file") + " "
                    + (a.name() == null ? "(no name)" : "\"" + a.name() + "\"") + (a.size() == null ? "" : ", " + a.size()
                    + " bytes") + (a.note() == null ? "" : " (" + a.note() + ")"));
            if (a.embedded() != null) {
                print(out, a.embedded(), in + "     ");
            }
        }
    }
}
