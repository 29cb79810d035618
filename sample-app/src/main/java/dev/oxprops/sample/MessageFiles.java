package dev.oxprops.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.backend.ews.EwsFieldUri;
import dev.oxprops.backend.ews.EwsXml;
import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.backend.mime.MimePropertyBag;
import dev.oxprops.backend.msg.MsgMessage;
import dev.oxprops.backend.msg.MsgReader;
import dev.oxprops.backend.msg.MsgWriter;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import dev.oxprops.runtime.WriteProblem;
import dev.oxprops.runtime.model.MirrorModel;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.specs.oxcmsg.Envelope;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads and writes messages in the three file formats of the backends: .msg, .eml and Graph JSON. */
public final class MessageFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Subject (PidTagSubject), carried by MIME as the Subject header. */
    static final PropertyId SUBJECT = PropertyId.tag(0x0037);
    static final PropertyId MESSAGE_CLASS = PropertyId.tag(0x001A);
    static final PropertyId SUBJECT_PREFIX = PropertyId.tag(0x003D);
    static final PropertyId NORMALIZED_SUBJECT = PropertyId.tag(0x0E1D);

    private MessageFiles() {}

    /** The file formats. */
    public enum Format {
        MSG("msg"), EML("eml"), JSON("json"), TNEF("tnef"), PST("pst"),
        /** EWS XML: read, a saved GetItem response; written, the CreateItem request (no extension: a folder walk skips .xml). */
        XML("xml");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file name's extension names, or null. */
        public static Format byExtension(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".msg")) {
                return MSG;
            }
            if (n.endsWith(".eml")) {
                return EML;
            }
            if (n.endsWith(".json")) {
                return JSON;
            }
            if (n.endsWith(".tnef") || n.equals("winmail.dat")) {
                return TNEF;
            }
            if (n.endsWith(".pst")) {
                return PST;
            }
            return null;
        }
    }

    /** A message read from a file: its properties, the format, what the reader warned about, and its named-property map if any. */
    public record Loaded(PropertyBag bag, Format format, List<String> warnings, NamedPropertyMap namedProperties,
            MsgMessage msg) {}

    /** A file that is not a message of any of the three formats, with why (a sentence). */
    public static final class NotAMessageException extends IOException {
        private static final long serialVersionUID = 1L;

        NotAMessageException(String why) {
            super(why);
        }
    }

    /** How many bytes of a file are looked at to recognise its format. */
    static final int HEAD = 64 * 1024;

    private static final byte[] CFB_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    /** TNEF's signature 0x223E9F78, little-endian ([MS-OXTNEF] 2.1.3.1); a PST's "!BDN" ([MS-PST] 2.2.2.6). */
    private static final byte[] TNEF_SIGNATURE = {0x78, (byte) 0x9F, 0x3E, 0x22};
    private static final byte[] PST_SIGNATURE = {'!', 'B', 'D', 'N'};

    /** Header names of which an RFC 5322 / MIME header block holds at least one (compared in lower case). */
    private static final Set<String> MESSAGE_HEADERS = Set.of("from", "to", "cc", "subject", "date", "message-id",
            "mime-version", "received", "return-path", "sender", "reply-to", "content-type", "content-class");

    /**
     * Reads a message, recognising its format by its content whatever its name: the compound-file signature
     * (.msg), a JSON object of the Graph shape (an item with singleValueExtendedProperties or
     * multiValueExtendedProperties, or an array of {"id", "value"} objects), or an RFC 5322 header block (MIME).
     *
     * @throws NotAMessageException when the file is none of these (empty, binary, other text, other JSON)
     * @throws IOException when the file cannot be read
     */
    public static Loaded read(Path file) throws IOException {
        return read(FileContent.of(file));
    }

    /** {@link #read(Path)} of a file whose content is read (or, when it is too large, opened) once already. */
    static Loaded read(FileContent content) throws IOException {
        Format f = content.format();
        List<String> warnings = new ArrayList<>();
        switch (f) {
            case MSG: {
                MsgMessage m = content.readMsg();
                for (ReadProblem p : m.problems()) {
                    warnings.add(p.toString());
                }
                return new Loaded(m, f, warnings, m.namedProperties(), m);
            }
            case EML: {
                MimePropertyBag bag;
                try (InputStream in = content.open()) {
                    bag = MimePropertyBag.parse(in);
                }
                for (ReadProblem p : bag.problems()) {
                    warnings.add(p.toString());
                }
                return TnefFiles.withWinmailDat(content, bag, f, warnings);
            }
            case TNEF:
                return TnefFiles.read(content, f);
            case PST:
                throw new PstContentException();
            case XML: {
                GraphJson.ReadResult r;
                try (InputStream in = content.open()) {
                    r = EwsXml.read(in);
                } catch (dev.oxprops.backend.ews.EwsFormatException e) {
                    throw new NotAMessageException("XML, but not an EWS item: " + e.getMessage());
                }
                for (ReadProblem p : r.problems()) {
                    warnings.add(p.toString());
                }
                return new Loaded(r.bag(), f, warnings, null, null);
            }
            default: {
                JsonNode root;
                try (InputStream in = content.open()) {
                    root = JSON.readTree(in);
                } catch (JsonProcessingException e) {
                    String what = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "");
                    throw new IOException("not valid JSON: " + what + (e.getLocation() == null ? ""
                            : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
                }
                if (!isGraphShaped(root)) {
                    throw new NotAMessageException("JSON, but not a Graph item: no singleValueExtendedProperties or "
                            + "multiValueExtendedProperties array, nor an array of {\"id\", \"value\"} objects");
                }
                GraphJson.ReadResult r;
                try (InputStream in = content.open()) {
                    r = GraphJson.read(in); // read again: the tree above has lost duplicated keys
                }
                for (ReadProblem p : r.problems()) {
                    warnings.add(p.toString());
                }
                return new Loaded(r.bag(), f, warnings, null, null);
            }
        }
    }

    /** The content is a PST's, which holds many items: {@code PstFiles} reads them one by one. */
    static final class PstContentException extends IOException {
        private static final long serialVersionUID = 1L;

        PstContentException() {
            super("a PST holds many items; InspectCommand reads them one by one (PstFiles)");
        }
    }

    /**
     * The format of a file by its first bytes (see {@link #read}); JSON is only recognised here, its shape is
     * checked when it is read.
     *
     * @throws NotAMessageException when the file is empty, binary without the compound-file signature, or text
     *     that is neither JSON nor an RFC 5322 header block
     */
    public static Format detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            // the binary formats are known by their first four bytes: only text is read further
            byte[] magic = in.readNBytes(4);
            Format binary = magic.length < 4 ? null : binaryFormat(magic);
            if (binary != null) {
                return binary;
            }
            byte[] rest = in.readNBytes(HEAD - magic.length);
            byte[] head = Arrays.copyOf(magic, magic.length + rest.length);
            System.arraycopy(rest, 0, head, magic.length, rest.length);
            return detect(head);
        }
    }

    /** {@link #detect(Path)} of content whose first bytes are {@code data} (the whole content, or its first {@link #HEAD}). */
    static Format detect(byte[] data) throws NotAMessageException {
        return detect(data, data.length);
    }

    /** {@link #detect(byte[])} of the content {@code data[0, length)}. */
    static Format detect(byte[] data, int length) throws NotAMessageException {
        Format binary = length < 4 ? null : binaryFormat(data);
        if (binary != null) {
            return binary;
        }
        int n = Math.min(length, HEAD);
        if (n == 0) {
            throw new NotAMessageException("the file is empty");
        }
        for (int i = 0; i < n; i++) {
            byte b = data[i];
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                throw new NotAMessageException("binary content without the compound-file signature of a .msg");
            }
        }
        String text = new String(data, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        String trimmed = text.startsWith("\u00EF\u00BB\u00BF") ? text.substring(3).stripLeading() : text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return Format.JSON;
        }
        if (trimmed.startsWith("<")) {
            return Format.XML;
        }
        if (isHeaderBlock(text)) {
            return Format.EML;
        }
        throw new NotAMessageException("text, but not a mail message: it does not begin with a block of header fields "
                + "such as From:, Subject: or Date:");
    }

    /** MSG, TNEF or PST by the first four bytes of {@code data} (at least four), else null. */
    private static Format binaryFormat(byte[] data) {
        // the first half of the signature is enough to call it a (possibly damaged) compound file
        if (Arrays.equals(data, 0, 4, CFB_SIGNATURE, 0, 4)) {
            return Format.MSG;
        }
        if (Arrays.equals(data, 0, 4, TNEF_SIGNATURE, 0, 4)) {
            return Format.TNEF;
        }
        return Arrays.equals(data, 0, 4, PST_SIGNATURE, 0, 4) ? Format.PST : null;
    }

    /**
     * Whether {@code text} begins with an RFC 5322 header block: every line up to the first empty one (or the end
     * of what was read) is a header field ({@code name:} with a name of printable ASCII) or a folded continuation,
     * and at least one field is a message header (From, Subject, Date, Message-ID, MIME-Version, Received, ...,
     * or an X-Sharing header).
     */
    static boolean isHeaderBlock(String text) {
        String[] lines = text.split("\r?\n", -1);
        boolean known = false;
        int last = text.length() >= HEAD ? lines.length - 1 : lines.length; // the last line read may be cut
        for (int i = 0; i < last; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                return i > 0 && known;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (i == 0) {
                    return false;
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return false;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            for (int k = 0; k < name.length(); k++) {
                char c = name.charAt(k);
                if (c < 33 || c > 126) {
                    return false;
                }
            }
            known |= MESSAGE_HEADERS.contains(name) || name.startsWith("x-sharing-");
        }
        return known;
    }

    /** The shape GraphJson reads: an object with an extended-properties array, or an array of {"id", ...} objects. */
    static boolean isGraphShaped(JsonNode root) {
        if (root == null) {
            return false;
        }
        if (root.isObject()) {
            return (root.has(GraphJson.SINGLE) && root.get(GraphJson.SINGLE).isArray())
                    || (root.has(GraphJson.MULTI) && root.get(GraphJson.MULTI).isArray());
        }
        if (root.isArray() && root.size() > 0) {
            for (JsonNode e : root) {
                if (!e.isObject() || !e.has("id")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * What a message read from any backend holds, in memory, with every LID or tagged property that the
     * backend could not carry filled in from its PS_INTERNET_HEADERS twin (a mirror of {@code spec}), so that
     * the higher-layer API can work on a request read from an .eml.
     */
    public static InMemoryPropertyBag lift(PropertyBag bag, SpecModel spec) {
        InMemoryPropertyBag copy = InMemoryPropertyBag.copyOf(bag);
        for (PropertyModel p : spec.properties()) {
            MirrorModel mirror = p.mirror();
            if (mirror == null) {
                continue;
            }
            PropertyModel source = spec.property(mirror.source()).orElse(null);
            if (source == null || copy.contains(source.key().id()) || bag.canCarry(source.key().id(), source.key().type())) {
                continue;
            }
            Object twin = copy.get(p.key().id());
            if (!(twin instanceof String)) {
                continue;
            }
            String text = ((String) twin).trim();
            MapiType type = source.key().type();
            try {
                switch (mirror.kind()) {
                    case HEX:
                        if (type == MapiType.PtypInteger32) {
                            copy.put(source.key().id(), type, Integer.parseUnsignedInt(text, 16));
                        } else if (type == MapiType.PtypBinary) {
                            copy.put(source.key().id(), type, dev.oxprops.runtime.Hex.parseBytes(text));
                        }
                        break;
                    default:
                        if (type.isString()) {
                            copy.put(source.key().id(), type, text);
                        }
                        break;
                }
            } catch (RuntimeException e) {
                // a twin that does not convert stays as it is; the validator reports it
            }
        }
        return copy;
    }

    /** What writing a message left out. */
    public record Written(Path file, List<String> notCarried) {}

    /** Writes {@code bag} without recipients as {@code format}; see {@link #write(PropertyBag, List, Format, Path, NamedPropertyMap)}. */
    public static Written write(PropertyBag bag, Format format, Path file, NamedPropertyMap named) throws IOException {
        return write(bag, List.of(), format, file, named);
    }

    /**
     * Writes {@code bag} with its {@code recipients} as {@code format}; {@code named} gives named properties their
     * ids in a .msg (null: compact ids from 0x8000 in the order met). An .eml is a complete RFC 5322 message
     * (From, To, Cc, Date, Message-ID, MIME-Version, Subject, a text body) with the PS_INTERNET_HEADERS twins;
     * Graph JSON carries no recipients.
     */
    public static Written write(PropertyBag bag, List<? extends PropertyBag> recipients, Format format, Path file,
            NamedPropertyMap named) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        List<String> left = new ArrayList<>();
        switch (format) {
            case MSG: {
                MsgWriter w = new MsgWriter();
                if (named != null) {
                    w.namedProperties(named);
                }
                byte[] data = w.write(bag, recipients);
                Files.write(file, data);
                break;
            }
            case XML: {
                InMemoryPropertyBag carried = new InMemoryPropertyBag();
                bag.forEach((id, type, value) -> {
                    try {
                        EwsFieldUri.idOf(id, type);
                        carried.put(id, type, value);
                    } catch (UnsupportedOperationException e) {
                        left.add(PropertyNames.name(id));
                    }
                });
                if (!recipients.isEmpty()) {
                    left.add("the recipients (written here as extended properties only)");
                }
                Files.writeString(file, EwsXml.createItemRequest(carried));
                break;
            }
            case EML: {
                MimePropertyBag mime = toMime(bag, recipients, left);
                try (OutputStream out = Files.newOutputStream(file)) {
                    mime.writeTo(out);
                }
                break;
            }
            default: {
                if (!recipients.isEmpty()) {
                    left.add("the recipients (Graph extended properties carry none)");
                }
                GraphJson.WriteResult r = GraphJson.write(bag);
                for (WriteProblem p : r.skipped()) {
                    left.add(p.toString());
                }
                Files.writeString(file, JSON.writeValueAsString(r.json()) + "\n");
                break;
            }
        }
        return new Written(file, left);
    }

    /**
     * The MIME twin of a message: every property a MIME message can carry (the PS_INTERNET_HEADERS names, the
     * Subject built from prefix and normalized subject, the Message-ID), and from the MS-OXCMSG envelope the
     * From, To, Cc and Date headers and the plain-text body; {@code left} gets the canonical name of every
     * property left out.
     */
    public static MimePropertyBag toMime(PropertyBag bag, List<? extends PropertyBag> recipients, List<String> left) {
        MimePropertyBag mime = MimePropertyBag.create();
        bag.forEach((id, type, value) -> {
            if (mime.canCarry(id, type)) {
                mime.put(id, type, value);
            } else if (!MIME_ENVELOPE.contains(id)) {
                left.add(PropertyNames.name(id));
            }
        });
        if (!bag.contains(SUBJECT) && bag.get(NORMALIZED_SUBJECT) instanceof String) {
            Object prefix = bag.get(SUBJECT_PREFIX);
            mime.put(SUBJECT, MapiType.PtypString, (prefix instanceof String ? (String) prefix : "") + bag.get(NORMALIZED_SUBJECT));
        }
        MimeMessage m = mime.message();
        try {
            Object senderSmtp = bag.get(Envelope.SENDER_SMTP_ADDRESS);
            if (senderSmtp == null && "SMTP".equals(bag.get(Envelope.SENDER_ADDRESS_TYPE))) {
                senderSmtp = bag.get(Envelope.SENDER_EMAIL_ADDRESS);
            }
            InternetAddress from = internet(senderSmtp, bag.get(Envelope.SENDER_NAME));
            if (from != null) {
                m.setFrom(from);
            }
            for (PropertyBag r : recipients) {
                Object type = r.get(Envelope.RECIPIENT_TYPE);
                Object smtp = r.get(Envelope.SMTP_ADDRESS);
                if (smtp == null && "SMTP".equals(r.get(Envelope.ADDRESS_TYPE))) {
                    smtp = r.get(Envelope.EMAIL_ADDRESS);
                }
                InternetAddress a = internet(smtp, r.get(Envelope.DISPLAY_NAME));
                if (a != null) {
                    m.addRecipient(Integer.valueOf(2).equals(type) ? Message.RecipientType.CC
                            : Integer.valueOf(3).equals(type) ? Message.RecipientType.BCC : Message.RecipientType.TO, a);
                }
            }
            if (bag.get(Envelope.CLIENT_SUBMIT_TIME) instanceof Instant) {
                m.setHeader("Date", RFC_5322_DATE.format((Instant) bag.get(Envelope.CLIENT_SUBMIT_TIME)));
            }
            Object body = bag.get(Envelope.BODY);
            m.setText(body instanceof String ? (String) body : "", "UTF-8");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("cannot build the Internet message: " + e.getMessage(), e);
        }
        return mime;
    }

    /** RFC 5322 3.3 date-time, in UTC, whatever the machine's time zone (the same message gives the same bytes). */
    private static final java.time.format.DateTimeFormatter RFC_5322_DATE = java.time.format.DateTimeFormatter
            .ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    /** The envelope properties an .eml carries as standard headers and body (not reported as left out). */
    private static final Set<PropertyId> MIME_ENVELOPE = Set.of(Envelope.SENDER_NAME, Envelope.SENDER_SMTP_ADDRESS,
            Envelope.SENDER_EMAIL_ADDRESS, Envelope.SENDER_ADDRESS_TYPE, Envelope.CLIENT_SUBMIT_TIME, Envelope.BODY,
            Envelope.DISPLAY_TO, Envelope.DISPLAY_CC);

    private static InternetAddress internet(Object smtp, Object name) throws UnsupportedEncodingException {
        if (!(smtp instanceof String) || ((String) smtp).isEmpty()) {
            return null;
        }
        return new InternetAddress((String) smtp, name instanceof String ? (String) name : null, "UTF-8");
    }
}
