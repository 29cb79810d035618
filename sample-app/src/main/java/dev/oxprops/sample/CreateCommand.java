package dev.oxprops.sample;

import dev.oxprops.specs.oxshare.Section4Example;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.entryid.StoreEntryId;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageKeys.LocalType;
import dev.oxprops.specs.oxshare.SharingMessageModel;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import dev.oxprops.specs.oxshare.SharingMessages;
import dev.oxprops.specs.oxshare.SharingMessages.Initiator;
import dev.oxprops.specs.oxshare.SharingMessages.SharedFolder;
import dev.oxprops.specs.oxshare.SharingProtocolException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import dev.oxprops.specs.oxcmsg.Envelope;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code create invitation|request|accept|deny}: one sharing message from options ([MS-OXSHARE] 3.1.4). */
@Command(name = "create", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds one sharing message ([MS-OXSHARE] 3.1.4) from options and writes it as .msg, .eml or Graph JSON.",
        subcommands = {CreateCommand.Invitation.class, CreateCommand.Request.class, CreateCommand.Accept.class,
            CreateCommand.Deny.class})
public final class CreateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to create: invitation, request, accept or deny");
    }

    /** Folder types, as the --folder-type option spells them. */
    public enum FolderType {
        calendar(LocalType.CALENDAR, "Calendar"), contacts(LocalType.CONTACTS, "Contacts"), tasks(LocalType.TASKS, "Tasks"),
        notes(LocalType.NOTES, "Notes"), journal(LocalType.JOURNAL, "Journal");

        final LocalType localType;
        final String displayName;

        FolderType(LocalType localType, String displayName) {
            this.localType = localType;
            this.displayName = displayName;
        }
    }

    /** Output formats. */
    public enum OutFormat {
        msg, eml, json
    }

    /** Options every kind takes: who sends it, the subject, where it goes. */
    static final class Common {
        @Option(names = "--initiator-name", paramLabel = "NAME", description = "Display name of the sender "
                + "(PidLidSharingInitiatorName). Default: the section 4 user (user12 for invitation/request, user10 for answers).")
        String initiatorName;

        @Option(names = "--initiator-smtp", paramLabel = "ADDRESS", description = "SMTP address of the sender "
                + "(PidLidSharingInitiatorSmtp). Default: <name>@fabrikam.com.")
        String initiatorSmtp;

        @Option(names = "--initiator-dn", paramLabel = "X500DN", description = "X500 DN of the sender, for the "
                + "address-book entry ID (PidLidSharingInitiatorEntryId). Default: /o=First Organization/ou=Exchange "
                + "Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=<name>.")
        String initiatorDn;

        @Option(names = "--subject", paramLabel = "TEXT", description = "The subject (PidTagNormalizedSubject). Default: "
                + "as in section 4.")
        String subject;

        @Option(names = "--format", paramLabel = "FORMAT", description = "msg, eml or json (Graph extended properties). "
                + "Default: from the extension of --out, else msg. An .eml carries only the PS_INTERNET_HEADERS twins.")
        OutFormat format;

        @Option(names = "--out", paramLabel = "FILE", description = "The file to write. Default: sharing-<kind>.<format> "
                + "in the working directory.")
        Path out;

        @Option(names = "--to", paramLabel = "ADDRESS", description = "A recipient, \"Name <address>\" or an address "
                + "(repeatable). Default: for an invitation or request the section 4 counterpart (user10), for an answer "
                + "the request's initiator.")
        List<String> to = new ArrayList<>();

        @Option(names = "--cc", paramLabel = "ADDRESS", description = "A Cc recipient, as --to (repeatable).")
        List<String> cc = new ArrayList<>();

        @Option(names = "--sent", paramLabel = "INSTANT", description = "When the message is sent (PidTagClientSubmitTime, "
                + "the Date header), ISO-8601. Default: for an answer its response time, else now.")
        Instant sent;

        /** The recipients of the options, or {@code fallback} as the only To recipient when none is given. */
        List<Envelope.Recipient> recipients(Envelope.Address fallback) {
            List<Envelope.Recipient> all = new ArrayList<>();
            to.forEach(a -> all.add(new Envelope.Recipient(parseAddress(a), Envelope.RecipientType.TO)));
            cc.forEach(a -> all.add(new Envelope.Recipient(parseAddress(a), Envelope.RecipientType.CC)));
            if (to.isEmpty() && fallback != null) {
                all.add(0, new Envelope.Recipient(fallback, Envelope.RecipientType.TO));
            }
            return all;
        }

        Initiator initiator(String defaultName) {
            String name = initiatorName != null ? initiatorName : defaultName;
            String smtp = initiatorSmtp != null ? initiatorSmtp : name.replace(' ', '.').toLowerCase(Locale.ROOT) + "@fabrikam.com";
            String dn = initiatorDn != null ? initiatorDn
                    : "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=" + name;
            return new Initiator(AddressBookEntryId.user(dn), name, smtp);
        }
    }

    /** "Name &lt;address&gt;" or a bare address (then the name is the address). */
    static Envelope.Address parseAddress(String text) {
        String t = text.trim();
        int lt = t.lastIndexOf('<');
        if (lt >= 0 && t.endsWith(">")) {
            String address = t.substring(lt + 1, t.length() - 1).trim();
            String name = t.substring(0, lt).trim().replaceAll("^\"|\"$", "");
            return Envelope.Address.smtp(name.isEmpty() ? address : name, checkAddress(address, text));
        }
        return Envelope.Address.smtp(t, checkAddress(t, text));
    }

    private static String checkAddress(String address, String text) {
        int at = address.indexOf('@');
        if (at <= 0 || at == address.length() - 1 || address.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>')) {
            throw new IllegalArgumentException("not an e-mail address: \"" + text + "\" (write name@domain or "
                    + "\"Name <name@domain>\")");
        }
        return address;
    }

    /** The shared folder's options (invitation, accept). */
    static final class FolderOptions {
        @Option(names = "--folder-type", paramLabel = "TYPE", description = "calendar, contacts, tasks, notes or journal. "
                + "Default: calendar (for accept: the request's).")
        FolderType folderType;

        @Option(names = "--folder-name", paramLabel = "NAME", description = "Display name of the shared folder "
                + "(PidLidSharingRemoteName). Default: the folder type's name, e.g. Calendar.")
        String folderName;

        @Option(names = "--folder-entry-id", paramLabel = "HEX", description = "The shared folder's Folder EntryID "
                + "(PidLidSharingRemoteUid), 92 hex digits. Default: Ryan's calendar of section 4.3.")
        String folderEntryId;

        @Option(names = "--store-entry-id", paramLabel = "HEX", description = "The Store EntryID of the folder's mailbox "
                + "(PidLidSharingRemoteStoreUid). Default: Ryan's mailbox of section 4.3.")
        String storeEntryId;

        SharedFolder folder(FolderType type, boolean special) {
            return new SharedFolder(folderName != null ? folderName : type.displayName, type.localType,
                    FolderEntryId.parseHex(folderEntryId != null ? folderEntryId : Section4Example.REMOTE_UID_HEX),
                    StoreEntryId.parseHex(storeEntryId != null ? storeEntryId : Section4Example.REMOTE_STORE_UID_HEX), special);
        }
    }

    /** Options of the answers. */
    static final class Answer {
        @Option(names = "--request", paramLabel = "FILE", required = true, description = "The request to answer "
                + "(.msg, .eml or .json). It is marked with the response type and time when the file is writable and "
                + "its format can carry them (an .eml cannot).")
        Path request;

        @Option(names = "--time", paramLabel = "INSTANT", description = "Response time (PidLidSharingResponseTime), "
                + "ISO-8601. Default: 2008-03-06T23:43:00Z, as in section 4.")
        Instant time;

        @Option(names = "--overwrite", description = "Answer a request that is already answered (marked accepted or "
                + "denied), replacing its mark. Without it such a request is refused (exit 1).")
        boolean overwrite;
    }

    abstract static class Kind implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Common common = new Common();

        abstract String kind();

        /** Builds the message in {@code bag}; returns a note to print, or null. */
        abstract String build(PropertyBag bag) throws IOException;

        /** The recipient when no --to is given: the section 4 counterpart; answers override it. */
        Envelope.Address defaultRecipient() {
            return SharingMessages.addressOf(Section4Example.ryan());
        }

        /** The sent time when no --sent is given. */
        Instant sentDefault() {
            return Instant.now();
        }

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            InMemoryPropertyBag bag = new InMemoryPropertyBag();
            String note;
            List<PropertyBag> recipients;
            try {
                note = build(bag);
                recipients = SharingMessages.address(bag, common.recipients(defaultRecipient()),
                        common.sent != null ? common.sent : sentDefault());
            } catch (SharingProtocolException e) {
                String m = e.getMessage();
                if (m.contains("already answered")) {
                    m = m.replaceFirst("; clear its answer first.*", "; give --overwrite to answer it again");
                }
                err.println("oxprops create " + kind() + ": " + m);
                return 1;
            } catch (IOException e) {
                err.println("oxprops create " + kind() + ": " + Problems.describe(e));
                return 2;
            } catch (RuntimeException e) {
                err.println("oxprops create " + kind() + ": " + Problems.describe(e));
                return 2;
            }
            OutFormat f = common.format;
            if (f == null && common.out != null) {
                MessageFiles.Format byName = MessageFiles.Format.byExtension(common.out);
                f = byName == null ? OutFormat.msg : OutFormat.valueOf(byName.extension());
            }
            if (f == null) {
                f = OutFormat.msg;
            }
            Path file = common.out != null ? common.out : Paths.get("sharing-" + kind() + "." + f.name());
            // compact named-property ids from 0x8000, in the table's order; the .msg gets the same ones
            NamedPropertyMap ids = new NamedPropertyMap();
            List<Tables.Row> rows = new ArrayList<>();
            for (Tables.Row row : Tables.rows(bag, SharingMessageModel.SPEC, f == OutFormat.msg ? ids : null)) {
                if (SharingMessageKeys.byCanonicalName(row.name()).isPresent()) {
                    rows.add(row);
                }
            }
            MessageFiles.Written w;
            try {
                w = MessageFiles.write(bag, recipients, MessageFiles.Format.valueOf(f.name().toUpperCase(Locale.ROOT)),
                        file, ids);
            } catch (IOException | RuntimeException e) {
                err.println("oxprops create " + kind() + ": cannot write " + file + ": " + Problems.describe(e));
                return 2;
            }
            o.println("flavor: " + DemoCommand.flavorText(bag));
            Tables.print(o, rows, "  ");
            o.println("  from: " + bag.get(Envelope.SENDER_NAME) + " <" + bag.get(Envelope.SENDER_EMAIL_ADDRESS) + ">, to: "
                    + bag.get(Envelope.DISPLAY_TO) + ", sent: " + bag.get(Envelope.CLIENT_SUBMIT_TIME));
            ValidationReport report = SharingMessageValidator.INSTANCE.validate(bag);
            o.print("validation: ");
            Tables.printReport(o, report, "");
            if (note != null) {
                o.println(note);
            }
            o.println("wrote " + kind() + " as " + f + ": " + file.toAbsolutePath().normalize() + " (" + size(file) + " bytes)");
            if (!w.notCarried().isEmpty()) {
                o.println("  not carried by " + f + " (left out): " + String.join(", ", w.notCarried()));
            }
            return report.isConformant() ? 0 : 1;
        }

        private static String size(Path file) {
            try {
                return String.valueOf(Files.size(file));
            } catch (IOException e) {
                return "?";
            }
        }

        String subject(String fallback) {
            return common.subject != null ? common.subject : fallback;
        }
    }

    @Command(name = "invitation", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "A sharing invitation (3.1.4.1): flavor 0x00020310 (special folder), 0x00000310 (--not-special), "
                    + "or 0x00020710 with --also-request.")
    static final class Invitation extends Kind {
        @Mixin
        FolderOptions folder = new FolderOptions();

        @Option(names = "--also-request", description = "Also request the recipient's equivalent folder (0x00020710).")
        boolean alsoRequest;

        @Option(names = "--not-special", description = "The folder is not a special folder (flavor 0x00000310, "
                + "capabilities 0x000402B0).")
        boolean notSpecial;

        @Override
        String kind() {
            return "invitation";
        }

        @Override
        String build(PropertyBag bag) {
            FolderType t = folder.folderType != null ? folder.folderType : FolderType.calendar;
            SharedFolder f = folder.folder(t, !notSpecial);
            SharingMessages.createInvitation(bag, Section4Example.provider(), common.initiator("user12"), f, alsoRequest,
                    subject("Sharing invitation: " + f.displayName()));
            return null;
        }
    }

    @Command(name = "request", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "A sharing request (3.1.4.2, flavor 0x00020500) for the recipient's special folder of a type.")
    static final class Request extends Kind {
        @Option(names = "--folder-type", paramLabel = "TYPE", description = "calendar, contacts, tasks, notes or journal. "
                + "Default: calendar.")
        FolderType folderType;

        @Option(names = "--folder-name", paramLabel = "NAME", description = "Used in the default subject only.")
        String folderName;

        @Override
        String kind() {
            return "request";
        }

        @Override
        String build(PropertyBag bag) {
            FolderType t = folderType != null ? folderType : FolderType.calendar;
            SharingMessages.createRequest(bag, Section4Example.provider(), common.initiator("user12"), t.localType,
                    subject("Sharing request: " + (folderName != null ? folderName : t.name())));
            return null;
        }
    }

    /** Reads the request, runs {@code answer}, marks the request file. */
    abstract static class Responding extends Kind {
        @Mixin
        Answer answer = new Answer();

        MessageFiles.Loaded loaded;
        InMemoryPropertyBag request;

        void load() throws IOException {
            loaded = MessageFiles.read(answer.request);
            request = MessageFiles.lift(loaded.bag(), SharingMessageModel.SPEC);
            if (answer.overwrite) {
                SharingMessages.clearAnswer(request);
            }
        }

        @Override
        Envelope.Address defaultRecipient() {
            SharingMessageAccessor r = SharingMessageAccessor.of(request);
            if (r.findInitiatorSmtp().isEmpty()) {
                return null;
            }
            String name = r.findInitiatorName().orElse(r.getInitiatorSmtp());
            return r.hasInitiatorEntryId() ? SharingMessages.addressOf(new Initiator(r.getInitiatorEntryId(), name,
                    r.getInitiatorSmtp())) : Envelope.Address.smtp(name, r.getInitiatorSmtp());
        }

        @Override
        Instant sentDefault() {
            return when();
        }

        Instant when() {
            return answer.time != null ? answer.time : Section4Example.RESPONSE_TIME;
        }

        String subjectOf(String verb) {
            Object s = request.get(MessageFiles.NORMALIZED_SUBJECT);
            if (!(s instanceof String)) {
                s = request.get(MessageFiles.SUBJECT);
            }
            String base = s instanceof String ? (String) s : "Sharing request";
            return verb + ": " + Character.toLowerCase(base.charAt(0)) + base.substring(1);
        }

        /** Writes the marks back into the request file, or says why not. */
        String markRequestFile() throws IOException {
            Path file = answer.request;
            if (!Files.isWritable(file)) {
                return "request not updated: " + file + " is not writable";
            }
            switch (loaded.format()) {
                case EML:
                    return "request not updated: " + file + " is an .eml; MIME carries only PS_INTERNET_HEADERS properties "
                            + "and PidLidSharingResponseType / PidLidSharingResponseTime have no header twin";
                case MSG: {
                    PropertyBag target = loaded.bag();
                    target.put(SharingMessageKeys.RESPONSE_TYPE.id(), SharingMessageKeys.RESPONSE_TYPE.type(),
                            request.get(SharingMessageKeys.RESPONSE_TYPE.id()));
                    target.put(SharingMessageKeys.RESPONSE_TIME.id(), SharingMessageKeys.RESPONSE_TIME.type(),
                            request.get(SharingMessageKeys.RESPONSE_TIME.id()));
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    try (var os = Files.newOutputStream(tmp)) {
                        new dev.oxprops.backend.msg.MsgWriter().namedProperties(loaded.namedProperties())
                                .write(loaded.msg(), os);
                    }
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return "request updated: " + file + " (PidLidSharingResponseType, PidLidSharingResponseTime)";
                }
                default: {
                    PropertyBag target = loaded.bag();
                    target.put(SharingMessageKeys.RESPONSE_TYPE.id(), SharingMessageKeys.RESPONSE_TYPE.type(),
                            request.get(SharingMessageKeys.RESPONSE_TYPE.id()));
                    target.put(SharingMessageKeys.RESPONSE_TIME.id(), SharingMessageKeys.RESPONSE_TIME.type(),
                            request.get(SharingMessageKeys.RESPONSE_TIME.id()));
                    MessageFiles.write(target, MessageFiles.Format.JSON, file, null);
                    return "request updated: " + file + " (PidLidSharingResponseType, PidLidSharingResponseTime)";
                }
            }
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "The response accepting a request (3.1.4.3, flavor 0x00023310); marks the request accepted.")
    static final class Accept extends Responding {
        @Mixin
        FolderOptions folder = new FolderOptions();

        @Override
        String kind() {
            return "accept";
        }

        @Override
        String build(PropertyBag bag) throws IOException {
            load();
            FolderType t = folder.folderType;
            if (t == null) {
                LocalType requested = SharingMessageKeys.LocalType.fromValue(String.valueOf(
                        request.get(SharingMessageKeys.LOCAL_TYPE.id()))).orElse(LocalType.CALENDAR);
                t = FolderType.valueOf(requested.name().toLowerCase(Locale.ROOT));
            }
            SharingMessages.accept(request, bag, Section4Example.provider(), common.initiator("user10"), folder.folder(t, true), when(),
                    subject(subjectOf("Allowed")));
            return markRequestFile();
        }
    }

    @Command(name = "deny", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "The response denying a request (3.1.4.4, flavor 0x00025100); marks the request denied.")
    static final class Deny extends Responding {
        @Override
        String kind() {
            return "deny";
        }

        @Override
        String build(PropertyBag bag) throws IOException {
            load();
            SharingMessages.deny(request, bag, Section4Example.provider(), common.initiator("user10"), when(),
                    subject(subjectOf("Denied")));
            return markRequestFile();
        }
    }
}
