package org.coachingconversations.domain.form;

import java.util.Locale;

/**
 * What can be wrong with a field. Each message's English text is in {@code coaching.properties};
 * argument {0} is always the field's label, the error's own arguments follow from {1}.
 */
public enum FormMessage {
    REQUIRED,
    SINGLE_VALUE,
    TOO_LONG,
    LINE_BREAK,
    CONTROL_CHARACTER,
    DATE_FORMAT,
    DATE_INVALID,
    DATE_OUT_OF_RANGE,
    TIME_FORMAT,
    CHOICE,
    USER,
    ONE_USER,
    SAME_AS_TEACHER,
    DATE_BEFORE_CONVERSATION,
    DATE_NOT_AFTER_MEETING,
    DATE_BEFORE_OBSERVATION,
    CLIP_FORMAT,
    CLIP_TIMESTAMP,
    CLIP_SECONDS,
    CLIP_EMPTY,
    CLIP_REVERSED,
    CLIP_REASON_REQUIRED,
    CLIP_MISSING,
    RUBRIC_CODE,
    RUBRIC_CODES_TOO_MANY;

    public String key() {
        return "coaching.form.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
