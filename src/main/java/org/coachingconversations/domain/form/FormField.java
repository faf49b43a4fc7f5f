package org.coachingconversations.domain.form;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every field a conversation wizard or REST call can send. The wire name is the form field / JSON
 * property; the maximum length (in characters) is also what a wizard puts on its input.
 */
public enum FormField {
    TEACHER("teacher", FormField.USER_MAX_LENGTH),
    COACH("coach", FormField.USER_MAX_LENGTH),
    OBSERVER("observer", FormField.USER_MAX_LENGTH),
    CONVERSATION_DATE("conversationDate", FormField.DATE_MAX_LENGTH),
    ENTRY_POINT("entryPoint", FormField.CHOICE_MAX_LENGTH),
    FOCUS("focus", 1000),
    NEXT_CONVERSATION_DATE("nextConversationDate", FormField.DATE_MAX_LENGTH),
    MEETING_DATE("meetingDate", FormField.DATE_MAX_LENGTH),
    MEETING_TIME("meetingTime", 5),
    RUBRIC_CODES("rubricCodes", 400),
    CLIP_1("clip1", 40),
    CLIP_1_REASON("clip1Reason", 1000),
    CLIP_2("clip2", 40),
    CLIP_2_REASON("clip2Reason", 1000),
    STOCK_CLIP("stockClip", 500),
    SURVEY_PERIOD("surveyPeriod", 100),
    SCHOOL("school", 200),
    DISTRICT("district", 200),
    OBSERVATION_DATE("observationDate", FormField.DATE_MAX_LENGTH),
    OBSERVATION_TYPE("observationType", FormField.CHOICE_MAX_LENGTH),
    CONFERENCE_DATE("conferenceDate", FormField.DATE_MAX_LENGTH);

    /** Confluence keeps user names and user keys in 255-character columns. */
    private static final int USER_MAX_LENGTH = 255;
    private static final int DATE_MAX_LENGTH = 10;
    private static final int CHOICE_MAX_LENGTH = 100;

    private final String wireName;
    private final int maxLength;

    FormField(String wireName, int maxLength) {
        this.wireName = wireName;
        this.maxLength = maxLength;
    }

    /** The name of the wizard field and of the JSON property. */
    public String wireName() {
        return wireName;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The field's label, which every {@code coaching.form.error.*} message shows as its first argument. */
    public String labelKey() {
        return "coaching.form.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FormField> fromWireName(String candidate) {
        return Arrays.stream(values()).filter(field -> field.wireName.equals(candidate)).findFirst();
    }
}
