package org.coachingconversations.sandbox;

import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.OutboxMessage;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.ClassRule;
import org.junit.Test;

/** One HTML mail of the sandbox's outbox, opened on its own as its recipient's mail program would show it. */
public class SandboxOutboxMessageTest {

    private static final String BODY = "<html lang=\"en\"><head><title>Overdue</title></head><body>"
            + "<p>Use exit tickets &amp; more</p></body></html>";

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static OutboxMessage queued(String subject, String body, String mimeType) {
        SandboxStore store = SANDBOX.sandbox().store();
        store.queueMail("ana.ruiz@lincoln.example", subject, body, mimeType);
        List<OutboxMessage> outbox = store.outbox();
        return outbox.stream().filter(message -> message.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    public void message_shouldBeTheBodyAsRendered_withoutTheSandboxChrome_andRunNoScript() {
        // Given
        OutboxMessage mail = queued("Two steps are overdue", BODY, "text/html");

        // When
        HttpResponse<String> target = SANDBOX.client().get("/sandbox/outbox/message?id=" + mail.id(),
                DemoSchool.COACH);

        // Then
        assertEquals(200, target.statusCode());
        assertEquals(BODY, target.body());
        assertThat(target.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertThat(target.headers().firstValue("Content-Security-Policy").orElse(""),
                containsString("default-src 'none'"));
        Document outbox = Jsoup.parse(SANDBOX.client().get("/sandbox/outbox", DemoSchool.COACH).body());
        assertEquals(1, outbox.select(".sandbox-mail-open[href$=/sandbox/outbox/message?id=" + mail.id() + "]")
                .size());
    }

    @Test
    public void message_shouldBeNotFound_forAnUnknownIdOrAPlainTextMail_andBadRequest_forAnIdThatIsNoNumber() {
        // Given
        OutboxMessage plain = queued("Plain text", "Just text <b>not markup</b>", "text/plain");

        // When
        int plainText = SANDBOX.client().get("/sandbox/outbox/message?id=" + plain.id(), DemoSchool.COACH)
                .statusCode();
        int unknown = SANDBOX.client().get("/sandbox/outbox/message?id=987654", DemoSchool.COACH).statusCode();
        HttpResponse<String> notANumber = SANDBOX.client().get("/sandbox/outbox/message?id=seven", DemoSchool.COACH);

        // Then
        assertEquals(404, plainText);
        assertEquals(404, unknown);
        assertEquals(400, notANumber.statusCode());
        assertThat(notANumber.body(), containsString("is not a number"));
        assertTrue(Jsoup.parse(SANDBOX.client().get("/sandbox/outbox", DemoSchool.COACH).body())
                .select(".sandbox-mail-open[href$=id=" + plain.id() + "]").isEmpty());
    }
}
