package org.coachingconversations.testing.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * The host's JSON reader, as a REST resource that reads its own body asks for it ({@code @Context Providers}):
 * Jackson, as in Confluence's REST module and the sandbox.
 */
public final class JacksonProviders implements Providers {

    private final ObjectMapper json;

    public JacksonProviders(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations,
            MediaType mediaType) {
        return new MessageBodyReader<>() {
            @Override
            public boolean isReadable(Class<?> readType, Type readGeneric, Annotation[] readAnnotations,
                    MediaType readMediaType) {
                return true;
            }

            @Override
            public T readFrom(Class<T> readType, Type readGeneric, Annotation[] readAnnotations,
                    MediaType readMediaType, MultivaluedMap<String, String> headers, InputStream entity)
                    throws IOException {
                return json.readValue(entity, readType);
            }
        };
    }

    @Override
    public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations,
            MediaType mediaType) {
        return null;
    }

    @Override
    public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
        return null;
    }

    @Override
    public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
        return null;
    }
}
