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
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import dev.oxprops.annotations.ZeroLength;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.runtime.entryid.AddressBookEntryIdCodec;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.entryid.FolderEntryIdHexCodec;
import dev.oxprops.runtime.entryid.StoreEntryId;
import dev.oxprops.runtime.entryid.StoreEntryIdHexCodec;
import dev.oxprops.specs.PropertySets.PSETID_Sharing;
import dev.oxprops.specs.PropertySets.PS_INTERNET_HEADERS;
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
        messageClassIsPrefix = true, generatedName = "SharingMessage")
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

    @Property(canonical = "PidLidSharingCapabilities", set = PSETID_Sharing.class, lid = 0x8A17,
            type = MapiType.PtypInteger32, section = "2.2.2.1")
    @OneOf({
        @Value(name = "SPECIAL_FOLDER", value = "0x00040290", meaning = "The Sharing Message object relates to a special folder."),
        @Value(name = "NOT_SPECIAL_FOLDER", value = "0x000402B0",
                meaning = "The Sharing Message object does not relate to a special folder.")
    })
    @Presence(PresenceRule.REQUIRED)
    int capabilities();

    @Property(canonical = "PidNameXSharingCapabilities", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Capabilities",
            type = MapiType.PtypString, section = "2.2.2.2")
    @Mirror(of = "PidLidSharingCapabilities", kind = MirrorKind.HEX)
    @Presence(PresenceRule.REQUIRED)
    String xSharingCapabilities();

    @Property(canonical = "PidLidSharingConfigurationUrl", set = PSETID_Sharing.class, lid = 0x8A24,
            type = MapiType.PtypString, section = "2.2.2.3")
    @ZeroLength
    @Presence(PresenceRule.REQUIRED)
    String configurationUrl();

    @Property(canonical = "PidNameXSharingConfigUrl", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Config-Url",
            type = MapiType.PtypString, section = "2.2.2.4")
    @Mirror(of = "PidLidSharingConfigurationUrl")
    @Presence(PresenceRule.REQUIRED)
    String xSharingConfigUrl();

    @Property(canonical = "PidLidSharingFlavor", set = PSETID_Sharing.class, lid = 0x8A18,
            type = MapiType.PtypInteger32, section = "2.2.2.5")
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

    @Property(canonical = "PidNameXSharingFlavor", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Flavor",
            type = MapiType.PtypString, section = "2.2.2.6")
    @Mirror(of = "PidLidSharingFlavor", kind = MirrorKind.HEX)
    @Presence(PresenceRule.REQUIRED)
    String xSharingFlavor();

    @Property(canonical = "PidLidSharingInitiatorEntryId", set = PSETID_Sharing.class, lid = 0x8A09,
            type = MapiType.PtypBinary, section = "2.2.2.7")
    @Codec(AddressBookEntryIdCodec.class)
    @Presence(PresenceRule.REQUIRED)
    AddressBookEntryId initiatorEntryId();

    @Property(canonical = "PidLidSharingInitiatorName", set = PSETID_Sharing.class, lid = 0x8A07,
            type = MapiType.PtypString, section = "2.2.2.8")
    @Presence(value = PresenceRule.REQUIRED, onReceipt = Receipt.MAY_IGNORE,
            note = "<1> Outlook 2007 ignores it on receipt and queries the address book with PidLidSharingInitiatorEntryId")
    String initiatorName();

    @Property(canonical = "PidLidSharingInitiatorSmtp", set = PSETID_Sharing.class, lid = 0x8A08,
            type = MapiType.PtypString, section = "2.2.2.9")
    @Presence(value = PresenceRule.REQUIRED, onReceipt = Receipt.MAY_IGNORE,
            note = "<2> Outlook 2007 ignores it on receipt and queries the address book with PidLidSharingInitiatorEntryId")
    String initiatorSmtp();

    @Property(canonical = "PidLidSharingLocalType", set = PSETID_Sharing.class, lid = 0x8A14,
            type = MapiType.PtypString, section = "2.2.2.10")
    @OneOf({
        @Value(name = "CALENDAR", value = "IPF.Appointment", meaning = "Calendar"),
        @Value(name = "CONTACTS", value = "IPF.Contact", meaning = "Contacts"),
        @Value(name = "TASKS", value = "IPF.Task", meaning = "Tasks"),
        @Value(name = "NOTES", value = "IPF.StickyNote", meaning = "Notes"),
        @Value(name = "JOURNAL", value = "IPF.Journal", meaning = "Journal")
    })
    @Presence(PresenceRule.REQUIRED)
    String localType();

    @Property(canonical = "PidNameXSharingLocalType", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Local-Type",
            type = MapiType.PtypString, section = "2.2.2.11")
    @Mirror(of = "PidLidSharingLocalType")
    @Presence(PresenceRule.REQUIRED)
    String xSharingLocalType();

    @Property(canonical = "PidLidSharingProviderGuid", set = PSETID_Sharing.class, lid = 0x8A01,
            type = MapiType.PtypBinary, section = "2.2.2.12", alsoAccepts = MapiType.PtypGuid)
    @Fixed("AE F0 06 00 00 00 00 00 C0 00 00 00 00 00 00 46")
    @Presence(PresenceRule.REQUIRED)
    byte[] providerGuid();

    @Property(canonical = "PidNameXSharingProviderGuid", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Provider-Guid",
            type = MapiType.PtypString, section = "2.2.2.13")
    @Mirror(of = "PidLidSharingProviderGuid", kind = MirrorKind.HEX)
    @Presence(PresenceRule.REQUIRED)
    String xSharingProviderGuid();

    @Property(canonical = "PidLidSharingProviderName", set = PSETID_Sharing.class, lid = 0x8A02,
            type = MapiType.PtypString, section = "2.2.2.14")
    @Presence(value = PresenceRule.OPTIONAL, onReceipt = Receipt.MAY_IGNORE,
            note = "<3> Outlook 2007 ignores it on receipt and uses a name based on PidLidSharingProviderGuid")
    String providerName();

    @Property(canonical = "PidNameXSharingProviderName", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Provider-Name",
            type = MapiType.PtypString, section = "2.2.2.15")
    @Mirror(of = "PidLidSharingProviderName")
    @Presence(value = PresenceRule.OPTIONAL, onReceipt = Receipt.MAY_IGNORE,
            note = "<4> Outlook 2007 ignores it on receipt and uses a name based on PidLidSharingProviderGuid")
    String xSharingProviderName();

    @Property(canonical = "PidLidSharingProviderUrl", set = PSETID_Sharing.class, lid = 0x8A03,
            type = MapiType.PtypString, section = "2.2.2.16")
    @Presence(value = PresenceRule.OPTIONAL, onReceipt = Receipt.MAY_IGNORE,
            note = "<5> Outlook 2007 ignores it on receipt and uses a URL based on PidLidSharingProviderGuid")
    String providerUrl();

    @Property(canonical = "PidNameXSharingProviderUrl", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Provider-Url",
            type = MapiType.PtypString, section = "2.2.2.17")
    @Mirror(of = "PidLidSharingProviderUrl")
    @Presence(value = PresenceRule.OPTIONAL, onReceipt = Receipt.MAY_IGNORE,
            note = "<6> Outlook 2007 ignores it on receipt and uses a URL based on PidLidSharingProviderGuid")
    String xSharingProviderUrl();

    // ---------------------------------------------------------------- 2.2.3: invitations and acceptances

    @Property(canonical = "PidLidSharingRemoteName", set = PSETID_Sharing.class, lid = 0x8A05,
            type = MapiType.PtypString, section = "2.2.3.1")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String remoteName();

    @Property(canonical = "PidNameXSharingRemoteName", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Remote-Name",
            type = MapiType.PtypString, section = "2.2.3.2")
    @Mirror(of = "PidLidSharingRemoteName")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String xSharingRemoteName();

    @Property(canonical = "PidLidSharingRemoteStoreUid", set = PSETID_Sharing.class, lid = 0x8A48,
            type = MapiType.PtypString, section = "2.2.3.3")
    @Codec(StoreEntryIdHexCodec.class)
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    StoreEntryId remoteStoreUid();

    @Property(canonical = "PidNameXSharingRemoteStoreUid", set = PS_INTERNET_HEADERS.class,
            name = "X-Sharing-Remote-Store-Uid", type = MapiType.PtypString, section = "2.2.3.4")
    @Mirror(of = "PidLidSharingRemoteStoreUid")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String xSharingRemoteStoreUid();

    @Property(canonical = "PidLidSharingRemoteType", set = PSETID_Sharing.class, lid = 0x8A1D,
            type = MapiType.PtypString, section = "2.2.3.5")
    @Mirror(of = "PidLidSharingLocalType")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER", onReceipt = Receipt.MAY_IGNORE,
            note = "<8> Outlook 2007 ignores it on receipt and uses only PidLidSharingLocalType")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String remoteType();

    @Property(canonical = "PidNameXSharingRemoteType", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Remote-Type",
            type = MapiType.PtypString, section = "2.2.3.6")
    @Mirror(of = "PidLidSharingRemoteType")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER", onReceipt = Receipt.MAY_IGNORE,
            note = "<9> Outlook 2007 ignores it on receipt and uses only PidLidSharingLocalType")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String xSharingRemoteType();

    @Property(canonical = "PidLidSharingRemoteUid", set = PSETID_Sharing.class, lid = 0x8A06,
            type = MapiType.PtypString, section = "2.2.3.7")
    @Codec(FolderEntryIdHexCodec.class)
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    FolderEntryId remoteUid();

    @Property(canonical = "PidNameXSharingRemoteUid", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Remote-Uid",
            type = MapiType.PtypString, section = "2.2.3.8")
    @Mirror(of = "PidLidSharingRemoteUid")
    @Presence(value = PresenceRule.REQUIRED, when = "DESCRIBES_FOLDER")
    @Presence(value = PresenceRule.SHOULD_NOT, onReceipt = Receipt.MUST_IGNORE, section = "2.2.3", note = NOTE_7)
    String xSharingRemoteUid();

    /** Product-behaviour note &lt;7&gt; of section 2.2.3. */
    String NOTE_7 = "<7> Outlook 2007 sets these properties regardless of the type of Sharing Message object";

    // ---------------------------------------------------------------- 2.2.4: requests the user has responded to

    @Property(canonical = "PidLidSharingResponseTime", set = PSETID_Sharing.class, lid = 0x8A28,
            type = MapiType.PtypTime, section = "2.2.4.1")
    @Presence(value = PresenceRule.OPTIONAL, when = "REQUESTS", note = "set once the user has responded to the request")
    @Presence(value = PresenceRule.MUST_NOT, section = "2.2.4")
    Instant responseTime();

    @Property(canonical = "PidLidSharingResponseType", set = PSETID_Sharing.class, lid = 0x8A27,
            type = MapiType.PtypInteger32, section = "2.2.4.2")
    @OneOf({
        @Value(name = "ACCEPTED", value = "0x00000001", meaning = "Acceptance of the sharing request"),
        @Value(name = "DENIED", value = "0x00000002", meaning = "Denial of the sharing request")
    })
    @Presence(value = PresenceRule.OPTIONAL, when = "REQUESTS", note = "set once the user has responded to the request")
    @Presence(value = PresenceRule.MUST_NOT, section = "2.2.4")
    int responseType();

    // ---------------------------------------------------------------- 2.2.6: ignored properties

    @Property(canonical = "PidLidSharingAnonymity", set = PSETID_Sharing.class, lid = 0x8A19, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.234")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int anonymity();

    @Property(canonical = "PidLidSharingBindingEntryId", set = PSETID_Sharing.class, lid = 0x8A2D, type = MapiType.PtypBinary,
            section = "[MS-OXPROPS] 2.235")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] bindingEntryId();

    @Property(canonical = "PidLidSharingBrowseUrl", set = PSETID_Sharing.class, lid = 0x8A51, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.236")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String browseUrl();

    @Property(canonical = "PidNameXSharingBrowseUrl", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Browse-Url", type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.487")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String xSharingBrowseUrl();

    @Property(canonical = "PidLidSharingDataRangeEnd", set = PSETID_Sharing.class, lid = 0x8A45, type = MapiType.PtypTime,
            section = "[MS-OXPROPS] 2.239")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant dataRangeEnd();

    @Property(canonical = "PidLidSharingDataRangeStart", set = PSETID_Sharing.class, lid = 0x8A44, type = MapiType.PtypTime,
            section = "[MS-OXPROPS] 2.240")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant dataRangeStart();

    @Property(canonical = "PidLidSharingDetail", set = PSETID_Sharing.class, lid = 0x8A2B, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.241")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int detail();

    @Property(canonical = "PidLidSharingExtensionXml", set = PSETID_Sharing.class, lid = 0x8A21, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.242")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String extensionXml();

    @Property(canonical = "PidNameXSharingExendedCaps", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Exended-Caps", type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.490")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String xSharingExendedCaps();

    @Property(canonical = "PidLidSharingFilter", set = PSETID_Sharing.class, lid = 0x8A13, type = MapiType.PtypBinary,
            section = "[MS-OXPROPS] 2.243")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] filter();

    @Property(canonical = "PidLidSharingFlags", set = PSETID_Sharing.class, lid = 0x8A0A, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.244")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int flags();

    @Property(canonical = "PidLidSharingFolderEntryId", set = PSETID_Sharing.class, lid = 0x8A15, type = MapiType.PtypBinary,
            section = "[MS-OXPROPS] 2.246")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] folderEntryId();

    @Property(canonical = "PidLidSharingIndexEntryId", set = PSETID_Sharing.class, lid = 0x8A2E, type = MapiType.PtypBinary,
            section = "[MS-OXPROPS] 2.247")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] indexEntryId();

    @Property(canonical = "PidLidSharingInstanceGuid", set = PSETID_Sharing.class, lid = 0x8A1C, type = MapiType.PtypBinary,
            section = "[MS-OXPROPS] 2.251", alsoAccepts = MapiType.PtypGuid)
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] instanceGuid();

    @Property(canonical = "PidNameXSharingInstanceGuid", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Instance-Guid", type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.492")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String xSharingInstanceGuid();

    @Property(canonical = "PidLidSharingLastAutoSyncTime", set = PSETID_Sharing.class, lid = 0x8A55, type = MapiType.PtypTime,
            section = "[MS-OXPROPS] 2.252")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant lastAutoSyncTime();

    @Property(canonical = "PidLidSharingLastSyncTime", set = PSETID_Sharing.class, lid = 0x8A1F, type = MapiType.PtypTime,
            section = "[MS-OXPROPS] 2.253")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant lastSyncTime();

    @Property(canonical = "PidLidSharingLocalComment", set = PSETID_Sharing.class, lid = 0x8A4D, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.254")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String localComment();

    @Property(canonical = "PidLidSharingLocalLastModificationTime", set = PSETID_Sharing.class, lid = 0x8A23, type = MapiType.PtypTime,
            section = "[MS-OXPROPS] 2.255")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant localLastModificationTime();

    @Property(canonical = "PidLidSharingLocalName", set = PSETID_Sharing.class, lid = 0x8A0F, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.256")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String localName();

    @Property(canonical = "PidLidSharingLocalPath", set = PSETID_Sharing.class, lid = 0x8A0E, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.257")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String localPath();

    @Property(canonical = "PidLidSharingLocalStoreUid", set = PSETID_Sharing.class, lid = 0x8A49, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.258")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String localStoreUid();

    @Property(canonical = "PidLidSharingLocalUid", set = PSETID_Sharing.class, lid = 0x8A10, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.260")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String localUid();

    @Property(canonical = "PidLidSharingOriginalMessageEntryId", set = PSETID_Sharing.class, lid = 0x8A29, type = MapiType.PtypBinary,
            section = "[MS-OXPROPS] 2.261")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] originalMessageEntryId();

    @Property(canonical = "PidLidSharingParentBindingEntryId", set = PSETID_Sharing.class, lid = 0x8A5C, type = MapiType.PtypBinary,
            section = "[MS-OXPROPS] 2.262")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] parentBindingEntryId();

    @Property(canonical = "PidLidSharingParticipants", set = PSETID_Sharing.class, lid = 0x8A1E, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.263")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String participants();

    @Property(canonical = "PidLidSharingPermissions", set = PSETID_Sharing.class, lid = 0x8A1B, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.264")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int permissions();

    @Property(canonical = "PidLidSharingProviderExtension", set = PSETID_Sharing.class, lid = 0x8A0B, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.265")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String providerExtension();

    @Property(canonical = "PidLidSharingRangeEnd", set = PSETID_Sharing.class, lid = 0x8A47, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.269")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int rangeEnd();

    @Property(canonical = "PidLidSharingRangeStart", set = PSETID_Sharing.class, lid = 0x8A46, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.270")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int rangeStart();

    @Property(canonical = "PidLidSharingReciprocation", set = PSETID_Sharing.class, lid = 0x8A1A, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.271")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int reciprocation();

    @Property(canonical = "PidLidSharingRemoteByteSize", set = PSETID_Sharing.class, lid = 0x8A4B, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.272")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int remoteByteSize();

    @Property(canonical = "PidLidSharingRemoteComment", set = PSETID_Sharing.class, lid = 0x8A2F, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.273")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String remoteComment();

    @Property(canonical = "PidLidSharingRemoteCrc", set = PSETID_Sharing.class, lid = 0x8A4C, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.274")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int remoteCrc();

    @Property(canonical = "PidLidSharingRemoteLastModificationTime", set = PSETID_Sharing.class, lid = 0x8A22, type = MapiType.PtypTime,
            section = "[MS-OXPROPS] 2.275")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant remoteLastModificationTime();

    @Property(canonical = "PidLidSharingRemoteMessageCount", set = PSETID_Sharing.class, lid = 0x8A4F, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.276")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int remoteMessageCount();

    @Property(canonical = "PidLidSharingRemotePass", set = PSETID_Sharing.class, lid = 0x8A0D, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.278")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String remotePass();

    @Property(canonical = "PidLidSharingRemotePath", set = PSETID_Sharing.class, lid = 0x8A04, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.279")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String remotePath();

    @Property(canonical = "PidNameXSharingRemotePath", set = PS_INTERNET_HEADERS.class, name = "X-Sharing-Remote-Path", type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.498")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String xSharingRemotePath();

    @Property(canonical = "PidLidSharingRemoteUser", set = PSETID_Sharing.class, lid = 0x8A0C, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.283")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String remoteUser();

    @Property(canonical = "PidLidSharingRemoteVersion", set = PSETID_Sharing.class, lid = 0x8A5B, type = MapiType.PtypString,
            section = "[MS-OXPROPS] 2.284")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    String remoteVersion();

    @Property(canonical = "PidLidSharingRoamLog", set = PSETID_Sharing.class, lid = 0x8A4E, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.287")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int roamLog();

    @Property(canonical = "PidLidSharingStart", set = PSETID_Sharing.class, lid = 0x8A25, type = MapiType.PtypTime,
            section = "[MS-OXPROPS] 2.288")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant start();

    @Property(canonical = "PidLidSharingStatus", set = PSETID_Sharing.class, lid = 0x8A00, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.289")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int status();

    @Property(canonical = "PidLidSharingStop", set = PSETID_Sharing.class, lid = 0x8A26, type = MapiType.PtypTime,
            section = "[MS-OXPROPS] 2.290")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant stop();

    @Property(canonical = "PidLidSharingSyncFlags", set = PSETID_Sharing.class, lid = 0x8A60, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.291")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int syncFlags();

    @Property(canonical = "PidLidSharingSyncInterval", set = PSETID_Sharing.class, lid = 0x8A2A, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.292")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int syncInterval();

    @Property(canonical = "PidLidSharingTimeToLive", set = PSETID_Sharing.class, lid = 0x8A2C, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.293")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int timeToLive();

    @Property(canonical = "PidLidSharingTimeToLiveAuto", set = PSETID_Sharing.class, lid = 0x8A56, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.294")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int timeToLiveAuto();

    @Property(canonical = "PidLidSharingWorkingHoursDays", set = PSETID_Sharing.class, lid = 0x8A42, type = MapiType.PtypInteger32,
            section = "[MS-OXPROPS] 2.295")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    int workingHoursDays();

    @Property(canonical = "PidLidSharingWorkingHoursEnd", set = PSETID_Sharing.class, lid = 0x8A41, type = MapiType.PtypTime,
            section = "[MS-OXPROPS] 2.296")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant workingHoursEnd();

    @Property(canonical = "PidLidSharingWorkingHoursStart", set = PSETID_Sharing.class, lid = 0x8A40, type = MapiType.PtypTime,
            section = "[MS-OXPROPS] 2.297")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    Instant workingHoursStart();

    @Property(canonical = "PidLidSharingWorkingHoursTimeZone", set = PSETID_Sharing.class, lid = 0x8A43, type = MapiType.PtypBinary,
            section = "[MS-OXPROPS] 2.298")
    @Ignored(section = "2.2.6", note = IGNORED_NOTE)
    byte[] workingHoursTimeZone();
}
