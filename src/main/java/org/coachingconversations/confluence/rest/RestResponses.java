package org.coachingconversations.confluence.rest;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Every error answer of the app's REST resources, with one JSON shape ({@link RestError}); messages come in the
 * caller's language from the resource's I18nResolver. A page or item the caller
 * may not view gets exactly the answer of one that does not exist, so the status and body never tell them apart.
 */
public final class RestResponses {

    static final String NOT_FOUND_MESSAGE = "Not found.";
    static final String UNAUTHORIZED_MESSAGE = "Sign in to use this.";
    static final String NOT_FOUND_KEY = "coaching.messages.rest.not-found";
    static final String UNAUTHORIZED_KEY = "coaching.messages.rest.unauthorized";

    private RestResponses() {
    }

    /**
     * 404, the same bytes for "no such page or item" and "you may not view it", in English: for a caller that has no
     * {@link I18nResolver}; every resource of the app answers {@link #notFound(I18nResolver)}.
     */
    public static Response notFound() {
        return error(Response.Status.NOT_FOUND, new RestError(404, NOT_FOUND_MESSAGE, null, null));
    }

    /** 404 in the caller's language, the same bytes for "no such page or item" and "you may not view it". */
    public static Response notFound(I18nResolver i18n) {
        return error(Response.Status.NOT_FOUND, new RestError(404, i18n.getText(NOT_FOUND_KEY), null, null));
    }

    /** 400 naming the request field that is wrong; nothing was changed. */
    public static Response badRequest(String field, String message) {
        return error(Response.Status.BAD_REQUEST, new RestError(400, message, field, null));
    }

    /** 403 for a caller who may view the page but not make this change; the message says who may. */
    public static Response forbidden(String message) {
        return error(Response.Status.FORBIDDEN, new RestError(403, message, null, null));
    }

    /** 409: the caller's version is stale; the message says who changed what, {@code current} is the fresh state. */
    public static Response conflict(String message, Object current) {
        return error(Response.Status.CONFLICT, new RestError(409, message, null, current));
    }

    /** 401 for a request without a signed-in user, in English: see {@link #notFound()}. */
    public static Response unauthorized() {
        return error(Response.Status.UNAUTHORIZED, new RestError(401, UNAUTHORIZED_MESSAGE, null, null));
    }

    /** 401 for a request without a signed-in user, in the language of the browser's locale as the host reads it. */
    public static Response unauthorized(I18nResolver i18n) {
        return error(Response.Status.UNAUTHORIZED, new RestError(401, i18n.getText(UNAUTHORIZED_KEY), null, null));
    }

    private static Response error(Response.Status status, RestError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /**
     * The body of an error answer.
     *
     * @param field the request field a 400 is about, else null
     * @param current the fresh state for a 409, else null
     */
    public record RestError(int status, String message, String field, Object current) {
    }
}
