package dev.oxprops.specs.oxcmsg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What makes a bag of properties a mail a person can open ([MS-OXCMSG] 2.2.1, [MS-OXOMSG] 2.2.1 and 2.2.3):
 * the subject, the sender and the user it is sent on behalf of (name, address type, e-mail address, entry ID
 * and search key, as a client writes them; the SMTP address too when the address type is EX), the recipients
 * (one bag each, for the recipient table) with PidTagDisplayTo (and PidTagDisplayCc when there are Cc recipients),
 * the message flags, the submit, delivery, creation and modification times, a plain-text body and an Internet
 * message ID. Each variable-length value is a stream of its own in a .msg (128 bytes of directory entry plus
 * its data), so nothing is written twice. Spec-neutral: a sharing message (or any other) is addressed with it after its own
 * properties are set.
 */
public final class Envelope {
    public static final PropertyId SUBJECT = PropertyId.tag(0x0037);
    public static final PropertyId SUBJECT_PREFIX = PropertyId.tag(0x003D);
    public static final PropertyId NORMALIZED_SUBJECT = PropertyId.tag(0x0E1D);
    public static final PropertyId BODY = PropertyId.tag(0x1000);
    public static final PropertyId MESSAGE_FLAGS = PropertyId.tag(0x0E07);
    public static final PropertyId CLIENT_SUBMIT_TIME = PropertyId.tag(0x0039);
    public static final PropertyId MESSAGE_DELIVERY_TIME = PropertyId.tag(0x0E06);
    public static final PropertyId CREATION_TIME = PropertyId.tag(0x3007);
    public static final PropertyId LAST_MODIFICATION_TIME = PropertyId.tag(0x3008);
    public static final PropertyId INTERNET_MESSAGE_ID = PropertyId.tag(0x1035);
    public static final PropertyId DISPLAY_TO = PropertyId.tag(0x0E04);
    public static final PropertyId DISPLAY_CC = PropertyId.tag(0x0E03);
    public static final PropertyId DISPLAY_BCC = PropertyId.tag(0x0E02);
    public static final PropertyId SENDER_NAME = PropertyId.tag(0x0C1A);
    public static final PropertyId SENDER_EMAIL_ADDRESS = PropertyId.tag(0x0C1F);
    public static final PropertyId SENDER_ADDRESS_TYPE = PropertyId.tag(0x0C1E);
    public static final PropertyId SENDER_SMTP_ADDRESS = PropertyId.tag(0x5D01);
    public static final PropertyId SENT_REPRESENTING_NAME = PropertyId.tag(0x0042);
    public static final PropertyId SENT_REPRESENTING_SMTP_ADDRESS = PropertyId.tag(0x5D02);
    public static final PropertyId RECIPIENT_TYPE = PropertyId.tag(0x0C15);
    public static final PropertyId DISPLAY_NAME = PropertyId.tag(0x3001);
    public static final PropertyId ADDRESS_TYPE = PropertyId.tag(0x3002);
    public static final PropertyId EMAIL_ADDRESS = PropertyId.tag(0x3003);
    public static final PropertyId SMTP_ADDRESS = PropertyId.tag(0x39FE);
    public static final PropertyId ENTRY_ID = PropertyId.tag(0x0FFF);
    public static final PropertyId SEARCH_KEY = PropertyId.tag(0x300B);

    /** mfRead: the message has been read ([MS-OXCMSG] 2.2.1.6); a sent message, not an unsent draft. */
    public static final int MF_READ = 0x00000001;

    /** The one-off entry ID's provider UID ([MS-OXCDATA] 2.2.5.1). */
    private static final byte[] ONE_OFF_PROVIDER = {(byte) 0x81, 0x2B, 0x1F, (byte) 0xA4, (byte) 0xBE, (byte) 0xA3, 0x10, 0x19,
        (byte) 0x9D, 0x6E, 0x00, (byte) 0xDD, 0x01, 0x0F, 0x54, 0x02};

    private Envelope() {}

    /**
     * A person: display name and SMTP address, and, for a user of an Exchange organization, the X500 DN
     * (then the address type is EX and the entry ID an address-book entry ID; otherwise SMTP and a one-off
     * entry ID).
     */
    public record Address(String displayName, String smtpAddress, String x500Dn) {
        public Address {
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(smtpAddress, "smtpAddress");
        }

        /** An Internet address (address type SMTP). */
        public static Address smtp(String displayName, String smtpAddress) {
            return new Address(displayName, smtpAddress, null);
        }

        /** The address type: EX for an Exchange user, else SMTP. */
        public String addressType() {
            return x500Dn != null ? "EX" : "SMTP";
        }

        /** The e-mail address of the address type: the X500 DN or the SMTP address. */
        public String emailAddress() {
            return x500Dn != null ? x500Dn : smtpAddress;
        }

        /** The entry ID: an address-book entry ID ([MS-OXCDATA] 2.2.5.2) or a one-off one (2.2.5.1). */
        public byte[] entryId() {
            return x500Dn != null ? AddressBookEntryId.user(x500Dn).toBytes() : oneOffEntryId(displayName, "SMTP", smtpAddress);
        }

        /** The search key ([MS-OXCPRPT] 2.2.1.9): address type, colon, e-mail address, in upper case, NUL-ended. */
        public byte[] searchKey() {
            return (addressType() + ":" + emailAddress().toUpperCase(Locale.ROOT) + "\0").getBytes(StandardCharsets.US_ASCII);
        }

        /** "Name &lt;address&gt;", as an Internet header shows it. */
        @Override
        public String toString() {
            return displayName + " <" + smtpAddress + ">";
        }
    }

    /** PidTagRecipientType values ([MS-OXOMSG] 2.2.3.1). */
    public enum RecipientType {
        TO(1), CC(2), BCC(3);

        private final int value;

        RecipientType(int value) {
            this.value = value;
        }

        public int value() {
            return value;
        }
    }

    /** A recipient: who and in which line. */
    public record Recipient(Address address, RecipientType type) {
        public Recipient {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * Addresses {@code message} as sent by {@code from} to {@code recipients} at {@code sent}, with {@code body}
     * as its text, and returns the recipient bags (for the recipient table of a .msg). PidTagSubject is built
     * from the prefix and the normalized subject when the message has none.
     */
    public static List<PropertyBag> address(PropertyBag message, Address from, List<Recipient> recipients, Instant sent,
            String body) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(sent, "sent");
        if (message.get(SUBJECT) == null && message.get(NORMALIZED_SUBJECT) instanceof String) {
            Object prefix = message.get(SUBJECT_PREFIX);
            message.put(SUBJECT, MapiType.PtypString, (prefix instanceof String ? (String) prefix : "")
                    + message.get(NORMALIZED_SUBJECT));
        }
        person(message, from, 0x0C1A, 0x0C1E, 0x0C1F, 0x0C19, 0x0C1D, 0x5D01);
        person(message, from, 0x0042, 0x0064, 0x0065, 0x0041, 0x003B, 0x5D02);
        message.put(MESSAGE_FLAGS, MapiType.PtypInteger32, MF_READ);
        for (PropertyId t : List.of(CLIENT_SUBMIT_TIME, MESSAGE_DELIVERY_TIME, CREATION_TIME, LAST_MODIFICATION_TIME)) {
            message.put(t, MapiType.PtypTime, sent);
        }
        if (body != null) {
            message.put(BODY, MapiType.PtypString, body);
        }
        message.put(DISPLAY_TO, MapiType.PtypString, names(recipients, RecipientType.TO));
        String cc = names(recipients, RecipientType.CC);
        if (!cc.isEmpty()) {
            message.put(DISPLAY_CC, MapiType.PtypString, cc);
        }
        message.put(INTERNET_MESSAGE_ID, MapiType.PtypString, messageId(from, sent, String.valueOf(message.get(SUBJECT))));
        List<PropertyBag> out = new ArrayList<>();
        for (Recipient r : recipients) {
            InMemoryPropertyBag b = new InMemoryPropertyBag();
            b.put(RECIPIENT_TYPE, MapiType.PtypInteger32, r.type().value());
            person(b, r.address(), 0x3001, 0x3002, 0x3003, 0x0FFF, 0x300B, 0x39FE);
            out.add(b);
        }
        return out;
    }

    /** The recipients of one line, as PidTagDisplayTo / Cc hold them: display names separated by "; ". */
    private static String names(List<Recipient> recipients, RecipientType type) {
        return recipients.stream().filter(r -> r.type() == type).map(r -> r.address().displayName())
                .collect(Collectors.joining("; "));
    }

    private static void person(PropertyBag bag, Address a, int name, int addressType, int email, int entryId, int searchKey,
            int smtp) {
        bag.put(PropertyId.tag(name), MapiType.PtypString, a.displayName());
        bag.put(PropertyId.tag(addressType), MapiType.PtypString, a.addressType());
        bag.put(PropertyId.tag(email), MapiType.PtypString, a.emailAddress());
        bag.put(PropertyId.tag(entryId), MapiType.PtypBinary, a.entryId());
        bag.put(PropertyId.tag(searchKey), MapiType.PtypBinary, a.searchKey());
        if (a.x500Dn() != null) {
            bag.put(PropertyId.tag(smtp), MapiType.PtypString, a.smtpAddress()); // the e-mail address is the DN
        }
    }

    /**
     * A one-off entry ID ([MS-OXCDATA] 2.2.5.1): flags, the one-off provider UID, version 0, then Unicode
     * display name, address type and address, each NUL-ended (the bytes {@code 01 90} that Outlook writes: Unicode,
     * no rich information).
     */
    public static byte[] oneOffEntryId(String displayName, String addressType, String address) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[4]);
        b.writeBytes(ONE_OFF_PROVIDER);
        b.writeBytes(new byte[] {0, 0}); // version
        b.writeBytes(new byte[] {0x01, (byte) 0x90}); // the bytes 01 90: U (Unicode strings), M (no rich information)
        for (String s : new String[] {displayName, addressType, address}) {
            b.writeBytes((s + "\0").getBytes(StandardCharsets.UTF_16LE));
        }
        return b.toByteArray();
    }

    /**
     * An Internet message ID (RFC 5322 3.6.4) derived from the sender, the time and the subject, so that the
     * same message built twice gets the same ID: {@code <hex@domain-of-sender>}.
     */
    public static String messageId(Address from, Instant sent, String subject) {
        String domain = from.smtpAddress().contains("@") ? from.smtpAddress().substring(from.smtpAddress().indexOf('@') + 1)
                : "localhost";
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] h = d.digest((from.smtpAddress() + "|" + sent + "|" + subject).getBytes(StandardCharsets.UTF_8));
            StringBuilder s = new StringBuilder("<");
            for (int i = 0; i < 12; i++) {
                s.append(String.format("%02x", h[i]));
            }
            return s.append('@').append(domain).append('>').toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
