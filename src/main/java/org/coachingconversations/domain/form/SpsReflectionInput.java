package org.coachingconversations.domain.form;

import java.util.Objects;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.people.UserReference;

/** What the SPS-reflection wizard (seed 000) collects: whose results, from which survey, where. */
public record SpsReflectionInput(
        UserReference teacher,
        String surveyPeriod,
        String school,
        String district) implements ConversationInput {

    public SpsReflectionInput {
        Objects.requireNonNull(teacher, "teacher");
        InputRules.requireText(surveyPeriod, "surveyPeriod");
        InputRules.requireText(school, "school");
        InputRules.requireText(district, "district");
    }

    @Override
    public ConversationType type() {
        return ConversationType.SPS_REFLECTION;
    }
}
