package org.coachingconversations.domain.form;

import static org.coachingconversations.domain.form.FormField.*;

/** Valid submissions of each conversation wizard, to change one field at a time in tests. */
final class ConversationFormData {

    private ConversationFormData() {
    }

    static FormInput.Builder aCoachingConversation() {
        return FormInput.builder()
                .with(TEACHER, "tmorales")
                .with(COACH, "jkeller")
                .with(CONVERSATION_DATE, "2026-09-14")
                .with(ENTRY_POINT, "establish-focus")
                .with(FOCUS, "Checking for understanding during guided practice")
                .with(NEXT_CONVERSATION_DATE, "2026-09-28");
    }

    static FormInput.Builder aVideoCoachingCycle() {
        return FormInput.builder()
                .with(TEACHER, "tmorales")
                .with(COACH, "jkeller")
                .with(MEETING_DATE, "2026-10-06")
                .with(MEETING_TIME, "17:00")
                .with(FOCUS, "Student explanations of their reasoning")
                .with(RUBRIC_CODES, "MQI-2a, MQI-3b")
                .with(CLIP_1, "03:15-08:40")
                .with(CLIP_1_REASON, "Students compare two strategies")
                .with(CLIP_2, "21:05-26:00")
                .with(CLIP_2_REASON, "Teacher revoices a student explanation")
                .with(STOCK_CLIP, "Ms. Rivera: Fractions on a number line")
                .with(NEXT_CONVERSATION_DATE, "2026-10-20");
    }

    static FormInput.Builder anSpsReflection() {
        return FormInput.builder()
                .with(TEACHER, "tmorales")
                .with(SURVEY_PERIOD, "Fall 2026")
                .with(SCHOOL, "Lincoln Middle School")
                .with(DISTRICT, "Denver Public Schools");
    }

    static FormInput.Builder aCycleRecord() {
        return FormInput.builder()
                .with(TEACHER, "tmorales")
                .with(OBSERVER, "pnguyen")
                .with(OBSERVATION_DATE, "2026-11-02")
                .with(OBSERVATION_TYPE, "focused")
                .with(CONFERENCE_DATE, "2026-11-05");
    }
}
