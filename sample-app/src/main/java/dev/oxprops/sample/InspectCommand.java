package dev.oxprops.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageModel;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
        description = {"Reads .msg (backend msg), .eml (backend mime) and Graph JSON (backend graph) files; a folder is "
                + "walked recursively (files ending in .msg, .eml, .json). Other files named explicitly are recognised "
                + "by their content.",
            "A sharing message (message class IPM.Sharing*, or sharing properties present) gets its flavor, its typed "
                + "properties and every violation of [MS-OXSHARE] with level and section; any other message gets its "
                + "message class, subject and named properties."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file was read and no sharing message breaks a MUST or MUST NOT rule",
            "1:some sharing message breaks a MUST or MUST NOT rule (SHOULD / SHOULD NOT violations are reported but do "
                + "not count, unless --strict)",
            "2:some file could not be read (wins over 1); the other files are still inspected"})
public final class InspectCommand implements Callable<Integer> {
    /** Above this many files a progress bar is drawn on standard error. */
    public static final int PROGRESS_THRESHOLD = 5;

    private static final UUID PSETID_SHARING = SharingMessageKeys.SET_PSETID_SHARING;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to inspect.")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON document: {\"files\": [...], \"exitCode\": n}.")
    boolean json;

    @Option(names = "--strict", description = "SHOULD and SHOULD NOT violations count as violations for the exit code.")
    boolean strict;

    @Option(names = "--no-progress", description = "No progress bar, even with more than " + PROGRESS_THRESHOLD + " files.")
    boolean noProgress;

    /** What was found in one file. */
    record Result(Path path, String format, String error, List<String> warnings, boolean sharing, String messageClass,
            String subject, String flavor, List<Tables.Row> properties, ValidationReport report) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> all = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        for (Path p : files) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    all.addAll(s.filter(Files::isRegularFile).filter(f -> MessageFiles.Format.byExtension(f) != null)
                            .sorted().collect(Collectors.toList()));
                } catch (IOException | RuntimeException e) {
                    results.add(unreadable(p, "cannot walk the folder: " + e.getMessage()));
                }
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
            results.add(inspectOrUnreadable(f));
            done++;
        }
        if (progress) {
            progress(err, done, all.size(), null);
            err.println();
            err.flush();
        }
        int code = exitCode(results);
        if (json) {
            out.println(JSON.writeValueAsString(toJson(results, code)));
        } else {
            for (Result r : results) {
                print(out, r);
            }
            long bad = results.stream().filter(r -> r.error() == null && counts(r.report())).count();
            long unreadable = results.stream().filter(r -> r.error() != null).count();
            out.println(results.size() + (results.size() == 1 ? " file: " : " files: ") + (results.size() - bad - unreadable)
                    + " valid, " + bad + " with violations" + (strict ? " (SHOULD counts)" : " (MUST / MUST NOT)") + ", "
                    + unreadable + " unreadable; exit code " + code);
        }
        out.flush();
        return code;
    }

    private boolean counts(ValidationReport report) {
        if (report == null) {
            return false;
        }
        return strict ? !report.violations().isEmpty() : !report.isConformant();
    }

    private int exitCode(List<Result> results) {
        int code = 0;
        for (Result r : results) {
            if (r.error() != null) {
                return 2;
            }
            if (counts(r.report())) {
                code = 1;
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

    private static Result unreadable(Path p, String why) {
        MessageFiles.Format f = Files.isDirectory(p) ? null : MessageFiles.Format.byExtension(p);
        return new Result(p, f == null ? null : f.extension(), why, List.of(), false, null, null, null, List.of(), null);
    }

    /**
     * {@link #inspect(Path)}, with any unexpected failure on this one file (a bug, a reader running out of
     * memory or stack on a hostile file) reported as "unreadable" so that the next files are still inspected.
     */
    static Result inspectOrUnreadable(Path file) {
        return inspectOrUnreadable(file, InspectCommand::inspect);
    }

    static Result inspectOrUnreadable(Path file, java.util.function.Function<Path, Result> inspector) {
        try {
            return inspector.apply(file);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError | LinkageError | AssertionError e) {
            return unreadable(file, "unexpected failure: " + e);
        }
    }

    static Result inspect(Path file) {
        MessageFiles.Loaded loaded;
        try {
            loaded = MessageFiles.read(file);
        } catch (IOException | RuntimeException e) {
            return unreadable(file, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        PropertyBag bag = loaded.bag();
        String format = loaded.format().extension();
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
            List<Tables.Row> named = new ArrayList<>();
            for (Tables.Row row : Tables.rows(bag, null, loaded.namedProperties())) {
                if (row.id().isNamed()) {
                    named.add(row);
                }
            }
            return new Result(file, format, null, loaded.warnings(), false, messageClass, subject, null, named, null);
        }
        int i = SharingMessageKeys.discriminatorIndex(bag);
        String flavor = i < 0 ? null : SharingMessageKeys.Flavor.values()[i].name();
        List<Tables.Row> rows = new ArrayList<>();
        for (Tables.Row row : Tables.rows(bag, SharingMessageModel.SPEC, loaded.namedProperties())) {
            if (SharingMessageKeys.byCanonicalName(row.name()).isPresent()) {
                rows.add(row);
            }
        }
        ValidationReport report;
        try {
            report = SharingMessageValidator.INSTANCE.validate(bag);
        } catch (RuntimeException e) {
            return new Result(file, format, "cannot validate: " + e, loaded.warnings(), true, messageClass, subject, flavor,
                    rows, null);
        }
        return new Result(file, format, null, loaded.warnings(), true, messageClass, subject, flavor, rows, report);
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

    private void print(PrintWriter out, Result r) {
        out.println("== " + r.path() + (r.format() == null ? "" : " (" + r.format() + ")"));
        if (r.error() != null) {
            out.println("   UNREADABLE: " + r.error());
            out.println();
            return;
        }
        for (String w : r.warnings()) {
            out.println("   reader warning: " + w);
        }
        if (!r.sharing()) {
            out.println("   not a sharing message");
            out.println("   message class: " + (r.messageClass() == null ? "(not set)" : r.messageClass()));
            out.println("   subject: " + (r.subject() == null ? "(not set)" : r.subject()));
            if (r.properties().isEmpty()) {
                out.println("   named properties: none");
            } else {
                out.println("   named properties (" + r.properties().size() + "):");
                Tables.print(out, r.properties(), "   ");
            }
            out.println();
            return;
        }
        out.println("   sharing message ([MS-OXSHARE]), message class: "
                + (r.messageClass() == null ? "(not carried)" : r.messageClass()));
        out.println("   flavor: " + (r.flavor() == null ? "(unknown)"
                : String.format("0x%08X %s", SharingMessageKeys.Flavor.valueOf(r.flavor()).value(), r.flavor())));
        Tables.print(out, r.properties(), "   ");
        out.print("   validation: ");
        Tables.printReport(out, r.report(), "");
        out.println();
    }

    private ObjectNode toJson(List<Result> results, int code) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("files");
        for (Result r : results) {
            ObjectNode f = arr.addObject();
            f.put("path", r.path().toString());
            f.put("format", r.format());
            f.put("readable", r.error() == null);
            if (r.error() != null) {
                f.put("error", r.error());
            }
            ArrayNode w = f.putArray("warnings");
            r.warnings().forEach(w::add);
            f.put("sharing", r.sharing());
            f.put("messageClass", r.messageClass());
            f.put("subject", r.subject());
            if (r.sharing()) {
                f.put("spec", SharingMessageModel.SPEC.id());
                f.put("flavor", r.flavor());
            }
            ArrayNode props = f.putArray(r.sharing() ? "properties" : "namedProperties");
            for (Tables.Row row : r.properties()) {
                ObjectNode p = props.addObject();
                p.put("name", row.name());
                p.put("id", PropertyNames.describe(row.id()));
                p.put("propertyId", row.propertyId());
                p.put("type", row.type() == null ? null : row.type().name());
                p.put("value", row.value());
            }
            if (r.report() != null) {
                f.put("valid", !counts(r.report()));
                ArrayNode vs = f.putArray("violations");
                for (Violation v : r.report().violations()) {
                    ObjectNode o = vs.addObject();
                    o.put("level", v.level().text());
                    o.put("mandatory", v.isMandatory());
                    o.put("section", v.section());
                    o.put("property", v.property());
                    o.put("rule", v.rule().name());
                    o.put("message", v.message());
                }
                ArrayNode nc = f.putArray("notCarried");
                r.report().notCarried().forEach(nc::add);
            } else {
                f.put("valid", r.error() == null);
            }
        }
        root.put("strict", strict);
        root.put("exitCode", code);
        return root;
    }
}
