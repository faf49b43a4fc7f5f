package org.coachingconversations.domain.form;

import static org.coachingconversations.domain.form.ConversationFormData.aVideoCoachingCycle;
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
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ClipRange;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.VideoClip;
import org.junit.Test;

public class VideoCoachingCycleFormTest {

    private final VideoCoachingCycleForm target = new VideoCoachingCycleForm();

    private String onlyErrorText(FormResult<?> result, FormField field) {
        assertEquals(result.errors().toString(), 1, result.errors().size());
        assertEquals(field, result.errors().get(0).field());
        return EnglishMessages.text(result.errors().get(0));
    }

    @Test
    public void validate_shouldBuildTheCompleteInput_whenEveryFieldIsValid() {
        // Given
        FormInput input = aVideoCoachingCycle().build();

        // When
        VideoCoachingCycleInput cycle = target.validate(input).value();

        // Then
        assertEquals("tmorales", cycle.teacher().value());
        assertEquals("jkeller", cycle.coach().value());
        assertEquals(LocalDateTime.of(2026, 10, 6, 17, 0), cycle.meeting());
        assertEquals("Student explanations of their reasoning", cycle.focus());
        assertEquals(List.of("MQI-2a", "MQI-3b"), cycle.rubricCodes());
        assertEquals(new VideoClip(new ClipRange(195, 520), "Students compare two strategies"), cycle.firstClip().orElseThrow());
        assertEquals("21:05-26:00", cycle.secondClip().orElseThrow().range().format());
        assertEquals(Optional.of("Ms. Rivera: Fractions on a number line"), cycle.stockClip());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 20)), cycle.nextConversationDate());
        assertEquals(ConversationType.VIDEO_COACHING_CYCLE, cycle.type());
    }

    @Test
    public void validate_shouldAcceptOnlyTheRequiredFields() {
        // Given
        FormInput input = FormInput.builder().with(TEACHER, "tmorales").with(COACH, "jkeller")
                .with(MEETING_DATE, "2026-10-06").with(MEETING_TIME, "17:00").with(FOCUS, "Reasoning").build();

        // When
        VideoCoachingCycleInput cycle = target.validate(input).value();

        // Then
        assertEquals(List.of(), cycle.rubricCodes());
        assertFalse(cycle.firstClip().isPresent());
        assertFalse(cycle.secondClip().isPresent());
        assertFalse(cycle.stockClip().isPresent());
        assertFalse(cycle.nextConversationDate().isPresent());
    }

    @Test
    public void validate_shouldReportEveryMissingRequiredField() {
        // Given
        FormInput input = FormInput.builder().build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals(List.of("teacher", "coach", "meetingDate", "meetingTime", "focus"),
                result.errors().stream().map(FieldError::fieldName).toList());
        assertTrue(result.errors().stream().allMatch(error -> error.message() == FormMessage.REQUIRED));
    }

    @Test
    public void validate_shouldAcceptClipRanges_withEnDashSpacesAndLongVideos() {
        for (String range : List.of("3:15-8:40", "03:15 \u2013 08:40", "03:15\u201308:40", "3:15 - 8:40", "03:15\u201408:40")) {
            // Given
            FormInput input = aVideoCoachingCycle().with(CLIP_1, range).build();

            // When
            VideoCoachingCycleInput cycle = target.validate(input).value();

            // Then
            assertEquals(range, "03:15-08:40", cycle.firstClip().orElseThrow().range().format());
        }
        // Given minutes up to 999
        FormInput longVideo = aVideoCoachingCycle().with(CLIP_2, "998:00-999:59").build();

        // When
        ClipRange range = target.validate(longVideo).value().secondClip().orElseThrow().range();

        // Then
        assertEquals(119, range.lengthInSeconds());
        assertEquals("998:00-999:59", range.format());
    }

    @Test
    public void validate_shouldRejectSecondsPastFiftyNine_whenNotARange() {
        // Given
        FormInput input = aVideoCoachingCycle().with(CLIP_1, "9:75").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals("Clip 1 (timestamps): \u201c9:75\u201d is not a clip range. Write its start and end as "
                + "mm:ss-mm:ss (minutes 0\u2013999, seconds 00\u201359), for example 03:15-08:40.",
                onlyErrorText(result, CLIP_1));
    }

    @Test
    public void validate_shouldRejectASingleTimestamp() {
        // Given
        FormInput input = aVideoCoachingCycle().with(CLIP_1, "1:00").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals(FormMessage.CLIP_FORMAT, result.errors().get(0).message());
        assertEquals(List.of("1:00"), result.errors().get(0).arguments());
        assertEquals(1, result.errors().size());
    }

    @Test
    public void validate_shouldRejectAClipThatEndsBeforeItStarts() {
        // Given
        FormInput input = aVideoCoachingCycle().with(CLIP_2, "10:00-09:00").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals("Clip 2 (timestamps): the clip ends at 09:00, before it starts at 10:00. Put the start first.",
                onlyErrorText(result, CLIP_2));
    }

    @Test
    public void validate_shouldRejectAClipThatEndsWhereItStarts() {
        // Given
        FormInput input = aVideoCoachingCycle().with(CLIP_1, "10:00-10:00").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals("Clip 1 (timestamps): the clip starts and ends at 10:00; its end must be later than its start.",
                onlyErrorText(result, CLIP_1));
    }

    @Test
    public void validate_shouldNameTheTimestampThatIsNotATime() {
        // Given
        FormInput input = aVideoCoachingCycle().with(CLIP_1, "ab:cd-01:00").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals("Clip 1 (timestamps): \u201cab:cd\u201d is not a time in the video. Write minutes and seconds "
                + "as mm:ss (minutes 0\u2013999, seconds 00\u201359), for example 03:15-08:40.",
                onlyErrorText(result, CLIP_1));
    }

    @Test
    public void validate_shouldRejectSecondsPastFiftyNine_inARange() {
        // Given
        FormInput input = aVideoCoachingCycle().with(CLIP_1, "01:00-02:60").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals("Clip 1 (timestamps): \u201c02:60\u201d has 60 seconds; seconds go from 00 to 59.",
                onlyErrorText(result, CLIP_1));
    }

    @Test
    public void validate_shouldRejectOtherMalformedRanges() {
        for (String malformed : List.of("1000:00-1000:30", "-1:00-2:00", "01:00-", "01:00--02:00", "1:5-2:00",
                "01:00 to 02:00", "01:00-02:00-03:00")) {
            // Given
            FormInput input = aVideoCoachingCycle().with(CLIP_1, malformed).build();

            // When
            FormResult<VideoCoachingCycleInput> result = target.validate(input);

            // Then
            assertFalse(malformed, result.isValid());
            assertEquals(malformed, List.of(CLIP_1), result.errors().stream().map(FieldError::field).toList());
        }
    }

    @Test
    public void validate_shouldRequireAReason_whenAClipIsGiven() {
        // Given
        FormInput input = aVideoCoachingCycle().without(CLIP_2_REASON).build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals("Reason for selecting clip 2 is required for a selected clip: say why you chose it.",
                onlyErrorText(result, CLIP_2_REASON));
    }

    @Test
    public void validate_shouldReportBothProblems_whenClipIsMalformedAndReasonMissing() {
        // Given
        FormInput input = aVideoCoachingCycle().with(CLIP_1, "10:00-09:00").with(CLIP_1_REASON, " ").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals(List.of(FormMessage.CLIP_REVERSED, FormMessage.CLIP_REASON_REQUIRED),
                result.errors().stream().map(FieldError::message).toList());
    }

    @Test
    public void validate_shouldAskForTheClip_whenOnlyItsReasonIsGiven() {
        // Given: the reason would otherwise be dropped without a word
        FormInput input = aVideoCoachingCycle().without(CLIP_1).build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals("Clip 1 (timestamps): give the clip's start and end, or clear the reason for selecting it.",
                onlyErrorText(result, CLIP_1));
    }

    @Test
    public void validate_shouldRejectNextConversation_whenNotAfterTheMeeting() {
        // Given
        FormInput input = aVideoCoachingCycle().with(NEXT_CONVERSATION_DATE, "2026-10-06").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals("Next conversation date must be after the meeting date (2026-10-06).",
                onlyErrorText(result, NEXT_CONVERSATION_DATE));
    }

    @Test
    public void validate_shouldRejectTheTeacherAsCoach_ignoringCase() {
        // Given
        FormInput input = aVideoCoachingCycle().with(COACH, "TMorales").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals("Coach must be someone other than the teacher.", onlyErrorText(result, COACH));
    }

    @Test
    public void validate_shouldRejectAMultiLineStockClip() {
        // Given
        FormInput input = aVideoCoachingCycle().with(STOCK_CLIP, "Ms. Rivera\nFractions").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals(FormMessage.LINE_BREAK, result.errors().get(0).message());
        assertEquals(STOCK_CLIP, result.errors().get(0).field());
    }

    @Test
    public void validate_shouldRejectAStockClipOverItsLimit() {
        // Given
        FormInput input = aVideoCoachingCycle().with(STOCK_CLIP, "https://video.example.org/" + "a".repeat(500)).build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals(FormMessage.TOO_LONG, result.errors().get(0).message());
        assertEquals(List.of("526", "500"), result.errors().get(0).arguments());
    }

    @Test
    public void stockClipLink_shouldBeALink_onlyForWebAddresses() {
        // Given
        VideoCoachingCycleInput asAddress = target.validate(aVideoCoachingCycle()
                .with(STOCK_CLIP, "https://video.example.org/clips/42?t=30").build()).value();
        VideoCoachingCycleInput asScript = target.validate(aVideoCoachingCycle()
                .with(STOCK_CLIP, "javascript:alert(1)").build()).value();
        VideoCoachingCycleInput asTitle = target.validate(aVideoCoachingCycle().build()).value();

        // When / Then
        assertEquals(Optional.of(URI.create("https://video.example.org/clips/42?t=30")), asAddress.stockClipLink());
        assertEquals(Optional.of("javascript:alert(1)"), asScript.stockClip());
        assertFalse(asScript.stockClipLink().isPresent());
        assertFalse(asTitle.stockClipLink().isPresent());
    }

    @Test
    public void validate_shouldRejectAnInvalidRubricCode() {
        // Given
        FormInput input = aVideoCoachingCycle().with(RUBRIC_CODES, "MQI-2a, MQI 3b!").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals(List.of("3b!", "20"), result.errors().get(0).arguments());
        assertEquals(RUBRIC_CODES, result.errors().get(0).field());
    }

    @Test
    public void validate_shouldReportFieldsInWizardOrder_whenSeveralAreWrong() {
        // Given
        FormInput input = aVideoCoachingCycle().with(NEXT_CONVERSATION_DATE, "2026-10-01").with(CLIP_2, "5:00")
                .with(COACH, "tmorales").with(MEETING_TIME, "25:00").build();

        // When
        FormResult<VideoCoachingCycleInput> result = target.validate(input);

        // Then
        assertEquals(List.of(COACH, MEETING_TIME, CLIP_2, NEXT_CONVERSATION_DATE),
                result.errors().stream().map(FieldError::field).toList());
    }
}
