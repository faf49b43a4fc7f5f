package org.coachingconversations.domain.form;

import static org.coachingconversations.domain.form.FormField.CONFERENCE_DATE;
import static org.coachingconversations.domain.form.FormField.OBSERVATION_DATE;
import static org.coachingconversations.domain.form.FormField.OBSERVATION_TYPE;
import static org.coachingconversations.domain.form.FormField.OBSERVER;
import static org.coachingconversations.domain.form.FormField.TEACHER;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.people.UserReference;

/**
 * Seed 003: teacher, observer, the observation (date and Full / Focused / Short) and the
 * post-conference date. Only field validity here; the 2–5 school-day window is the timeline's.
 */
public final class CycleRecordForm implements ConversationForm<CycleRecordInput> {

    private static final List<FormField> FIELDS =
            List.of(TEACHER, OBSERVER, OBSERVATION_DATE, OBSERVATION_TYPE, CONFERENCE_DATE);

    @Override
    public ConversationType type() {
        return ConversationType.CYCLE_RECORD;
    }

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }

    @Override
    public FormResult<CycleRecordInput> validate(FormInput input) {
        FieldValidator check = new FieldValidator(input, FIELDS);
        Optional<UserReference> teacher = check.requiredUser(TEACHER);
        Optional<UserReference> observer = check.requiredUser(OBSERVER);
        Optional<LocalDate> observationDate = check.requiredDate(OBSERVATION_DATE);
        Optional<ObservationType> observationType =
                check.requiredChoice(OBSERVATION_TYPE, ObservationType.values(), ObservationType::id);
        Optional<LocalDate> conferenceDate = check.requiredDate(CONFERENCE_DATE);

        FormRules.requireDifferentFromTeacher(check, teacher, observer, OBSERVER);
        if (observationDate.isPresent()
                && conferenceDate.filter(conference -> conference.isBefore(observationDate.get())).isPresent()) {
            check.reject(CONFERENCE_DATE, FormMessage.DATE_BEFORE_OBSERVATION, observationDate.get().toString());
        }
        return check.result(() -> new CycleRecordInput(teacher.orElseThrow(), observer.orElseThrow(),
                observationDate.orElseThrow(), observationType.orElseThrow(), conferenceDate.orElseThrow()));
    }
}
