package org.coachingconversations.confluence.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coachingconversations.application.actionstep.ActionStepChangeForbiddenException;
import org.coachingconversations.domain.actionstep.ActionStepChange;
import org.coachingconversations.domain.actionstep.ActionStepChangeKind;
import org.coachingconversations.domain.actionstep.ActionStepFieldException;
import org.coachingconversations.domain.actionstep.ActionStepFieldException.Problem;
import org.coachingconversations.domain.actionstep.ActionStepForm;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.junit.Test;

/** The action-steps API's refusals, worded from the use case's facts for an English and a Spanish reader. */
public class ActionStepMessagesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");
    private static final ActionStepChange DONE_AT_TEN = new ActionStepChange("coach-ana",
            Instant.parse("2026-12-03T09:12:40Z"), ActionStepChangeKind.MARKED_DONE);

    private ActionStepMessages target = new ActionStepMessages(BundleI18nResolver.fromDescriptor(),
            ReaderLanguages.datesFor(Locale.ENGLISH));

    @Test
    public void conflict_shouldSayWhoChangedTheStepAtWhatTimeInTheSpaceAndWhat() {
        // When
        String message = target.conflict(Optional.of(DONE_AT_TEN), Optional.of("Ana Ruiz"), MADRID, TODAY);

        // Then
        assertEquals("Ana Ruiz changed this step at 10:12 AM (marked it done). Your change was not saved; the current"
                + " step is shown.", message);
    }

    @Test
    public void conflict_shouldNameTheDate_whenTheChangeWasOnAnotherDay() {
        // Given
        ActionStepChange earlier = new ActionStepChange("coach-ana", Instant.parse("2026-12-01T16:05:00Z"),
                ActionStepChangeKind.RESCHEDULED);

        // When
        String message = target.conflict(Optional.of(earlier), Optional.of("Ana Ruiz"), MADRID, TODAY);

        // Then
        assertEquals("Ana Ruiz changed this step on Dec 1, 2026 at 5:05 PM (changed its due date). Your change was not"
                + " saved; the current step is shown.", message);
    }

    @Test
    public void conflict_shouldSaySomeoneElse_whenTheChangerIsUnknownOrNothingWasRecorded() {
        // When
        String unknownUser = target.conflict(Optional.of(DONE_AT_TEN), Optional.empty(), MADRID, TODAY);
        String notRecorded = target.conflict(Optional.empty(), Optional.empty(), MADRID, TODAY);

        // Then
        assertEquals("Someone else changed this step at 10:12 AM (marked it done). Your change was not saved; the"
                + " current step is shown.", unknownUser);
        assertEquals("Someone else changed this step since you loaded it. Your change was not saved; the current"
                + " step is shown.", notRecorded);
    }

    @Test
    public void conflict_shouldBeSpanish_forASpanishReader() {
        // Given
        target = new ActionStepMessages(BundleI18nResolver.fromDescriptor(SPANISH),
                ReaderLanguages.datesFor(SPANISH));

        // When
        String message = target.conflict(Optional.of(DONE_AT_TEN), Optional.empty(), MADRID, TODAY);

        // Then
        assertEquals("Otra persona cambi\u00f3 este paso a las 10:12 (lo marc\u00f3 como hecho). Su cambio no se"
                + " guard\u00f3; se muestra el paso actual.", message);
    }

    @Test
    public void conflict_shouldWriteTheDateAndTimeTheSpanishWay_whenTheChangeWasOnAnotherDay() {
        // Given
        target = new ActionStepMessages(BundleI18nResolver.fromDescriptor(SPANISH), ReaderLanguages.datesFor(SPANISH));
        ActionStepChange earlier = new ActionStepChange("coach-ana", Instant.parse("2026-12-01T16:05:00Z"),
                ActionStepChangeKind.RESCHEDULED);

        // When
        String message = target.conflict(Optional.of(earlier), Optional.of("Ana Ruiz"), MADRID, TODAY);

        // Then
        assertTrue(message, message.contains("1 dic 2026") && message.contains("17:05"));
    }

    @Test
    public void field_shouldBeSpanish_withTheStatusesInSpanish_forASpanishReader() {
        // Given
        target = new ActionStepMessages(BundleI18nResolver.fromDescriptor(SPANISH),
                ReaderLanguages.datesFor(SPANISH));

        // When
        String owner = target.field(new ActionStepFieldException(ActionStepForm.OWNER, Problem.OWNER_UNKNOWN,
                "\"nobody\""));
        String move = target.field(new ActionStepFieldException(ActionStepForm.STATUS, Problem.STATUS_MOVE_REFUSED,
                "done", "dropped"));

        // Then
        assertEquals("Ning\u00fan usuario tiene el nombre de usuario \"nobody\".", owner);
        assertEquals("Un paso de acci\u00f3n que est\u00e1 hecho no puede pasar a descartado directamente;"
                + " re\u00e1bralo primero.", move);
    }

    @Test
    public void forbidden_shouldBeSpanish_forASpanishReader() {
        // Given
        target = new ActionStepMessages(BundleI18nResolver.fromDescriptor(SPANISH),
                ReaderLanguages.datesFor(SPANISH));

        // When
        String message = target.forbidden(new ActionStepChangeForbiddenException(
                ActionStepChangeForbiddenException.Refusal.ADD));

        // Then
        assertEquals("Solo las personas que pueden editar esta p\u00e1gina pueden agregarle pasos de acci\u00f3n.",
                message);
    }

    @Test
    public void everyProblemRefusalAndChange_shouldHaveAKeyInEveryBundle() {
        // Given
        List<String> keys = new ArrayList<>();
        for (Problem problem : Problem.values()) {
            keys.add(ActionStepMessages.problemKey(problem));
        }
        for (ActionStepChangeForbiddenException.Refusal refusal : ActionStepChangeForbiddenException.Refusal.values()) {
            keys.add(ActionStepMessages.refusalKey(refusal));
        }
        for (ActionStepChangeKind kind : ActionStepChangeKind.values()) {
            keys.add(ActionStepMessages.kindKey(kind));
        }
        for (String status : List.of("open", "done", "dropped")) {
            keys.add(ActionStepMessages.PREFIX + "status." + status);
        }

        // When
        BundleI18nResolver english = BundleI18nResolver.fromDescriptor();
        BundleI18nResolver spanish = BundleI18nResolver.fromDescriptor(SPANISH);
        List<String> missing = keys.stream().filter(key -> !english.hasKey(key) || !spanish.hasKey(key)).toList();

        // Then
        assertEquals(List.of(), missing);
    }
}
