package dev.oxprops.specs.oxshare;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.entryid.StoreEntryId;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxcmsg.Envelope;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageKeys.LocalType;
import dev.oxprops.specs.oxshare.SharingMessageKeys.ResponseType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The four higher-layer events of [MS-OXSHARE] section 3.1.4, on top of the generated
 * {@link SharingMessageAccessor}: create an invitation (3.1.4.1), create a request (3.1.4.2), accept a
 * request (3.1.4.3) and deny one (3.1.4.4). Each sets every property sections 2.2.1 to 2.2.5 ask for
 * that kind of message; the mirrors follow by themselves. Responses take their local type from the
 * request they answer (2.2.2.10), and answering marks the request with its response type and time (2.2.4).
 *
 * <p>Addressing and sending are [MS-OXOMSG]'s business and not done here.
 */
public final class SharingMessages {
    /** The message class of sharing messages (2.2.5.2). */
    public static final String MESSAGE_CLASS = "IPM.Sharing";
    /** The content class of sharing messages (2.2.5.1). */
    public static final String CONTENT_CLASS = "Sharing";

    private SharingMessages() {}

    /**
     * The sharing provider (2.2.2.12 to 2.2.2.17). The GUID is fixed by 2.2.2.12; name and URL are free text
     * that receivers may ignore.
     *
     * @param name e.g. "Microsoft Exchange"
     * @param url e.g. "http://www.microsoft.com/exchange/"
     */
    public record Provider(String name, String url) {
        /** The provider of the examples in section 4. */
        public static final Provider EXCHANGE = new Provider("Microsoft Exchange", "HTTP://www.microsoft.com/exchange");

        /** The provider GUID every sharing message carries (2.2.2.12; see docs/errata.md for its 16 bytes). */
        public static byte[] guid() {
            return Hex.parseBytes("AEF0060000000000C000000000000046");
        }
    }

    /**
     * The user who sends the message (2.2.2.7 to 2.2.2.9): their address-book entry ID, display name and
     * SMTP address.
     */
    public record Initiator(AddressBookEntryId entryId, String displayName, String smtpAddress) {
        public Initiator {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(smtpAddress, "smtpAddress");
        }
    }

    /**
     * The folder being shared (2.2.3): its display name, its container class (the folder type), its entry
     * ID and its store's entry ID, and whether it is a special folder.
     */
    public record SharedFolder(String displayName, LocalType type, FolderEntryId entryId, StoreEntryId storeEntryId,
            boolean special) {
        public SharedFolder {
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(storeEntryId, "storeEntryId");
        }
    }

    /**
     * 3.1.4.1: a sharing invitation for {@code folder} (flavor 0x00020310, or 0x00000310 for a folder that is
     * not special), or, with {@code alsoRequest}, an invitation that also requests the recipient's
     * equivalent special folder (0x00020710; only for special folders).
     */
    public static SharingMessageAccessor createInvitation(PropertyBag bag, Provider provider, Initiator from,
            SharedFolder folder, boolean alsoRequest, String subject) {
        if (alsoRequest && !folder.special()) {
            throw new SharingProtocolException("PidLidSharingFlavor",
                    "an invitation that is also a request (0x00020710) is for a special folder; " + folder.displayName()
                            + " is not one");
        }
        Flavor flavor = alsoRequest ? Flavor.INVITATION_AND_REQUEST
                : folder.special() ? Flavor.INVITATION_SPECIAL_FOLDER : Flavor.INVITATION_FOLDER;
        SharingMessageAccessor m = common(bag, flavor, provider, from, folder.type(), subject,
                folder.special() ? SharingMessageKeys.Capabilities.SPECIAL_FOLDER
                        : SharingMessageKeys.Capabilities.NOT_SPECIAL_FOLDER);
        return describeFolder(m, folder);
    }

    /** 3.1.4.2: a sharing request for the recipient's special folder of type {@code folderType} (flavor 0x00020500). */
    public static SharingMessageAccessor createRequest(PropertyBag bag, Provider provider, Initiator from, LocalType folderType,
            String subject) {
        return common(bag, Flavor.REQUEST, provider, from, folderType, subject, SharingMessageKeys.Capabilities.SPECIAL_FOLDER);
    }

    /**
     * 3.1.4.3: the response accepting {@code request} (flavor 0x00023310) in {@code response}, sharing
     * {@code folder}; then marks the request as accepted at {@code when}. The local type is the request's.
     *
     * @throws SharingProtocolException when {@code request} is not a sharing request, is already answered (see
     *     {@link #clearAnswer}), or {@code folder} is not of the requested type
     */
    public static SharingMessageAccessor accept(PropertyBag request, PropertyBag response, Provider provider,
            Initiator responder, SharedFolder folder, Instant when, String subject) {
        LocalType requested = requestedType(request);
        if (folder.type() != requested) {
            throw new SharingProtocolException("PidLidSharingLocalType", "the request asks for " + requested.value()
                    + ", the folder shared is " + folder.type().value());
        }
        SharingMessageAccessor m = common(response, Flavor.ACCEPT, provider, responder, requested, subject,
                SharingMessageKeys.Capabilities.SPECIAL_FOLDER);
        describeFolder(m, folder);
        mark(request, ResponseType.ACCEPTED, when);
        return m;
    }

    /**
     * 3.1.4.4: the response denying {@code request} (flavor 0x00025100) in {@code response}; then marks the
     * request as denied at {@code when}. The local type is the request's.
     *
     * @throws SharingProtocolException when {@code request} is not a sharing request or is already answered (see
     *     {@link #clearAnswer})
     */
    public static SharingMessageAccessor deny(PropertyBag request, PropertyBag response, Provider provider,
            Initiator responder, Instant when, String subject) {
        LocalType requested = requestedType(request);
        SharingMessageAccessor m = common(response, Flavor.DENY, provider, responder, requested, subject,
                SharingMessageKeys.Capabilities.SPECIAL_FOLDER);
        mark(request, ResponseType.DENIED, when);
        return m;
    }

    /**
     * The initiator as an e-mail address: SMTP, as a client that sends to the Internet writes it (their X500 DN
     * stays in PidLidSharingInitiatorEntryId).
     */
    public static Envelope.Address addressOf(Initiator who) {
        return Envelope.Address.smtp(who.displayName(), who.smtpAddress());
    }

    /**
     * Makes a sharing message built by one of the 3.1.4 events a mail a person can open ([MS-OXCMSG]): sent by
     * its initiator to {@code recipients} at {@code sent}, with {@link #bodyText} as its body. Returns the
     * recipient bags (for the recipient table of a .msg).
     */
    public static List<PropertyBag> address(PropertyBag message, List<Envelope.Recipient> recipients, Instant sent) {
        SharingMessageAccessor m = SharingMessageAccessor.of(message);
        Initiator from = new Initiator(m.getInitiatorEntryId(), m.getInitiatorName(), m.getInitiatorSmtp());
        return Envelope.address(message, addressOf(from), recipients, sent, bodyText(message));
    }

    /**
     * The message in words, for its plain-text body: who shares or asks for which folder, and what the
     * recipient can do. A client that knows sharing shows its own buttons; this is what everyone else reads.
     */
    public static String bodyText(PropertyBag message) {
        SharingMessageAccessor m = SharingMessageAccessor.of(message);
        String who = m.findInitiatorName().orElse("Someone") + m.findInitiatorSmtp().map(s -> " (" + s + ")").orElse("");
        String type = m.findLocalType().flatMap(LocalType::fromValue).map(t -> t.meaning().toLowerCase(java.util.Locale.ROOT))
                .orElse("shared");
        String folder = m.findRemoteName().map(n -> " \"" + n + "\"").orElse("");
        int kind = SharingMessageKeys.discriminatorIndex(message);
        Flavor flavor = kind < 0 ? null : Flavor.values()[kind];
        String text;
        if (flavor == Flavor.INVITATION_FOLDER || flavor == Flavor.INVITATION_SPECIAL_FOLDER) {
            text = who + " has invited you to view the " + type + " folder" + folder + ". An e-mail client that supports "
                    + "sharing ([MS-OXSHARE]) offers to open it; it is then added to your folder list.";
        } else if (flavor == Flavor.INVITATION_AND_REQUEST) {
            text = who + " has invited you to view the " + type + " folder" + folder + ", and asks for permission to view "
                    + "your " + type + " folder in return. Answer with Allow or Deny.";
        } else if (flavor == Flavor.REQUEST) {
            text = who + " asks for permission to view your " + type + " folder. Answer with Allow (you share the "
                    + "folder) or Deny.";
        } else if (flavor == Flavor.ACCEPT) {
            text = who + " has allowed you to view the " + type + " folder" + folder + ", as you asked. An e-mail client "
                    + "that supports sharing offers to open it.";
        } else if (flavor == Flavor.DENY) {
            text = who + " has denied your request to view the " + type + " folder.";
        } else {
            text = who + " sent a sharing message of an unknown kind.";
        }
        return text + "\r\n\r\nThis is a sharing message ([MS-OXSHARE], message class " + MESSAGE_CLASS + ").\r\n";
    }

    /**
     * The rules across a request and a response that answers it: the request is a request, the response a
     * response, the response's local type is the request's (2.2.2.10), and a request marked as answered is
     * marked with the response's kind (2.2.4.2). Every violation is reported; nothing is thrown.
     */
    public static ValidationReport checkResponse(PropertyBag request, PropertyBag response) {
        List<Violation> out = new ArrayList<>();
        int requestKind = SharingMessageKeys.discriminatorIndex(request);
        int responseKind = SharingMessageKeys.discriminatorIndex(response);
        Flavor[] flavors = Flavor.values();
        boolean isRequest = requestKind == Flavor.REQUEST.ordinal() || requestKind == Flavor.INVITATION_AND_REQUEST.ordinal();
        if (!isRequest) {
            out.add(cross("PidLidSharingFlavor", "2.2.4", "the message answered is not a sharing request (flavor "
                    + (requestKind < 0 ? "unknown" : flavors[requestKind].name()) + ")"));
        }
        boolean isResponse = responseKind == Flavor.ACCEPT.ordinal() || responseKind == Flavor.DENY.ordinal();
        if (!isResponse) {
            out.add(cross("PidLidSharingFlavor", "2.2.2.5", "the answer is not a sharing response (flavor "
                    + (responseKind < 0 ? "unknown" : flavors[responseKind].name()) + ")"));
        }
        Object requestType = request.get(SharingMessageKeys.LOCAL_TYPE.id());
        Object responseType = response.get(SharingMessageKeys.LOCAL_TYPE.id());
        if (requestType != null && !requestType.equals(responseType)) {
            out.add(cross("PidLidSharingLocalType", "2.2.2.10", "the response's local type is " + quoted(responseType)
                    + "; it must be the request's, " + quoted(requestType)));
        }
        Object marked = request.get(SharingMessageKeys.RESPONSE_TYPE.id());
        if (marked instanceof Integer && isResponse) {
            int expected = responseKind == Flavor.ACCEPT.ordinal() ? ResponseType.ACCEPTED.value() : ResponseType.DENIED.value();
            if ((Integer) marked != expected) {
                out.add(cross("PidLidSharingResponseType", "2.2.4.2", "the request is marked " + marked
                        + " but the response is " + flavors[responseKind].name()));
            }
        }
        return new ValidationReport("MS-OXSHARE", out, List.of());
    }

    private static Violation cross(String property, String section, String message) {
        return new Violation(property, SharingMessageKeys.byCanonicalName(property).orElseThrow().id(), RuleKind.CROSS_MESSAGE,
                Level.MUST, section, message);
    }

    private static String quoted(Object o) {
        return o == null ? "(not set)" : "\"" + o + "\"";
    }

    private static LocalType requestedType(PropertyBag request) {
        SharingMessageAccessor r = SharingMessageAccessor.of(request);
        int kind = SharingMessageKeys.discriminatorIndex(request);
        if (kind != Flavor.REQUEST.ordinal() && kind != Flavor.INVITATION_AND_REQUEST.ordinal()) {
            Optional<Integer> flavor = r.findFlavor();
            throw new SharingProtocolException("PidLidSharingFlavor", "the message answered is not a sharing request (flavor "
                    + flavor.map(f -> String.format("0x%08X", f)).orElse("not set") + ")");
        }
        Optional<Integer> answered = r.findResponseType();
        if (answered.isPresent()) {
            String how = ResponseType.fromValue(answered.get()).map(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                    .orElse("marked " + answered.get());
            throw new SharingProtocolException("PidLidSharingResponseType", "the request is already answered (" + how
                    + r.findResponseTime().map(t -> " at " + t).orElse("") + "); clear its answer first "
                    + "(SharingMessages.clearAnswer) to answer it again");
        }
        return r.getLocalTypeEnum();
    }

    /**
     * Removes the marks of an answer from a request (PidLidSharingResponseType and PidLidSharingResponseTime,
     * 2.2.4), so that it can be answered again; {@link #accept} and {@link #deny} refuse a request that is
     * already answered.
     */
    public static void clearAnswer(PropertyBag request) {
        SharingMessageAccessor.of(request).removeResponseType().removeResponseTime();
    }

    private static void mark(PropertyBag request, ResponseType type, Instant when) {
        SharingMessageAccessor.of(request).setResponseType(type).setResponseTime(Objects.requireNonNull(when, "when"));
    }

    private static SharingMessageAccessor common(PropertyBag bag, Flavor flavor, Provider provider, Initiator from,
            LocalType localType, String subject, SharingMessageKeys.Capabilities capabilities) {
        return SharingMessageAccessor.of(bag == null ? new InMemoryPropertyBag() : bag)
                .setMessageClass(MESSAGE_CLASS)
                .setContentClass(CONTENT_CLASS)
                .setNormalizedSubject(subject)
                .setSubjectPrefix("")
                .setFlavor(flavor)
                .setProviderGuid(Provider.guid())
                .setProviderName(provider.name())
                .setProviderUrl(provider.url())
                .setConfigurationUrl("")
                .setCapabilities(capabilities)
                .setLocalType(localType)
                .setInitiatorEntryId(from.entryId())
                .setInitiatorName(from.displayName())
                .setInitiatorSmtp(from.smtpAddress());
    }

    private static SharingMessageAccessor describeFolder(SharingMessageAccessor m, SharedFolder folder) {
        return m.setRemoteName(folder.displayName()).setRemoteUid(folder.entryId()).setRemoteStoreUid(folder.storeEntryId());
    }
}
