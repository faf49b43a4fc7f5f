package org.coachingconversations.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Locale;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.quality.InvalidSelfCheckException;
import org.coachingconversations.domain.quality.NoteHasControlCharacter;
import org.coachingconversations.domain.quality.NoteTooLong;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.junit.Test;

/** The self-check API's refusals, worded from the domain's facts for an English and a Spanish reader. */
public class SelfCheckMessagesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private SelfCheckMessages target = new SelfCheckMessages(BundleI18nResolver.fromDescriptor());

    @Test
    public void notes_shouldNameEachQualityByItsTerm() {
        // Given
        InvalidSelfCheckException invalid = new InvalidSelfCheckException(List.of(
                new NoteTooLong(ConversationQuality.SUBSTANTIVE, 501, 500),
                new NoteHasControlCharacter(ConversationQuality.LEAD_TO_ACTION, "U+0007", 5)));

        // When
        String message = target.notes(invalid);

        // Then
        assertEquals("The note on Substantive has 501 characters; shorten it to 500 characters or fewer. The note on"
                + " " + BundleI18nResolver.fromDescriptor().getText(ConversationQuality.LEAD_TO_ACTION.termKey())
                + " holds the control character U+0007 at position 5; remove it.", message);
    }

    @Test
    public void notes_shouldBeSpanish_forASpanishReader() {
        // Given
        target = new SelfCheckMessages(BundleI18nResolver.fromDescriptor(SPANISH));
        InvalidSelfCheckException invalid = assertThrows(InvalidSelfCheckException.class,
                () -> QualitySelfCheck.forConversation(42).note(ConversationQuality.SUBSTANTIVE, "x".repeat(501))
                        .build());

        // When
        String message = target.notes(invalid);

        // Then
        assertEquals("La nota sobre Sustanciales tiene 501 caracteres; ac\u00f3rtela a 500 caracteres o menos.",
                message);
    }

    @Test
    public void forbidden_shouldBeSpanish_forASpanishReader() {
        // Given
        target = new SelfCheckMessages(BundleI18nResolver.fromDescriptor(SPANISH));

        // When
        String message = target.forbidden();

        // Then
        assertEquals("Solo el docente y el coach de la conversaci\u00f3n, y las personas que pueden editar la"
                + " p\u00e1gina, pueden guardar su autoevaluaci\u00f3n de las cualidades de la conversaci\u00f3n.",
                message);
    }
}
