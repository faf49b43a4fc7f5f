package com.atlassian.sal.api.websudo;

/**
 * Compile-only stand-in: thrown by {@link WebSudoManager#willExecuteWebSudoRequest} when the request has no secure
 * administrator session; a checked exception in SAL (see the page named in {@link WebSudoManager}).
 */
public class WebSudoSessionException extends Exception {

    private static final long serialVersionUID = 1L;

    public WebSudoSessionException(String message) {
        super(message);
    }
}
