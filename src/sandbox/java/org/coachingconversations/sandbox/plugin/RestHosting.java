package org.coachingconversations.sandbox.plugin;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves a {@link RestModule} the way Confluence's REST plugin does: JAX-RS (Jersey, jakarta.ws.rs 3.1) with Jackson
 * for JSON, the resources the plugin's Spring context made, the access and XSRF checks of {@link RestAccess}, and the
 * request's user made the SAL remote user for the length of the request.
 */
public final class RestHosting {

    /**
     * Jersey warns that a resource registered as an instance "implements no provider interface" and will be ignored
     * as a provider; it is still served as a resource, so the warning only hides real messages in the console.
     */
    private static final java.util.logging.Logger PROVIDER_CHECKS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        PROVIDER_CHECKS.setLevel(java.util.logging.Level.SEVERE);
    }

    private final RemoteUser remoteUser;

    RestHosting(RemoteUser remoteUser) {
        this.remoteUser = remoteUser;
    }

    /** The servlet that answers below the module's mount point. */
    public HttpServlet servlet(RestModule module) {
        ResourceConfig config = new ResourceConfig()
                .register(JacksonFeature.class)
                .register(new RestAccess(remoteUser))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.registerInstances(module.resources().toArray());
        config.setApplicationName(module.key());
        return new ServletContainer(config);
    }

    /**
     * The filter that makes the request's user the remote user; {@code userOf} names the signed-in user of a request,
     * empty for an anonymous one.
     */
    public Filter remoteUserFilter(Function<HttpServletRequest, Optional<String>> userOf) {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                Optional<String> user = userOf.apply((HttpServletRequest) request);
                if (user.isEmpty()) {
                    chain.doFilter(request, response);
                    return;
                }
                try (var acting = remoteUser.actAs(user.get())) {
                    chain.doFilter(request, response);
                }
            }
        };
    }
}
