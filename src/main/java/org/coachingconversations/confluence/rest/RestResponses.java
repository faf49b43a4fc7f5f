package org.coachingconversations.confluence.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** TEMPORARY until the REST module lands. */
public final class RestResponses {

    private RestResponses() {
    }

    public static Response notFound() {
        return body(404, "Not found.", null, null);
    }

    public static Response unauthorized() {
        return body(401, "Sign in.", null, null);
    }

    public static Response badRequest(String field, String message) {
        return body(400, message, field, null);
    }

    public static Response forbidden(String message) {
        return body(403, message, null, null);
    }

    public static Response conflict(String message, Object current) {
        return body(409, message, null, current);
    }

    private static Response body(int status, String message, String field, Object current) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        if (current != null) {
            body.put("current", current);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
