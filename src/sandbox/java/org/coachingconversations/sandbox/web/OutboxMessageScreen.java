package org.coachingconversations.sandbox.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.sandbox.data.OutboxMessage;

/**
 * One HTML mail of the outbox shown on its own, as the recipient's mail program would show it
 * ({@code GET /sandbox/outbox/message?id=}): the body exactly as the app rendered it, outside the sandbox's chrome, so
 * that it can be read and checked like the mail it stands for. Mail programs run no script in a message, and neither
 * does this screen (its Content-Security-Policy forbids scripts, frames and loads from elsewhere).
 */
final class OutboxMessageScreen {

    static final String PATH = "/sandbox/outbox/message";
    private static final String HTML_MIME_TYPE = "text/html";
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " frame-ancestors 'none'; form-action 'none'";

    private OutboxMessageScreen() {
    }

    /** The link the outbox shows under a message that can be opened on its own; empty for a plain-text one. */
    static String link(String contextPath, OutboxMessage message) {
        if (!isHtml(message)) {
            return "";
        }
        return "<p><a class=\"sandbox-mail-open\" href=\"" + contextPath + PATH + "?id=" + message.id()
                + "\">Open this mail as its recipient sees it</a></p>";
    }

    /**
     * Answers with the HTML body of the outbox message {@code id}.
     *
     * @return false when there is no HTML message with that id, so that the caller answers 404
     */
    static boolean serve(HttpServletResponse response, List<OutboxMessage> outbox, long id) throws IOException {
        Optional<OutboxMessage> message = outbox.stream().filter(candidate -> candidate.id() == id)
                .filter(OutboxMessageScreen::isHtml).findFirst();
        if (message.isEmpty()) {
            return false;
        }
        response.setStatus(200);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(message.get().body().getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static boolean isHtml(OutboxMessage message) {
        return message.mimeType() != null && message.mimeType().toLowerCase(java.util.Locale.ROOT)
                .startsWith(HTML_MIME_TYPE);
    }
}
