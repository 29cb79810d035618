package dev.oxprops.backend.graphsdk;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;
import java.net.URI;
import java.util.Map;

/** A real Graph SDK client, with its own HTTP stack, pointed at a local server and signing with a fixed token. */
final class LocalGraph {
    static final String TOKEN = "test-token";

    private LocalGraph() {}

    static GraphServiceClient client(String baseUrl) {
        AccessTokenProvider tokens = new AccessTokenProvider() {
            @Override
            public String getAuthorizationToken(URI uri, Map<String, Object> context) {
                return TOKEN;
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return new AllowedHostsValidator("127.0.0.1");
            }
        };
        GraphServiceClient client = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(tokens));
        client.getRequestAdapter().setBaseUrl(baseUrl);
        return client;
    }
}
