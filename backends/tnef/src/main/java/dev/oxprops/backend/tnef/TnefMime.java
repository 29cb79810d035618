package dev.oxprops.backend.tnef;

import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * TNEF inside MIME: the {@code application/ms-tnef} part (or a part named {@code winmail.dat}) of a message read
 * with Jakarta Mail, and a message that carries a TNEF stream as {@code winmail.dat}, as Exchange sends one over
 * SMTP.
 */
public final class TnefMime {
    /** The content type of a TNEF part. */
    public static final String CONTENT_TYPE = "application/ms-tnef";
    /** The file name Exchange gives a TNEF part. */
    public static final String FILE_NAME = "winmail.dat";

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final int MAX_PARTS = 10_000;
    private static final int MAX_DEPTH = 32;

    private TnefMime() {}

    /**
     * Reads a MIME message and its first TNEF part, with the reader's limits; empty when the message has none.
     *
     * @throws TnefFormatException when the message cannot be parsed as MIME, or its TNEF part is not TNEF
     */
    public static Optional<TnefMessage> read(InputStream eml, TnefReader reader) {
        try {
            MimeMessage m = new MimeMessage(SESSION, eml);
            Optional<Part> part = find(m, 0, new int[1]);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = part.get().getInputStream()) {
                return Optional.of(reader.read(in));
            }
        } catch (MessagingException | IOException e) {
            throw new TnefFormatException("cannot read the MIME message: " + e.getMessage(), e);
        }
    }

    /** {@link #read(InputStream, TnefReader)} with the default limits. */
    public static Optional<TnefMessage> read(InputStream eml) {
        return read(eml, new TnefReader());
    }

    /** The first part whose content type is application/ms-tnef or whose file name is winmail.dat. */
    static Optional<Part> find(Part p, int depth, int[] seen) throws MessagingException, IOException {
        if (++seen[0] > MAX_PARTS || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (p.isMimeType(CONTENT_TYPE) || FILE_NAME.equalsIgnoreCase(fileName(p))) {
            return Optional.of(p);
        }
        if (p.isMimeType("multipart/*")) {
            Object content = p.getContent();
            if (content instanceof Multipart) {
                Multipart mp = (Multipart) content;
                for (int i = 0; i < mp.getCount(); i++) {
                    Optional<Part> found = find(mp.getBodyPart(i), depth + 1, seen);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String fileName(Part p) {
        try {
            String n = p.getFileName();
            return n == null ? null : n.trim().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return null;
        }
    }

    /**
     * Writes a MIME message carrying {@code tnef} as its {@code winmail.dat} part, after a plain-text part; the
     * Subject header is the message's PidTagSubject when it has one.
     */
    public static void writeEml(PropertyBag message, byte[] tnef, OutputStream out) {
        try {
            MimeMessage m = new MimeMessage(SESSION);
            Object subject = message.get(PropertyId.tag(0x0037));
            if (subject instanceof String) {
                m.setSubject((String) subject, "UTF-8");
            }
            MimeBodyPart text = new MimeBodyPart();
            text.setText("This message carries its MAPI properties in the attached winmail.dat (TNEF).", "UTF-8");
            MimeBodyPart winmail = new MimeBodyPart();
            winmail.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(tnef, CONTENT_TYPE)));
            winmail.setFileName(FILE_NAME);
            winmail.setHeader("Content-Transfer-Encoding", "base64");
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(text);
            mixed.addBodyPart(winmail);
            m.setContent(mixed);
            m.saveChanges();
            m.writeTo(out);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot write the MIME message: " + e.getMessage(), e);
        }
    }

    /** {@link #writeEml} into a byte array. */
    public static byte[] toEml(PropertyBag message, byte[] tnef) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeEml(message, tnef, out);
        return out.toByteArray();
    }

}
