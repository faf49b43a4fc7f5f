package org.coachingconversations.sandbox.plugin;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Confluence's REST layer checks before a resource method runs: the platform 7 access annotation (on the method,
 * else on its class; a resource with none is refused when the plugin loads, see {@link #accessOf}) and XSRF on every
 * mutating request. The sandbox accepts only the header form of the XSRF check ({@code X-Atlassian-Token: no-check}),
 * which is what the app's JavaScript and the documented curl calls send.
 */
final class RestAccess implements ContainerRequestFilter {

    static final String ANNOTATIONS_PACKAGE = "com.atlassian.annotations.security.";
    static final List<String> ACCESS_ANNOTATIONS = List.of("UnrestrictedAccess", "AnonymousSiteAccess",
            "UnlicensedSiteAccess", "LicensedOnly", "AdminOnly", "SystemAdminOnly");
    private static final Set<String> MUTATING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE,
            HttpMethod.PATCH);
    static final String XSRF_HEADER = "X-Atlassian-Token";

    private final RemoteUser remoteUser;

    @Context
    private ResourceInfo resourceInfo;

    RestAccess(RemoteUser remoteUser) {
        this.remoteUser = remoteUser;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String access = accessOf(resourceInfo.getResourceMethod())
                .or(() -> accessOf(resourceInfo.getResourceClass()))
                .orElse("none");
        boolean signedIn = remoteUser.username().isPresent();
        switch (access) {
            case "UnrestrictedAccess", "AnonymousSiteAccess" -> { }
            case "UnlicensedSiteAccess", "LicensedOnly" -> {
                if (!signedIn) {
                    request.abortWith(refusal(request, Response.Status.UNAUTHORIZED, "Client must be authenticated to"
                            + " access this resource."));
                    return;
                }
            }
            default -> {
                // AdminOnly, SystemAdminOnly: the sandbox has no administrators; a method without access is closed.
                request.abortWith(refusal(request, signedIn ? Response.Status.FORBIDDEN : Response.Status.UNAUTHORIZED,
                        "You do not have the permission to access this resource."));
                return;
            }
        }
        if (MUTATING.contains(request.getMethod())
                && !"no-check".equalsIgnoreCase(request.getHeaderString(XSRF_HEADER))) {
            request.abortWith(refusal(request, Response.Status.FORBIDDEN, "XSRF check failed"));
        }
    }

    /** The simple name of the access annotation on the element, if it has one. */
    static Optional<String> accessOf(AnnotatedElement element) {
        if (element == null) {
            return Optional.empty();
        }
        for (Annotation annotation : element.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith(ANNOTATIONS_PACKAGE)
                    && ACCESS_ANNOTATIONS.contains(name.substring(ANNOTATIONS_PACKAGE.length()))) {
                return Optional.of(name.substring(ANNOTATIONS_PACKAGE.length()));
            }
        }
        return Optional.empty();
    }

    private static Response refusal(ContainerRequestContext request, Response.Status status, String message) {
        Response.ResponseBuilder refusal = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status", status.getStatusCode(), "message", message));
        // The refused request's body is never read, so Jetty drops the connection after answering; saying so lets
        // the client open a new one instead of sending its next request down a connection about to close.
        if (request.hasEntity()) {
            refusal.header("Connection", "close");
        }
        return refusal.build();
    }
}
