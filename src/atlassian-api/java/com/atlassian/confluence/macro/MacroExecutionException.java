package com.atlassian.confluence.macro;

/**
 * Compile-only stand-in. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.7/com/atlassian/confluence/macro/MacroExecutionException.html
 */
public class MacroExecutionException extends Exception {

    public MacroExecutionException() {
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
