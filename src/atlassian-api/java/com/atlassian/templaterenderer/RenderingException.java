package com.atlassian.templaterenderer;

/**
 * Compile-only stand-in: an unchecked exception, as the {@code throws} clauses of
 * https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 * show it; constructors checked against the public source of atlassian-template-renderer-api.
 */
public class RenderingException extends RuntimeException {

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
