package dev.oxprops.backend.mime;

import dev.oxprops.runtime.PropertyNotCarriedException;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ProblemReporting;
import dev.oxprops.runtime.ReadProblem;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * A {@link PropertyBag} over the Internet headers of a {@link MimeMessage}.
 *
 * <p><b>What it carries.</b> A string-named property of PS_INTERNET_HEADERS
 * ({00020386-0000-0000-C000-000000000046}) <em>is</em> the Internet header of that name: reading it
 * reads the header, writing it sets the header, removing it removes the header. Header names compare
 * case-insensitively, as {@link PropertyId.Name} does for that set. Besides these, four tagged
 * properties are carried as the standard header that holds them in Internet mail:
 *
 * <table>
 *   <caption>Tagged properties carried as headers</caption>
 *   <tr><th>Tag</th><th>Property</th><th>Header</th></tr>
 *   <tr><td>0x0037</td><td>PidTagSubject</td><td>Subject</td></tr>
 *   <tr><td>0x1035</td><td>PidTagInternetMessageId</td><td>Message-ID</td></tr>
 *   <tr><td>0x1039</td><td>PidTagInternetReferences</td><td>References</td></tr>
 *   <tr><td>0x1042</td><td>PidTagInReplyToId</td><td>In-Reply-To</td></tr>
 * </table>
 *
 * <p>Such a header is reachable through both ids (the tag and the PS_INTERNET_HEADERS name);
 * {@link #forEach} lists it once, under the tag. Nothing else is carried: LID-named properties, string
 * names of other sets, other tags, and every non-string type make {@link #canCarry} false, and
 * {@link #put} of them throws {@link PropertyNotCarriedException}. A string name that is not a valid
 * header field name (empty, or with a blank, colon or non-ASCII character) is not carried either.
 *
 * <p><b>Values</b> are PtypString. On read a value is unfolded, its trailing blanks are removed and its
 * RFC 2047 encoded words are decoded; an encoded word that cannot be decoded is kept as written and
 * {@link #problems()} names it — {@link #get} never throws on bad data. Each raw value is unfolded and
 * decoded once (in one pass over it), however often it is read. On write, a value that is
 * printable ASCII is written as is; any other value (non-ASCII, control characters, leading or
 * trailing blanks, text that looks like an encoded word) is written as UTF-8 base64 encoded words, so
 * every string reads back exactly as written. A PtypString8 value is accepted and reads back as
 * PtypString. When a header occurs more than once, the bag reads the first occurrence, and
 * {@code put} and {@code remove} act on all of them.
 *
 * <p>Not thread-safe, like the message it wraps.
 */
public final class MimePropertyBag implements PropertyBag, ProblemReporting {
    private static final Map<Integer, String> TAG_HEADERS;

    static {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(0x0037, "Subject");
        m.put(0x1035, "Message-ID");
        m.put(0x1039, "References");
        m.put(0x1042, "In-Reply-To");
        TAG_HEADERS = Collections.unmodifiableMap(m);
    }

    private final MimeMessage message;
    /** Each raw value decoded once (unfolding is linear, but a value is read many times). */
    private final Map<String, HeaderText.Decoded> decodedByRaw = new HashMap<>();
    /** How many raw values were decoded: the work {@code get} does, for tests. */
    int decodes;

    private MimePropertyBag(MimeMessage message) {
        this.message = message;
    }

    /** A bag over an existing message; reads and writes go straight to its headers. */
    public static MimePropertyBag wrap(MimeMessage message) {
        return new MimePropertyBag(Objects.requireNonNull(message, "message"));
    }

    /** A bag over a new, empty message (an empty text/plain body), keeping any Message-ID put into it. */
    public static MimePropertyBag create() {
        MimeMessage m = new KeepingMessageId(session());
        try {
            m.setText("", "UTF-8");
        } catch (MessagingException e) {
            throw new MimeFormatException("cannot create an empty MIME message", e);
        }
        return new MimePropertyBag(m);
    }

    /**
     * Reads a message from an {@code .eml} stream, or from a bare block of header lines (a message
     * whose body is empty). Raw UTF-8 in headers (RFC 6532) is accepted. The stream is not closed.
     *
     * @throws MimeFormatException when the stream cannot be read as a MIME message
     * @throws IOException when reading the stream fails
     */
    public static MimePropertyBag parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        try {
            return new MimePropertyBag(new KeepingMessageId(session(), in));
        } catch (MessagingException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw new MimeFormatException("not a readable MIME message: " + e.getMessage(), e);
        }
    }

    /** The message this bag reads and writes. */
    public MimeMessage message() {
        return message;
    }

    /** The header a property is carried as, or {@code null} when this bag cannot carry it. */
    public static String headerName(PropertyId id) {
        if (id instanceof PropertyId.Tag) {
            return TAG_HEADERS.get(((PropertyId.Tag) id).id());
        }
        if (id instanceof PropertyId.Name) {
            PropertyId.Name n = (PropertyId.Name) id;
            if (PropertyId.PS_INTERNET_HEADERS.equals(n.set()) && HeaderText.isFieldName(n.name())) {
                return n.name();
            }
        }
        return null;
    }

    @Override
    public Object get(PropertyId id) {
        String header = id == null ? null : headerName(id);
        if (header == null) {
            return null;
        }
        String raw = firstRaw(header);
        return raw == null ? null : decode(raw).value();
    }

    @Override
    public MapiType typeOf(PropertyId id) {
        return contains(id) ? MapiType.PtypString : null;
    }

    @Override
    public boolean contains(PropertyId id) {
        String header = id == null ? null : headerName(id);
        return header != null && firstRaw(header) != null;
    }

    @Override
    public boolean canCarry(PropertyId id, MapiType type) {
        return id != null && type != null && type.isString() && headerName(id) != null;
    }

    /**
     * Sets the header the property is carried as (replacing every occurrence); a null value removes it.
     *
     * @throws PropertyNotCarriedException when the property or its type cannot be carried by a MIME message
     * @throws MalformedValueException when the value is not a String
     */
    @Override
    public void put(PropertyId id, MapiType type, Object value) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        String header = headerName(id);
        if (header == null) {
            throw new PropertyNotCarriedException("a MIME message", id, type, whyNotCarried(id));
        }
        if (!type.isString()) {
            throw new PropertyNotCarriedException("a MIME message", id, type, "Internet headers hold strings only");
        }
        if (value == null) {
            remove(id);
            return;
        }
        if (!(value instanceof String)) {
            throw new MalformedValueException(id.toString(), "a header value is a String, got "
                    + MapiValues.describeStored(type, value), null);
        }
        decodedByRaw.clear();
        try {
            message.setHeader(header, HeaderText.encode(header, (String) value));
        } catch (MessagingException e) {
            throw new MimeFormatException("cannot set header " + header + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Object remove(PropertyId id) {
        String header = id == null ? null : headerName(id);
        if (header == null) {
            return null;
        }
        Object old = get(id);
        decodedByRaw.clear();
        try {
            message.removeHeader(header);
        } catch (MessagingException e) {
            throw new MimeFormatException("cannot remove header " + header + ": " + e.getMessage(), e);
        }
        return old;
    }

    @Override
    public void forEach(Entry action) {
        for (Map.Entry<String, Header> e : distinctHeaders().entrySet()) {
            Header h = e.getValue();
            action.accept(idOf(h.getName()), MapiType.PtypString, decode(valueOf(h)).value());
        }
    }

    @Override
    public int size() {
        return distinctHeaders().size();
    }

    /**
     * What in the headers could not be read cleanly, as {@link ReadProblem}s naming the header: lines
     * that are not headers ({@code MALFORMED_STRUCTURE}; skipped), encoded words that cannot be decoded
     * ({@code MALFORMED_VALUE}; kept as written), bytes that are not UTF-8 ({@code UNDECODABLE_TEXT};
     * U+FFFD in their place), headers that occur more than once ({@code DUPLICATE}; the first is read).
     */
    @Override
    public List<ReadProblem> problems() {
        return HeaderProblems.of(allHeaders(), this::decode, MimePropertyBag::idOf);
    }

    /**
     * Writes the message as an {@code .eml} ({@link MimeMessage#writeTo}).
     *
     * @throws MimeFormatException when Jakarta Mail cannot write the message
     */
    public void writeTo(OutputStream out) throws IOException {
        try {
            message.writeTo(out);
        } catch (MessagingException e) {
            throw new MimeFormatException("cannot write the message: " + e.getMessage(), e);
        }
    }

    /** The message as the bytes of an {@code .eml}. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new MimeFormatException("cannot write the message: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("MimePropertyBag{");
        forEach((id, type, value) -> b.append("\n  ").append(id).append(" = ").append(MapiValues.format(type, value)));
        return b.append(size() == 0 ? "}" : "\n}").toString();
    }

    private static String whyNotCarried(PropertyId id) {
        if (id instanceof PropertyId.Lid) {
            return "LID-named properties have no Internet header";
        }
        if (id instanceof PropertyId.Tag) {
            return "this tag has no Internet header equivalent (carried tags: " + describeTags() + ")";
        }
        PropertyId.Name n = (PropertyId.Name) id;
        if (!PropertyId.PS_INTERNET_HEADERS.equals(n.set())) {
            return "only string names of PS_INTERNET_HEADERS are Internet headers";
        }
        return "\"" + n.name() + "\" is not a valid header field name";
    }

    private static String describeTags() {
        StringBuilder b = new StringBuilder();
        TAG_HEADERS.forEach((tag, header) -> b.append(b.length() == 0 ? "" : ", ")
                .append(String.format("0x%04X %s", tag, header)));
        return b.toString();
    }

    private static PropertyId idOf(String header) {
        for (Map.Entry<Integer, String> t : TAG_HEADERS.entrySet()) {
            if (t.getValue().equalsIgnoreCase(header)) {
                return PropertyId.tag(t.getKey());
            }
        }
        return PropertyId.name(PropertyId.PS_INTERNET_HEADERS, header);
    }

    private HeaderText.Decoded decode(String raw) {
        HeaderText.Decoded d = decodedByRaw.get(raw);
        if (d == null) {
            d = HeaderText.decode(raw);
            decodes++;
            decodedByRaw.put(raw, d);
        }
        return d;
    }

    private String firstRaw(String header) {
        for (Header h : allHeaders()) {
            if (header.equalsIgnoreCase(h.getName())) {
                return valueOf(h);
            }
        }
        return null;
    }

    /** The first occurrence of every valid header, by lowercase name, in message order. */
    private Map<String, Header> distinctHeaders() {
        Map<String, Header> first = new LinkedHashMap<>();
        for (Header h : allHeaders()) {
            String name = h.getName();
            if (name != null && HeaderText.isFieldName(name)) {
                first.putIfAbsent(name.toLowerCase(Locale.ROOT), h);
            }
        }
        return first;
    }

    private List<Header> allHeaders() {
        List<Header> list = new ArrayList<>();
        try {
            Enumeration<Header> e = message.getAllHeaders();
            while (e.hasMoreElements()) {
                list.add(e.nextElement());
            }
        } catch (MessagingException e) {
            throw new MimeFormatException("cannot read the headers: " + e.getMessage(), e);
        }
        return list;
    }

    static String valueOf(Header h) {
        return h.getValue() == null ? "" : h.getValue();
    }

    private static Session session() {
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", "true");
        return Session.getInstance(p);
    }

    /** A message whose Message-ID, once set, is not replaced by a generated one when it is saved. */
    private static final class KeepingMessageId extends MimeMessage {
        KeepingMessageId(Session session) {
            super(session);
        }

        KeepingMessageId(Session session, InputStream in) throws MessagingException {
            super(session, in);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (getHeader("Message-ID") == null) {
                super.updateMessageID();
            }
        }
    }
}
