package org.coachingconversations.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.coachingconversations.domain.digest.Digest;
import org.coachingconversations.domain.digest.DigestLine;
import org.coachingconversations.testing.host.RecordingMailQueue;
import org.coachingconversations.testing.host.TitledPages;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.coachingconversations.testing.sal.TestUsers;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.junit.Test;

/**
 * The overdue digest's HTML as the real template renders it: web mail and screen readers read it in the language its
 * {@code lang} names, so that must be the language its texts were found in: the recipient's.
 */
public class ConfluenceDigestMailTest {

    private static final long PAGE = 4242L;
    private static final Digest DIGEST = new Digest("ana-key", List.of(
            new DigestLine(PAGE, "Use exit tickets daily", LocalDate.of(2025, 9, 10))));

    private static ConfluenceDigestMail mailIn(Locale language) {
        ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH).user("ana-key", language);
        return new ConfluenceDigestMail(new TestUsers(), new TitledPages().page(PAGE, "Ana Ruiz \u2014 coaching"),
                VelocityTemplateRenderer.forPlugin(), languages.i18n(),
                mode -> "https://wiki.school.example/confluence", new RecordingMailQueue(), languages);
    }

    @Test
    public void render_shouldNameEnglishAndATitle_whenTheRecipientReadsEnglish() {
        // Given
        ConfluenceDigestMail target = mailIn(Locale.ENGLISH);

        // When
        String html = target.render(DIGEST);

        // Then
        assertThat(html, containsString("<html lang=\"en\">"));
        assertThat(html, containsString("<title>Coaching action steps that became overdue</title>"));
        assertThat(html, containsString("<th scope=\"col\""));
    }

    @Test
    public void render_shouldNameSpanish_whenTheRecipientReadsSpanish() {
        // Given
        ConfluenceDigestMail target = mailIn(new Locale("es"));

        // When
        String html = target.render(DIGEST);

        // Then
        assertThat(html, containsString("<html lang=\"es\">"));
        assertThat(html, containsString("<title>Pasos de acci\u00f3n de coaching que han vencido</title>"));
    }
}
