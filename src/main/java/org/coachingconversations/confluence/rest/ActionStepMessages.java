package org.coachingconversations.confluence.rest;

import com.atlassian.sal.api.message.I18nResolver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.application.actionstep.ActionStepChangeForbiddenException;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.domain.actionstep.ActionStepChange;
import org.coachingconversations.domain.actionstep.ActionStepChangeKind;
import org.coachingconversations.domain.actionstep.ActionStepFieldException;

/** The words of the action-steps API's refusals in the caller's language, from the facts the use case reports. */
final class ActionStepMessages {

    static final String PREFIX = "coaching.messages.action-step.";
    private final I18nResolver i18n;
    private final ReaderDates dates;

    ActionStepMessages(I18nResolver i18n, ReaderDates dates) {
        this.i18n = i18n;
        this.dates = dates;
    }

    /** What is wrong with the field, e.g. "No user has the user name "nobody"." */
    String field(ActionStepFieldException invalid) {
        List<String> facts = invalid.problem() == ActionStepFieldException.Problem.STATUS_MOVE_REFUSED
                ? invalid.facts().stream().map(status -> i18n.getText(PREFIX + "status." + status)).toList()
                : invalid.facts();
        return i18n.getText(problemKey(invalid.problem()), facts.toArray(String[]::new));
    }

    /** Who may make the change the caller may not. */
    String forbidden(ActionStepChangeForbiddenException forbidden) {
        return i18n.getText(refusalKey(forbidden.refusal()));
    }

    /**
     * What a person whose change met a newer one reads: "Ana Ruiz changed this step at 10:12 (marked it done). Your
     * change was not saved; the current step is shown." The time is in the space's zone; a change made on another
     * day also names its date.
     *
     * @param last the step's last change, empty for a step stored before steps recorded it
     * @param changerName the display name of who made the last change, when the host knows that user
     * @param zone the zone of the step's space
     * @param today today in that zone
     */
    String conflict(Optional<ActionStepChange> last, Optional<String> changerName, ZoneId zone, LocalDate today) {
        if (last.isEmpty()) {
            return i18n.getText(PREFIX + "conflict.unknown");
        }
        ActionStepChange change = last.get();
        String who = changerName.filter(name -> !name.isBlank())
                .orElseGet(() -> i18n.getText(PREFIX + "conflict.someone-else"));
        String what = i18n.getText(kindKey(change.kind()));
        String[] when = dateAndTime(change.at().atZone(zone));
        return change.madeOn(today, zone)
                ? i18n.getText(PREFIX + "conflict.today", who, when[1], what)
                : i18n.getText(PREFIX + "conflict.earlier", who, when[0], when[1], what);
    }

    /** A change's day and clock time in the space's zone, written the reader's way. */
    private String[] dateAndTime(ZonedDateTime when) {
        return new String[] {dates.date(when.toLocalDate()), dates.time(when.toLocalTime())};
    }

    static String problemKey(ActionStepFieldException.Problem problem) {
        return PREFIX + problem.id();
    }

    static String refusalKey(ActionStepChangeForbiddenException.Refusal refusal) {
        return PREFIX + "forbidden." + refusal.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String kindKey(ActionStepChangeKind kind) {
        return PREFIX + "change." + kind.id();
    }
}
