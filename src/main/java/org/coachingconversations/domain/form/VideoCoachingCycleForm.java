package org.coachingconversations.domain.form;

import static org.coachingconversations.domain.form.FormField.CLIP_1;
import static org.coachingconversations.domain.form.FormField.CLIP_1_REASON;
import static org.coachingconversations.domain.form.FormField.CLIP_2;
import static org.coachingconversations.domain.form.FormField.CLIP_2_REASON;
import static org.coachingconversations.domain.form.FormField.COACH;
import static org.coachingconversations.domain.form.FormField.FOCUS;
import static org.coachingconversations.domain.form.FormField.MEETING_DATE;
import static org.coachingconversations.domain.form.FormField.MEETING_TIME;
import static org.coachingconversations.domain.form.FormField.NEXT_CONVERSATION_DATE;
import static org.coachingconversations.domain.form.FormField.RUBRIC_CODES;
import static org.coachingconversations.domain.form.FormField.STOCK_CLIP;
import static org.coachingconversations.domain.form.FormField.TEACHER;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ClipRange;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.VideoClip;
import org.coachingconversations.domain.people.UserReference;

/**
 * Seed 004, the coach's preparation: teacher, coach, when they meet, the focus, the rubric codes,
 * two teaching clips with their reasons, the stock clip and, if set, the next conversation.
 */
public final class VideoCoachingCycleForm implements ConversationForm<VideoCoachingCycleInput> {

    /** Rubric codes such as MQI-2a or 3.b: letters and digits, then also dots, hyphens, underscores. */
    public static final int MAX_RUBRIC_CODE_LENGTH = 20;
    public static final int MAX_RUBRIC_CODES = 20;

    private static final List<FormField> FIELDS = List.of(TEACHER, COACH, MEETING_DATE, MEETING_TIME, FOCUS,
            RUBRIC_CODES, CLIP_1, CLIP_1_REASON, CLIP_2, CLIP_2_REASON, STOCK_CLIP, NEXT_CONVERSATION_DATE);

    @Override
    public ConversationType type() {
        return ConversationType.VIDEO_COACHING_CYCLE;
    }

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }

    @Override
    public FormResult<VideoCoachingCycleInput> validate(FormInput input) {
        FieldValidator check = new FieldValidator(input, FIELDS);
        Optional<UserReference> teacher = check.requiredUser(TEACHER);
        Optional<UserReference> coach = check.requiredUser(COACH);
        Optional<LocalDate> meetingDate = check.requiredDate(MEETING_DATE);
        Optional<LocalTime> meetingTime = check.requiredTime(MEETING_TIME);
        Optional<String> focus = check.requiredText(FOCUS);
        Optional<List<String>> rubricCodes = check.codeList(RUBRIC_CODES, MAX_RUBRIC_CODES, MAX_RUBRIC_CODE_LENGTH);
        Optional<VideoClip> firstClip = clip(check, CLIP_1, CLIP_1_REASON);
        Optional<VideoClip> secondClip = clip(check, CLIP_2, CLIP_2_REASON);
        Optional<String> stockClip = check.optionalLine(STOCK_CLIP);
        Optional<LocalDate> next = check.optionalDate(NEXT_CONVERSATION_DATE);

        FormRules.requireDifferentFromTeacher(check, teacher, coach, COACH);
        if (meetingDate.isPresent() && next.filter(nextDate -> !nextDate.isAfter(meetingDate.get())).isPresent()) {
            check.reject(NEXT_CONVERSATION_DATE, FormMessage.DATE_NOT_AFTER_MEETING, meetingDate.get().toString());
        }
        return check.result(() -> new VideoCoachingCycleInput(teacher.orElseThrow(), coach.orElseThrow(),
                meetingDate.orElseThrow().atTime(meetingTime.orElseThrow()), focus.orElseThrow(),
                rubricCodes.orElseThrow(), firstClip, secondClip, stockClip, next));
    }

    /** A clip and its reason come together: one without the other is reported on the missing one. */
    private static Optional<VideoClip> clip(FieldValidator check, FormField rangeField, FormField reasonField) {
        boolean rangeGiven = check.isGiven(rangeField);
        Optional<ClipRange> range = check.optionalClipRange(rangeField);
        Optional<String> reason = check.optionalText(reasonField);
        boolean reasonGiven = check.isGiven(reasonField);
        if (rangeGiven && !reasonGiven) {
            check.reject(reasonField, FormMessage.CLIP_REASON_REQUIRED);
        } else if (reasonGiven && !rangeGiven) {
            check.reject(rangeField, FormMessage.CLIP_MISSING);
        }
        if (range.isPresent() && reason.isPresent()) {
            return Optional.of(new VideoClip(range.get(), reason.get()));
        }
        return Optional.empty();
    }
}
