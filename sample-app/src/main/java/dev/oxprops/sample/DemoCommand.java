package dev.oxprops.sample;

import dev.oxprops.specs.oxshare.Section4Example;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxcmsg.Envelope;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageModel;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import dev.oxprops.specs.oxshare.SharingMessages;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The scenario of [MS-OXSHARE] section 4 on the in-memory backend, written out as .msg and .eml. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Plays [MS-OXSHARE] section 4 on the in-memory backend: Kendall Keil (user12) asks for Ryan Gregg's "
                + "(user10) calendar (4.1), Ryan denies (4.2), Ryan accepts (4.3).",
            "Prints each message's properties as the spec's tables do (named property ids as the example server "
                + "assigned them), its validation report, and writes every message as .msg and .eml.",
            "No server, nothing to set up."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write the messages to (created if needed). Default: a new folder "
                    + "oxprops-demo-<n> under the working directory.")
    Path out;

    @Option(names = "--section4-ids", description = "Write the named properties into the .msg files with the ids the "
            + "server of section 4 assigned (0x8029 to 0x83E4; the ids below them are filled with placeholder "
            + "mappings, about 75 KB a file). Default: compact ids from 0x8000, as a client writes them.")
    boolean section4Ids;

    /** When Kendall sends the request: section 4 gives no time; a quarter of an hour before Ryan answers. */
    static final java.time.Instant REQUEST_SENT = Section4Example.RESPONSE_TIME.minusSeconds(15 * 60);

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Path dir = out != null ? out : newFolder(Paths.get("").toAbsolutePath());
        Files.createDirectories(dir);
        NamedPropertyMap ids = Section4Example.namedPropertyMap();
        NamedPropertyMap fileIds = section4Ids ? ids : null;
        Envelope.Address kendall = SharingMessages.addressOf(Section4Example.kendall());
        Envelope.Address ryan = SharingMessages.addressOf(Section4Example.ryan());
        List<Path> written = new ArrayList<>();
        boolean allValid = true;

        o.println("[MS-OXSHARE] section 4: Kendall Keil (user12) wants to see Ryan Gregg's (user10) calendar.");
        o.println("Named property ids in the tables: as the server of section 4 assigned them (RopGetPropertyIdsFromNames); "
                + (section4Ids ? "the same in the .msg files (--section4-ids)." : "in the .msg files: compact from 0x8000 "
                        + "(--section4-ids writes section 4's)."));
        o.println("Output folder: " + dir);
        o.println();

        // 4.1: the request
        InMemoryPropertyBag request = new InMemoryPropertyBag();
        SharingMessages.createRequest(request, Section4Example.provider(), Section4Example.kendall(),
                SharingMessageKeys.LocalType.CALENDAR, Section4Example.REQUEST_SUBJECT);
        List<PropertyBag> toRyan = SharingMessages.address(request, List.of(new Envelope.Recipient(ryan, Envelope.RecipientType.TO)),
                REQUEST_SENT);
        allValid &= show(o, "4.1 Sending a sharing request (Kendall -> Ryan)", request, ids);
        written.addAll(save(request, toRyan, dir, "4.1-request", fileIds));

        // 4.2: Ryan denies (on a copy of the request, so 4.3 answers the request as sent)
        InMemoryPropertyBag requestDenied = InMemoryPropertyBag.copyOf(request);
        InMemoryPropertyBag deny = new InMemoryPropertyBag();
        SharingMessages.deny(requestDenied, deny, Section4Example.provider(), Section4Example.ryan(), Section4Example.RESPONSE_TIME,
                Section4Example.DENY_SUBJECT);
        List<Envelope.Recipient> toKendall = List.of(new Envelope.Recipient(kendall, Envelope.RecipientType.TO));
        List<PropertyBag> denyTo = SharingMessages.address(deny, toKendall, Section4Example.RESPONSE_TIME);
        allValid &= show(o, "4.2 Denying a sharing request (Ryan -> Kendall)", deny, ids);
        allValid &= showMarks(o, "4.2", requestDenied, deny, ids);
        written.addAll(save(deny, denyTo, dir, "4.2-deny", fileIds));
        written.addAll(save(requestDenied, toRyan, dir, "4.2-request-denied", fileIds));

        // 4.3: Ryan accepts
        InMemoryPropertyBag requestAccepted = InMemoryPropertyBag.copyOf(request);
        InMemoryPropertyBag accept = new InMemoryPropertyBag();
        SharingMessages.accept(requestAccepted, accept, Section4Example.provider(), Section4Example.ryan(), Section4Example.ryansCalendar(),
                Section4Example.RESPONSE_TIME, Section4Example.ACCEPT_SUBJECT);
        List<PropertyBag> acceptTo = SharingMessages.address(accept, toKendall, Section4Example.RESPONSE_TIME);
        allValid &= show(o, "4.3 Accepting a sharing request (Ryan -> Kendall)", accept, ids);
        allValid &= showMarks(o, "4.3", requestAccepted, accept, ids);
        written.addAll(save(accept, acceptTo, dir, "4.3-accept", fileIds));
        written.addAll(save(requestAccepted, toRyan, dir, "4.3-request-accepted", fileIds));

        o.println("Files written to " + dir + ":");
        for (Path p : written) {
            o.println("  " + dir.relativize(p) + "  (" + Files.size(p) + " bytes)");
        }
        o.println("The .msg files hold every property, with sender, recipients and a plain-text body. The .eml files are "
                + "Internet mail (From, To, Date, Message-ID, Subject, the body) and carry only the PS_INTERNET_HEADERS "
                + "twins (X-Sharing-*, Content-Class); the PSETID_Sharing (LID) properties are not carried.");
        o.println("Check them with: " + invokedAs() + " inspect " + dir);
        o.flush();
        return allValid ? 0 : 1;
    }

    /**
     * How the user started this command line, to repeat in a hint: the launcher script as it was called (it passes
     * {@code -Doxprops.command="$0"}), {@code java -jar JAR} when run from the jar, else {@code oxprops}.
     */
    static String invokedAs() {
        String launcher = System.getProperty("oxprops.command");
        if (launcher != null && !launcher.isBlank()) {
            return launcher;
        }
        try {
            Path jar = Paths.get(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.getFileName().toString().endsWith(".jar")) {
                Path here = Paths.get("").toAbsolutePath();
                return "java -jar " + (jar.startsWith(here) ? here.relativize(jar) : jar);
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source to name: the command's own name will do
        }
        return "oxprops";
    }

    /** The first folder oxprops-demo-<n> (n = 1, 2, ...) under {@code base} that does not exist yet. */
    static Path newFolder(Path base) {
        for (int n = 1; ; n++) {
            Path p = base.resolve("oxprops-demo-" + n);
            if (!Files.exists(p)) {
                return p;
            }
        }
    }

    private static boolean show(PrintWriter o, String title, PropertyBag bag, NamedPropertyMap ids) {
        o.println("== " + title);
        o.println("   flavor: " + flavorText(bag));
        List<Tables.Row> rows = new ArrayList<>();
        for (Tables.Row r : Tables.rows(bag, SharingMessageModel.SPEC, ids)) {
            if (SharingMessageKeys.byCanonicalName(r.name()).isPresent()) {
                rows.add(r);
            }
        }
        List<String> order = Section4Example.tableOrder();
        rows.sort(java.util.Comparator.comparingInt(r -> order.indexOf(r.name()) < 0 ? order.size() : order.indexOf(r.name())));
        Tables.print(o, rows, "   ");
        for (Tables.Row r : rows) {
            if (r.value().length() > Tables.MAX_VALUE) {
                o.println("   * " + r.name() + ":");
                for (int i = 0; i < r.value().length(); i += 96) {
                    o.println("       " + r.value().substring(i, Math.min(r.value().length(), i + 96)));
                }
            }
        }
        o.println("   mail: from " + bag.get(Envelope.SENDER_NAME) + " <" + bag.get(Envelope.SENDER_EMAIL_ADDRESS) + "> to "
                + bag.get(Envelope.DISPLAY_TO) + ", sent " + bag.get(Envelope.CLIENT_SUBMIT_TIME) + "; body: "
                + String.valueOf(bag.get(Envelope.BODY)).lines().findFirst().orElse(""));
        o.println();
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(bag);
        o.print("   validation: ");
        Tables.printReport(o, report, "");
        o.println();
        return report.isConformant();
    }

    private static boolean showMarks(PrintWriter o, String section, PropertyBag request, PropertyBag response,
            NamedPropertyMap ids) {
        o.println("   " + section + ": then the request is marked as answered:");
        List<Tables.Row> rows = new ArrayList<>();
        for (Tables.Row r : Tables.rows(request, SharingMessageModel.SPEC, ids)) {
            if (r.id().equals(SharingMessageKeys.RESPONSE_TYPE.id()) || r.id().equals(SharingMessageKeys.RESPONSE_TIME.id())) {
                rows.add(r);
            }
        }
        Tables.print(o, rows, "   ");
        ValidationReport pair = SharingMessages.checkResponse(request, response);
        ValidationReport marked = SharingMessageValidator.INSTANCE.validate(request);
        o.print("   request after marking: ");
        Tables.printReport(o, marked, "");
        o.print("   request and response together (SharingMessages.checkResponse): ");
        Tables.printReport(o, pair, "");
        o.println();
        return marked.isConformant() && pair.isConformant();
    }

    static String flavorText(PropertyBag bag) {
        int i = SharingMessageKeys.discriminatorIndex(bag);
        if (i < 0) {
            return "(none)";
        }
        SharingMessageKeys.Flavor f = SharingMessageKeys.Flavor.values()[i];
        return String.format("0x%08X %s: %s", f.value(), f.name(), f.meaning());
    }

    private static List<Path> save(PropertyBag bag, List<PropertyBag> recipients, Path dir, String base, NamedPropertyMap ids)
            throws IOException {
        Path msg = dir.resolve(base + ".msg");
        Path eml = dir.resolve(base + ".eml");
        MessageFiles.write(bag, recipients, MessageFiles.Format.MSG, msg, ids);
        MessageFiles.write(bag, recipients, MessageFiles.Format.EML, eml, null);
        return List.of(msg, eml);
    }
}
