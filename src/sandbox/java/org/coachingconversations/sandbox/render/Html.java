package org.coachingconversations.sandbox.render;

import org.coachingconversations.testing.velocity.HtmlEncodingReferenceInsertion;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for everything the sandbox writes into HTML: text and attribute values alike. */
public final class Html {

    private Html() {
    }

    /** Text or an attribute value, with {@code & < > " '} encoded (the host's rule for plugin templates). */
    public static String text(String value) {
        return value == null ? "" : HtmlEncodingReferenceInsertion.encode(value);
    }

    public static String text(long value) {
        return Long.toString(value);
    }

    /** A query-string value. */
    public static String query(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** An AUI error message box, e.g. for a macro that failed. */
    public static String errorBox(String title, String message) {
        return "<div class=\"aui-message aui-message-error\"><p class=\"title\"><strong>" + text(title)
                + "</strong></p><p>" + text(message) + "</p></div>";
    }
}
