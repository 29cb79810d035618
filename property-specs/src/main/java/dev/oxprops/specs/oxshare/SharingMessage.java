package dev.oxprops.specs.oxshare;

import dev.oxprops.annotations.Codec;
import dev.oxprops.annotations.Condition;
import dev.oxprops.annotations.Discriminator;
import dev.oxprops.annotations.Fixed;
import dev.oxprops.annotations.Group;
import dev.oxprops.annotations.Ignored;
import dev.oxprops.annotations.Implies;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MessageClass;
import dev.oxprops.annotations.Mirror;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.OneOf;
import dev.oxprops.annotations.Presence;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Property;
import dev.oxprops.annotations.Receipt;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import dev.oxprops.annotations.ZeroLength;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.entryid.StoreEntryId;
import dev.oxprops.specs.PropertySets.PSETID_Sharing;
import dev.oxprops.specs.catalog.MsOxprops;
import dev.oxprops.specs.oxcdata.AddressBookEntryIdBytesCodec;
import dev.oxprops.specs.oxcdata.FolderEntryIdBytesHexCodec;
import dev.oxprops.specs.oxcdata.StoreEntryIdBytesHexCodec;
import dev.oxprops.specs.oxcmsg.MessageObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * [MS-OXSHARE] Sharing Message Object Protocol, version 9.0: every property of sections 2.2.1 to 2.2.6
 * and every MUST / SHOULD / MUST NOT rule of sections 2 and 3 that concerns one message.
 *
 * <p>The discriminator is {@code PidLidSharingFlavor} (2.2.2.5). Its value 0x00020710 is both an
 * invitation and a request (2.2.2.5), so it belongs to both groups: the properties of 2.2.3 are required
 * on it (its invitation half shares a folder, 3.1.4.1) and those of 2.2.4 are allowed (2.2.4 names it).
 * See docs/errata.md for every place where this interface decides between the text and its examples.
 *
 * <p>Rules across messages (a response copies the request's local type, answering marks the request) are
 * in {@link SharingMessages}.
 */
@Spec(id = "MS-OXSHARE", title = "Sharing Message Object Protocol", messageClass = "IPM.Sharing",
        messageClassIsPrefix = true, generatedName = "SharingMessage", catalog = MsOxprops.class)
@Implies(when = @Condition(property = "PidLidSharingFlavor", values = "INVITATION_FOLDER"),
        then = @Condition(property = "PidLidSharingCapabilities", values = "NOT_SPECIAL_FOLDER"),
        section = "2.2.2.1", note = "the flavor is for a folder that is not a special folder")
@Implies(when = @Condition(property = "PidLidSharingFlavor", values = "SPECIAL_FOLDER_FLAVORS"),
        then = @Condition(property = "PidLidSharingCapabilities", values = "SPECIAL_FOLDER"),
        section = "2.2.2.1", note = "the flavor is for a special folder")
@Implies(when = @Condition(property = "PidLidSharingResponseType"),
        then = @Condition(property = "PidLidSharingResponseTime"),
        section = "3.1.4.3", note = "answering a request sets both properties of 2.2.4")
@Implies(when = @Condition(property = "PidLidSharingResponseTime"),
        then = @Condition(property = "PidLidSharingResponseType"),
        section = "3.1.4.3", note = "answering a request sets both properties of 2.2.4")
public interface SharingMessage extends MessageObject {
    /** Product-behaviour note &lt;10&gt; of section 2.2.6. */
    String IGNORED_NOTE = "<10> Outlook 2007 sets differing subsets of these properties; their values have no meaning here";

    // ---------------------------------------------------------------- 2.2.1 and 2.2.5: Message object properties

    @Override
    @MessageClass(section = "2.2.5.2")
    @Presence(value = PresenceRule.REQUIRED, section = "2.2.5.2")
    String messageClass();

    @Override
    @Fixed(value = "Sharing", section = "2.2.5.1")
    @Presence(value = PresenceRule.REQUIRED, section = "2.2.5.1")
    String contentClass();

    // ---------------------------------------------------------------- 2.2.2: common to every sharing message

    @Ref(canonical = "PidLidSharingCapabilities", section = "2.2.2.1")
    @OneOf({
        @Value(name = "SPECIAL_FOLDER", value = "0x00040290", meaning = "The Sharing Message object relates to a special folder."),
        @Value(name = "NOT_SPECIAL_FOLDER", value = "0x000402B0",
                meaning = "The Sharing Message object does not relate to a special folder.")
    })
    @Presence(PresenceRule.REQUIRED)
    int capabilities();

    @Ref(canonical = "PidNameXSharingCapabilities", section = "2.2.2.2")
    @Mirror(of = "PidLidSharingCapabilities", kind = MirrorKind.HEX)
    @Presence(PresenceRule.REQUIRED)
    String xSharingCapabilities();

    @Ref(canonical = "PidLidSharingConfigurationUrl", section = "2.2.2.3")
    @ZeroLength
    @Presence(PresenceRule.REQUIRED)
    String configurationUrl();

    @Ref(canonical = "PidNameXSharingConfigUrl", section = "2.2.2.4")
    @Mirror(of = "PidLidSharingConfigurationUrl")
    @Presence(PresenceRule.REQUIRED)
    String xSharingConfigUrl();

    @Ref(canonical = "PidLidSharingFlavor", section = "2.2.2.5")
    @Discriminator(groups = {
        @Group(name = "INVITATIONS", values = {"INVITATION_SPECIAL_FOLDER", "INVITATION_FOLDER", "INVITATION_AND_REQUEST"},
                meaning = "sharing invitations (2.2.2.5; 0x00020710 is both an invitation and a request)"),
        @Group(name = "REQUESTS", values = {"REQUEST", "INVITATION_AND_REQUEST"},
                meaning = "sharing requests (2.2.4)"),
        @Group(name = "RESPONSES", values = {"DENY", "ACCEPT"}, meaning = "sharing responses"),
        @Group(name = "DESCRIBES_FOLDER", values = {"INVITATION_SPECIAL_FOLDER", "INVITATION_FOLDER",
            "INVITATION_AND_REQUEST", "ACCEPT"}, meaning = "the messages that describe a shared folder (2.2.3)"),
        @Group(name = "SPECIAL_FOLDER_FLAVORS", values = {"INVITATION_SPECIAL_FOLDER", "REQUEST", "INVITATION_AND_REQUEST", "DENY",
            "ACCEPT"}, meaning = "the flavors about a special folder (requests and their responses are only for special folders)")
    })
    @OneOf({
        @Value(name = "INVITATION_SPECIAL_FOLDER", value = "0x00020310", meaning = "A sharing invitation for a special folder."),
        @Value(name = "INVITATION_FOLDER", value = "0x00000310",
                meaning = "A sharing invitation for a folder that is not a special folder."),
        @Value(name = "REQUEST", value = "0x00020500", meaning = "A sharing request for a special folder."),
        @Value(name = "INVITATION_AND_REQUEST", value = "0x00020710", meaning = "Both a sharing invitation for a special folder "
                + "and a sharing request for the recipient's equivalent special folder."),
        @Value(name = "DENY", value = "0x00025100", meaning = "A sharing response that is denying a sharing request."),
        @Value(name = "ACCEPT", value = "0x00023310", meaning = "A sharing response that is accepting a sharing request.")
    })
    @Presence(PresenceRule.REQUIRED)
    int flavor();

    @Ref(canonical = "PidNameXSharingFlavor", section = "2.2.2.6")
    @Mirror(of = "PidLidSharingFlavor", kind = MirrorKind.HEX)
    @Presence(PresenceRule.REQUIRED)
    String xSharingFlavor();

    @Ref(canonical = "PidLidSharingInitiatorEntryId", section = "2.2.2.7")
    @Codec(AddressBookEntryIdBytesCodec.class)
    @Presence(PresenceRule.REQUIRED)
    AddressBookEntryId initiatorEntryId();

    @Ref(canonical = "PidLidSharingInitiatorName", section = "2.2.2.8")
    @Presence(value = PresenceRule.REQUIRED, onReceipt = Receipt.MAY_IGNORE,
            note = "<1> Outlook 2007 ignores it on receipt and queries the address book with PidLidSharingInitiatorEntryId")
    String initiatorName();

    @Ref(canonical = "PidLidSharingInitiatorSmtp", section = "2.2.2.9")
    @Presence(value = PresenceRule.REQUIRED, onReceipt = Receipt.MAY_IGNORE,
            note = "<2> Outlook 2007 ignores it on receipt and queries the address book with PidLidSharingInitiatorEntryId")
    String initiatorSmtp();

    @Ref(canonical = "PidLidSharingLocalType", section = "2.2.2.10")
    @OneOf({
        @Value(name = "CALENDAR", value = "IPF.Appointment", meaning = "Calendar"),
        @Value(name = "CONTACTS", value = "IPF.Contact", meaning = "Contacts"),
        @Value(name = "TASKS", value = "IPF.Task", meaning = "Tasks"),
        @Value(name = "NOTES", value = "IPF.StickyNote", meaning = "Notes"),
        @Value(name = "JOURNAL", value = "IPF.Journal", meaning = "Journal")
    })
    @Presence(PresenceRule.REQUIRED)
    String localType();

    @Ref(canonical = "PidNameXSharingLocalType", section = "2.2.2.11")
    @Mirror(of = "PidLidSharingLocalType")
    @Presence(PresenceRule.REQUIRED)
    String xSharingLocalType();

    @Property(canonical = "PidLidSharingProviderGuid", set = PSETID_Sharing.class, lid = 0x8A01,
            type = MapiType.PtypBinary, section = "2.2.2.12", alsoAccepts = MapiType.PtypGuid)
    @Fixed("AE F0 06 00 00 00 00 00 C0 00 00 00 00 00 00 46")
    @Presence(PresenceRule.REQUIRED)
    byte[] providerGuid();

    @Ref(canonical = "PidNameXSharingProviderGuid", section = "2.2.2.13")
    @Mirror(of = "PidLidSharingProviderGuid", kind = MirrorKind.HEX)
    @Presence(PresenceRule.REQUIRED)
    String xSharingProviderGuid();

    @Ref(canonical = "PidLidSharingProviderName", section = "2.2.2.14")
    @Presence(value = PresenceRule.OPTIONAL, onReceipt = Receipt.MAY_IGNORE,
            note = "<3> Outlook 2007 ignores it on receipt and uses a name based on PidLidSharingProviderGuid")
    String providerName();

    @Ref(canonical = "PidNameXSharingProviderName", section = "2.2.2.15")
    @Mirror(of = "PidLidSharingProviderName")
    @Presence(value = PresenceRule.OPTIONAL, onReceipt = Receipt.MAY_IGNORE,
            note = "<4> Outlook 2007 ignores it on receipt and uses a name based on PidLidSharingProviderGuid")
    String xSharingProviderName();

    @Ref(canonical = "PidLidSharingProviderUrl", section = "2.2.2.16")
    @Presence(value = PresenceRule.OPTIONAL, onReceipt = Receipt.MAY_IGNORE,
            note = "<5> Outlook 2007 ignores it on receipt and uses a URL based on PidLidSharingProviderGuid")
    String providerUrl();

    @Ref(canonical = "PidNameXSharingProviderUrl", section = "2.2.2.17")
    @Mirror(of = "PidLidSharingProviderUrl")
    @Presence(value = PresenceRule.OPTIONAL, onReceipt = Receipt.MAY_IGNORE,
            note = "<6> Outlook 2007 ignores it on receipt and uses a URL based on PidLidSharingProviderGuid")
    String xSharingProviderUrl();

    // ---------------------------------------------------------------- 2.2.3: invitations and acceptances

    @Ref(canonical = "PidLidSharingRemoteName", section = "2.2.3.1")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String remoteName();

    @Ref(canonical = "PidNameXSharingRemoteName", section = "2.2.3.2")
    @Mirror(of = "PidLidSharingRemoteName")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String xSharingRemoteName();

    @Ref(canonical = "PidLidSharingRemoteStoreUid", section = "2.2.3.3")
    @Codec(StoreEntryIdBytesHexCodec.class)
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    StoreEntryId remoteStoreUid();

    @Ref(canonical = "PidNameXSharingRemoteStoreUid", section = "2.2.3.4")
    @Mirror(of = "PidLidSharingRemoteStoreUid")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String xSharingRemoteStoreUid();

    @Ref(canonical = "PidLidSharingRemoteType", section = "2.2.3.5")
    @Mirror(of = "PidLidSharingLocalType")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER", onReceipt = Receipt.MAY_IGNORE,
            note = "<8> Outlook 2007 ignores it on receipt and uses only PidLidSharingLocalType")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String remoteType();

    @Ref(canonical = "PidNameXSharingRemoteType", section = "2.2.3.6")
    @Mirror(of = "PidLidSharingRemoteType")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER", onReceipt = Receipt.MAY_IGNORE,
            note = "<9> Outlook 2007 ignores it on receipt and uses only PidLidSharingLocalType")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String xSharingRemoteType();

    @Ref(canonical = "PidLidSharingRemoteUid", section = "2.2.3.7")
    @Codec(FolderEntryIdBytesHexCodec.class)
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    FolderEntryId remoteUid();

    @Ref(canonical = "PidNameXSharingRemoteUid", section = "2.2.3.8")
    @Mirror(of = "PidLidSharingRemoteUid")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String xSharingRemoteUid();

    /** Product-behaviour note &lt;7&gt; of section 2.2.3. */
    String NOTE_7 = "<7> Outlook 2007 sets these properties regardless of the type of Sharing Message object";

    // ---------------------------------------------------------------- 2.2.4: requests the user has responded to

    @Ref(canonical = "PidLidSharingResponseTime", section = "2.2.4.1")
    @Presence(value = PresenceRule.OPTIONAL, when = "REQUESTS", note = "set once the user has responded to the request")
    @Presence(value = PresenceRule.MUST_NOT, section = "2.2.4")
    Instant responseTime();

    @Ref(canonical = "PidLidSharingResponseType", section = "2.2.4.2")
    @OneOf({
        @Value(name = "ACCEPTED", value = "0x00000001", meaning = "Acceptance of the sharing request"),
        @Value(name = "DENIED", value = "0x00000002", meaning = "Denial of the sharing request")
    })
    @Presence(value = PresenceRule.OPTIONAL, when = "REQUESTS", note = "set once the user has responded to the request")
    @Presence(value = PresenceRule.MUST_NOT, section = "2.2.4")
    int responseType();

    // ---------------------------------------------------------------- 2.2.6: ignored properties

    @Ref(canonical = "PidLidSharingAnonymity", section = "[MS-OXPROPS] 2.234")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int anonymity();

    @Ref(canonical = "PidLidSharingBindingEntryId", section = "[MS-OXPROPS] 2.235")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] bindingEntryId();

    @Ref(canonical = "PidLidSharingBrowseUrl", section = "[MS-OXPROPS] 2.236")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String browseUrl();

    @Ref(canonical = "PidNameXSharingBrowseUrl", section = "[MS-OXPROPS] 2.487")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String xSharingBrowseUrl();

    @Ref(canonical = "PidLidSharingDataRangeEnd", section = "[MS-OXPROPS] 2.239")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant dataRangeEnd();

    @Ref(canonical = "PidLidSharingDataRangeStart", section = "[MS-OXPROPS] 2.240")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant dataRangeStart();

    @Ref(canonical = "PidLidSharingDetail", section = "[MS-OXPROPS] 2.241")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int detail();

    @Ref(canonical = "PidLidSharingExtensionXml", section = "[MS-OXPROPS] 2.242")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String extensionXml();

    @Ref(canonical = "PidNameXSharingExendedCaps", section = "[MS-OXPROPS] 2.490")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String xSharingExendedCaps();

    @Ref(canonical = "PidLidSharingFilter", section = "[MS-OXPROPS] 2.243")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] filter();

    @Ref(canonical = "PidLidSharingFlags", section = "[MS-OXPROPS] 2.244")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int flags();

    @Ref(canonical = "PidLidSharingFolderEntryId", section = "[MS-OXPROPS] 2.246")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] folderEntryId();

    @Ref(canonical = "PidLidSharingIndexEntryId", section = "[MS-OXPROPS] 2.247")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] indexEntryId();

    @Property(canonical = "PidLidSharingInstanceGuid", set = PSETID_Sharing.class, lid = 0x8A1C, type = MapiType.PtypBinary,
            section = "[MS-OXPROPS] 2.251", alsoAccepts = MapiType.PtypGuid)
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] instanceGuid();

    @Ref(canonical = "PidNameXSharingInstanceGuid", section = "[MS-OXPROPS] 2.492")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String xSharingInstanceGuid();

    @Ref(canonical = "PidLidSharingLastAutoSyncTime", section = "[MS-OXPROPS] 2.252")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant lastAutoSyncTime();

    @Ref(canonical = "PidLidSharingLastSyncTime", section = "[MS-OXPROPS] 2.253")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant lastSyncTime();

    @Ref(canonical = "PidLidSharingLocalComment", section = "[MS-OXPROPS] 2.254")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String localComment();

    @Ref(canonical = "PidLidSharingLocalLastModificationTime", section = "[MS-OXPROPS] 2.255")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant localLastModificationTime();

    @Ref(canonical = "PidLidSharingLocalName", section = "[MS-OXPROPS] 2.256")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String localName();

    @Ref(canonical = "PidLidSharingLocalPath", section = "[MS-OXPROPS] 2.257")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String localPath();

    @Ref(canonical = "PidLidSharingLocalStoreUid", section = "[MS-OXPROPS] 2.258")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String localStoreUid();

    @Ref(canonical = "PidLidSharingLocalUid", section = "[MS-OXPROPS] 2.260")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String localUid();

    @Ref(canonical = "PidLidSharingOriginalMessageEntryId", section = "[MS-OXPROPS] 2.261")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] originalMessageEntryId();

    @Ref(canonical = "PidLidSharingParentBindingEntryId", section = "[MS-OXPROPS] 2.262")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] parentBindingEntryId();

    @Ref(canonical = "PidLidSharingParticipants", section = "[MS-OXPROPS] 2.263")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String participants();

    @Ref(canonical = "PidLidSharingPermissions", section = "[MS-OXPROPS] 2.264")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int permissions();

    @Ref(canonical = "PidLidSharingProviderExtension", section = "[MS-OXPROPS] 2.265")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String providerExtension();

    @Ref(canonical = "PidLidSharingRangeEnd", section = "[MS-OXPROPS] 2.269")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int rangeEnd();

    @Ref(canonical = "PidLidSharingRangeStart", section = "[MS-OXPROPS] 2.270")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int rangeStart();

    @Ref(canonical = "PidLidSharingReciprocation", section = "[MS-OXPROPS] 2.271")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int reciprocation();

    @Ref(canonical = "PidLidSharingRemoteByteSize", section = "[MS-OXPROPS] 2.272")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int remoteByteSize();

    @Ref(canonical = "PidLidSharingRemoteComment", section = "[MS-OXPROPS] 2.273")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String remoteComment();

    @Ref(canonical = "PidLidSharingRemoteCrc", section = "[MS-OXPROPS] 2.274")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int remoteCrc();

    @Ref(canonical = "PidLidSharingRemoteLastModificationTime", section = "[MS-OXPROPS] 2.275")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant remoteLastModificationTime();

    @Ref(canonical = "PidLidSharingRemoteMessageCount", section = "[MS-OXPROPS] 2.276")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int remoteMessageCount();

    @Ref(canonical = "PidLidSharingRemotePass", section = "[MS-OXPROPS] 2.278")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String remotePass();

    @Ref(canonical = "PidLidSharingRemotePath", section = "[MS-OXPROPS] 2.279")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String remotePath();

    @Ref(canonical = "PidNameXSharingRemotePath", section = "[MS-OXPROPS] 2.498")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String xSharingRemotePath();

    @Ref(canonical = "PidLidSharingRemoteUser", section = "[MS-OXPROPS] 2.283")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String remoteUser();

    @Ref(canonical = "PidLidSharingRemoteVersion", section = "[MS-OXPROPS] 2.284")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String remoteVersion();

    @Ref(canonical = "PidLidSharingRoamLog", section = "[MS-OXPROPS] 2.287")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int roamLog();

    @Ref(canonical = "PidLidSharingStart", section = "[MS-OXPROPS] 2.288")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant start();

    @Ref(canonical = "PidLidSharingStatus", section = "[MS-OXPROPS] 2.289")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int status();

    @Ref(canonical = "PidLidSharingStop", section = "[MS-OXPROPS] 2.290")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant stop();

    @Ref(canonical = "PidLidSharingSyncFlags", section = "[MS-OXPROPS] 2.291")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int syncFlags();

    @Ref(canonical = "PidLidSharingSyncInterval", section = "[MS-OXPROPS] 2.292")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int syncInterval();

    @Ref(canonical = "PidLidSharingTimeToLive", section = "[MS-OXPROPS] 2.293")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int timeToLive();

    @Ref(canonical = "PidLidSharingTimeToLiveAuto", section = "[MS-OXPROPS] 2.294")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int timeToLiveAuto();

    @Ref(canonical = "PidLidSharingWorkingHoursDays", section = "[MS-OXPROPS] 2.295")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int workingHoursDays();

    @Ref(canonical = "PidLidSharingWorkingHoursEnd", section = "[MS-OXPROPS] 2.296")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant workingHoursEnd();

    @Ref(canonical = "PidLidSharingWorkingHoursStart", section = "[MS-OXPROPS] 2.297")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant workingHoursStart();

    @Ref(canonical = "PidLidSharingWorkingHoursTimeZone", section = "[MS-OXPROPS] 2.298")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] workingHoursTimeZone();
}
