package dev.oxprops.specs.catalog;

import dev.oxprops.annotations.Catalog;

/**
 * The MS-OXPROPS catalogue as one {@link Catalog}: specs that name it ({@code @Spec(catalog = MsOxprops.class)}) take
 * identities from it with {@code @Ref(canonical = "...")} and have every property they declare themselves checked
 * against it. Lists the same interfaces as the generated {@code CatalogGroups} (CatalogueTest checks that).
 */
@Catalog({
    LidsPublicStrings.class,
    LidsAppointment.class,
    LidsTask.class,
    LidsAddress.class,
    LidsCommon.class,
    LidsLog.class,
    LidsNote.class,
    LidsReport.class,
    LidsRemote.class,
    LidsSharing.class,
    LidsPostRss.class,
    LidsCalendarAssistant.class,
    LidsMeeting.class,
    NamesPublicStrings.class,
    NamesInternetHeaders.class,
    NamesXmlExtractedEntities.class,
    NamesUnifiedMessaging.class,
    NamesAttachment.class,
    Tags0000To0FFF.class,
    Tags1000To2FFF.class,
    Tags3000To39FF.class,
    Tags3A00To3FFF.class,
    Tags4000To67FF.class,
    Tags6800To7FFF.class,
    Tags8000ToFFFE.class
})
public interface MsOxprops {}
