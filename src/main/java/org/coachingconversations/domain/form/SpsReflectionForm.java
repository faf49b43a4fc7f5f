package org.coachingconversations.domain.form;

import static org.coachingconversations.domain.form.FormField.DISTRICT;
import static org.coachingconversations.domain.form.FormField.SCHOOL;
import static org.coachingconversations.domain.form.FormField.SURVEY_PERIOD;
import static org.coachingconversations.domain.form.FormField.TEACHER;

import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.people.UserReference;

/** Seed 000: whose Student Perception Survey results, which survey period, which school and district. */
public final class SpsReflectionForm implements ConversationForm<SpsReflectionInput> {

    private static final List<FormField> FIELDS = List.of(TEACHER, SURVEY_PERIOD, SCHOOL, DISTRICT);

    @Override
    public ConversationType type() {
        return ConversationType.SPS_REFLECTION;
    }

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }

    @Override
    public FormResult<SpsReflectionInput> validate(FormInput input) {
        FieldValidator check = new FieldValidator(input, FIELDS);
        Optional<UserReference> teacher = check.requiredUser(TEACHER);
        Optional<String> surveyPeriod = check.requiredLine(SURVEY_PERIOD);
        Optional<String> school = check.requiredLine(SCHOOL);
        Optional<String> district = check.requiredLine(DISTRICT);
        return check.result(() -> new SpsReflectionInput(
                teacher.orElseThrow(), surveyPeriod.orElseThrow(), school.orElseThrow(), district.orElseThrow()));
    }
}
