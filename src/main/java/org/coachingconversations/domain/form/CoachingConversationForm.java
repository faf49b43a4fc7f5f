package org.coachingconversations.domain.form;

import static org.coachingconversations.domain.form.FormField.COACH;
import static org.coachingconversations.domain.form.FormField.CONVERSATION_DATE;
import static org.coachingconversations.domain.form.FormField.ENTRY_POINT;
import static org.coachingconversations.domain.form.FormField.FOCUS;
import static org.coachingconversations.domain.form.FormField.NEXT_CONVERSATION_DATE;
import static org.coachingconversations.domain.form.FormField.TEACHER;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.guide.EntryPoint;
import org.coachingconversations.domain.people.UserReference;

/** Seed 002: teacher, coach, date, entry point and focus; the next conversation if already set. */
public final class CoachingConversationForm implements ConversationForm<CoachingConversationInput> {

    private static final List<FormField> FIELDS =
            List.of(TEACHER, COACH, CONVERSATION_DATE, ENTRY_POINT, FOCUS, NEXT_CONVERSATION_DATE);

    @Override
    public ConversationType type() {
        return ConversationType.COACHING_CONVERSATION;
    }

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }

    @Override
    public FormResult<CoachingConversationInput> validate(FormInput input) {
        FieldValidator check = new FieldValidator(input, FIELDS);
        Optional<UserReference> teacher = check.requiredUser(TEACHER);
        Optional<UserReference> coach = check.requiredUser(COACH);
        Optional<LocalDate> date = check.requiredDate(CONVERSATION_DATE);
        Optional<EntryPoint> entryPoint = check.requiredChoice(ENTRY_POINT, EntryPoint.values(), EntryPoint::id);
        Optional<String> focus = check.optionalText(FOCUS);
        Optional<LocalDate> next = check.optionalDate(NEXT_CONVERSATION_DATE);

        FormRules.requireDifferentFromTeacher(check, teacher, coach, COACH);
        if (date.isPresent() && next.filter(nextDate -> nextDate.isBefore(date.get())).isPresent()) {
            check.reject(NEXT_CONVERSATION_DATE, FormMessage.DATE_BEFORE_CONVERSATION, date.get().toString());
        }
        return check.result(() -> new CoachingConversationInput(
                teacher.orElseThrow(), coach.orElseThrow(), date.orElseThrow(), entryPoint.orElseThrow(), focus, next));
    }
}
