package dev.oxprops.backend.graphsdk;

import com.microsoft.graph.models.Message;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import dev.oxprops.runtime.ChangeTrackingPropertyBag;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageValidator;

/**
 * The Graph snippet of the README, run by {@link GraphSdkClientTest} against a local server; ReadmeSnippetsTest (in
 * the ews module, which checks both snippets) checks that the README shows exactly the lines between the markers.
 */
final class ReadmeGraphSnippet {
    private ReadmeGraphSnippet() {}

    static ValidationReport run(GraphServiceClient client, String messageId) {
        // README graph-sdk begin
        // every MS-OXSHARE property of the message: one GET per 15 properties (Graph's limit on a filter)
        GraphItems.Fetched<Message> fetched = GraphItems.fetch(SharingMessageKeys.ALL, expand ->
                client.me().messages().byMessageId(messageId).get(rc -> rc.queryParameters.expand = expand));
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(fetched.bag());

        // change one property; its setter changes the mirror too, and the PATCH carries both
        ChangeTrackingPropertyBag changes = ChangeTrackingPropertyBag.over(fetched.bag());
        SharingMessageAccessor.of(changes).setRemoteName("Ryan's calendar");
        client.me().messages().byMessageId(messageId).patch(GraphItems.patch(changes));
        // README graph-sdk end
        return report;
    }
}
