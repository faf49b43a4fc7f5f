package org.coachingconversations.confluence.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a JSON request body into a record with the host's own JSON reader (Jackson, in Confluence's REST module and
 * in the sandbox), so that a body that is not JSON, or not of that shape, gets the app's 400 naming {@code body} —
 * the host's own answer to such a body would be in another shape, and a parameter the host fills never reaches the
 * resource when it cannot be read.
 */
final class JsonBodies {

    /** The {@code field} of a 400 about the request body as a whole. */
    static final String BODY = "body";
    /** What a resource answers for a {@link MalformedBodyException}, in the caller's language. */
    static final String MALFORMED_KEY = "coaching.messages.rest.body-malformed";

    private final Providers providers;

    JsonBodies(Providers providers) {
        this.providers = providers;
    }

    /**
     * The body as {@code type}; empty for an empty body, so that the use case names the first field it lacks.
     *
     * @throws MalformedBodyException when it is not JSON of that shape
     */
    <T> Optional<T> read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return Optional.empty();
        }
        MessageBodyReader<T> reader = providers == null ? null
                : providers.getMessageBodyReader(type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        if (reader == null) {
            throw new IllegalStateException("The host has no JSON reader for " + type.getSimpleName());
        }
        try {
            return Optional.ofNullable(reader.readFrom(type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                    new MultivaluedHashMap<>(), new ByteArrayInputStream(body)));
        } catch (IOException | RuntimeException notReadable) {
            throw new MalformedBodyException();
        }
    }

    /** The body is not JSON, or not an object of the fields the call takes with values of their types. */
    static final class MalformedBodyException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MalformedBodyException() {
            super("The request body is not a JSON object with the fields this call takes, each of its type (see the"
                    + " REST API documentation).");
        }
    }
}
