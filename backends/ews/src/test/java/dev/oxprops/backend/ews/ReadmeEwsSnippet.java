package dev.oxprops.backend.ews;

import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.runtime.ChangeTrackingPropertyBag;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.property.complex.ItemId;

/**
 * The EWS snippet of the README, run by {@link EwsClientTest} against a local server; {@link ReadmeSnippetsTest}
 * checks that the README shows exactly the lines between the markers.
 */
final class ReadmeEwsSnippet {
    private ReadmeEwsSnippet() {}

    static ValidationReport run(ExchangeService service, String itemId) throws Exception {
        // README ews begin
        // every MS-OXSHARE property of the message, in one GetItem
        EmailMessage message = EmailMessage.bind(service, new ItemId(itemId), EwsDefinitions.propertySet(SharingMessageKeys.ALL));
        GraphJson.ReadResult read = EwsItems.read(message);
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(read.bag());

        // change one property; its setter changes the mirror too, and the UpdateItem carries both
        ChangeTrackingPropertyBag changes = ChangeTrackingPropertyBag.over(read.bag());
        SharingMessageAccessor.of(changes).setRemoteName("Ryan's calendar");
        EwsItems.apply(changes, message);
        message.update(ConflictResolutionMode.AlwaysOverwrite);
        // README ews end
        return report;
    }
}
