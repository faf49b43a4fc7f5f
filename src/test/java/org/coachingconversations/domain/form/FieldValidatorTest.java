package org.coachingconversations.domain.form;

import static org.coachingconversations.domain.form.FormField.CONVERSATION_DATE;
import static org.coachingconversations.domain.form.FormField.ENTRY_POINT;
import static org.coachingconversations.domain.form.FormField.FOCUS;
import static org.coachingconversations.domain.form.FormField.MEETING_TIME;
import static org.coachingconversations.domain.form.FormField.RUBRIC_CODES;
import static org.coachingconversations.domain.form.FormField.SCHOOL;
import static org.coachingconversations.domain.form.FormField.TEACHER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.coachingconversations.domain.guide.EntryPoint;
import org.coachingconversations.domain.people.UserReference;
import org.junit.Test;

public class FieldValidatorTest {

    private static final List<FormField> ORDER = List.of(TEACHER, SCHOOL, CONVERSATION_DATE, ENTRY_POINT, FOCUS,
            MEETING_TIME, RUBRIC_CODES);

    private FieldValidator target;

    private void given(FormInput.Builder input) {
        target = new FieldValidator(input.build(), ORDER);
    }

    private FieldError onlyError() {
        List<FieldError> errors = target.result(() -> "complete").errors();
        assertEquals(errors.toString(), 1, errors.size());
        return errors.get(0);
    }

    @Test
    public void requiredLine_shouldReportRequired_whenFieldIsMissingOrBlank() {
        // Given
        given(FormInput.builder().with(SCHOOL, " \t "));

        // When
        Optional<String> school = target.requiredLine(SCHOOL);

        // Then
        assertFalse(school.isPresent());
        assertEquals("School is required.", EnglishMessages.text(onlyError()));
    }

    @Test
    public void requiredLine_shouldTrimSurroundingWhitespace() {
        // Given
        given(FormInput.builder().with(SCHOOL, "  Lincoln Middle School \n"));

        // When
        Optional<String> school = target.requiredLine(SCHOOL);

        // Then
        assertEquals(Optional.of("Lincoln Middle School"), school);
    }

    @Test
    public void requiredLine_shouldKeepMarkupVerbatim() {
        // Given
        String markup = "<b>Lincoln</b> & \"Sons\" <ac:structured-macro ac:name=\"html\"/> ]]> {code} 'x'";
        given(FormInput.builder().with(SCHOOL, markup));

        // When
        Optional<String> school = target.requiredLine(SCHOOL);

        // Then
        assertEquals(Optional.of(markup), school);
        assertFalse(target.hasErrors());
    }

    @Test
    public void requiredLine_shouldRejectControlCharacter_namingItAndItsPosition() {
        // Given
        given(FormInput.builder().with(SCHOOL, "Lin\u0007coln"));

        // When
        Optional<String> school = target.requiredLine(SCHOOL);

        // Then
        assertFalse(school.isPresent());
        assertEquals("School contains an invisible control character (U+0007) at character 4: remove it.",
                EnglishMessages.text(onlyError()));
    }

    @Test
    public void requiredLine_shouldRejectLineBreakAndTab_whenSingleLine() {
        // Given
        given(FormInput.builder().with(SCHOOL, "Lincoln\nMiddle").with(FormField.DISTRICT, "Denver\tPublic"));

        // When
        target.requiredLine(SCHOOL);
        target.requiredLine(FormField.DISTRICT);

        // Then
        List<FieldError> errors = target.result(() -> "complete").errors();
        assertEquals("School must fit on one line: remove the line break at character 8.",
                EnglishMessages.text(errors.get(0)));
        assertEquals(FormMessage.CONTROL_CHARACTER, errors.get(1).message());
        assertEquals(List.of("U+0009", "7"), errors.get(1).arguments());
    }

    @Test
    public void requiredLine_shouldRejectNonCharactersXmlCannotCarry() {
        // Given
        given(FormInput.builder().with(SCHOOL, "Lincoln\uFFFE").with(FormField.DISTRICT, "Denver\uD800 Public"));

        // When
        target.requiredLine(SCHOOL);
        target.requiredLine(FormField.DISTRICT);

        // Then
        List<FieldError> errors = target.result(() -> "complete").errors();
        assertEquals(List.of("U+FFFE", "8"), errors.get(0).arguments());
        assertEquals(List.of("U+D800", "7"), errors.get(1).arguments());
    }

    @Test
    public void optionalText_shouldKeepLineBreaksAndTabs_andUnifyLineEndings() {
        // Given
        given(FormInput.builder().with(FOCUS, "First line\r\n\tsecond line\rthird <i>line</i>"));

        // When
        Optional<String> focus = target.optionalText(FOCUS);

        // Then
        assertEquals(Optional.of("First line\n\tsecond line\nthird <i>line</i>"), focus);
    }

    @Test
    public void optionalText_shouldRejectControlCharacter_whenMultiLine() {
        // Given
        given(FormInput.builder().with(FOCUS, "Line one\n\u001Bline two"));

        // When
        Optional<String> focus = target.optionalText(FOCUS);

        // Then
        assertFalse(focus.isPresent());
        assertEquals(List.of("U+001B", "10"), onlyError().arguments());
    }

    @Test
    public void optionalText_shouldBeEmptyWithoutError_whenNotGiven() {
        // Given
        given(FormInput.builder());

        // When
        Optional<String> focus = target.optionalText(FOCUS);

        // Then
        assertFalse(focus.isPresent());
        assertFalse(target.hasErrors());
    }

    @Test
    public void optionalText_shouldRejectTooLongText_countingCharactersNotCodeUnits() {
        // Given: emoji are one character each though Java stores them as two
        String atLimit = "\uD83D\uDE00".repeat(FOCUS.maxLength());
        given(FormInput.builder().with(FOCUS, atLimit).with(SCHOOL, "x".repeat(SCHOOL.maxLength() + 1)));

        // When
        Optional<String> focus = target.optionalText(FOCUS);
        target.requiredLine(SCHOOL);

        // Then
        assertEquals(Optional.of(atLimit), focus);
        assertEquals("School is too long: 201 characters, where at most 200 are allowed.",
                EnglishMessages.text(onlyError()));
    }

    @Test
    public void requiredDate_shouldAcceptLeapDay_whenYearIsLeap() {
        // Given
        given(FormInput.builder().with(CONVERSATION_DATE, "2028-02-29"));

        // When
        Optional<LocalDate> date = target.requiredDate(CONVERSATION_DATE);

        // Then
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), date);
    }

    @Test
    public void requiredDate_shouldRejectLeapDay_whenYearIsNotLeap() {
        // Given
        given(FormInput.builder().with(CONVERSATION_DATE, "2027-02-29"));

        // When
        Optional<LocalDate> date = target.requiredDate(CONVERSATION_DATE);

        // Then
        assertFalse(date.isPresent());
        assertEquals("Conversation date: \u201c2027-02-29\u201d is not a valid date; that day does not exist. "
                + "Write it as yyyy-MM-dd, for example 2026-09-14.", EnglishMessages.text(onlyError()));
    }

    @Test
    public void requiredDate_shouldRejectDayThatDoesNotExist() {
        // Given
        given(FormInput.builder().with(CONVERSATION_DATE, "2026-02-30"));

        // When
        target.requiredDate(CONVERSATION_DATE);

        // Then
        FieldError error = onlyError();
        assertEquals("conversationDate", error.fieldName());
        assertEquals("coaching.form.error.date-invalid", error.messageKey());
        assertEquals(List.of("2026-02-30"), error.arguments());
    }

    @Test
    public void requiredDate_shouldRejectOtherFormats_namingTheExpectedFormat() {
        for (String notIso : List.of("14/09/2026", "2026-9-14", "2026/09/14", "Sept 14", "2026-09-14T10:00", "２０２６-09-14")) {
            // Given
            given(FormInput.builder().with(CONVERSATION_DATE, notIso));

            // When
            Optional<LocalDate> date = target.requiredDate(CONVERSATION_DATE);

            // Then
            assertFalse(notIso, date.isPresent());
            assertEquals("Conversation date: \u201c" + notIso + "\u201d is not a date. Write it as yyyy-MM-dd, "
                    + "for example 2026-09-14.", EnglishMessages.text(onlyError()));
        }
    }

    @Test
    public void requiredDate_shouldRejectImplausibleYear() {
        // Given
        given(FormInput.builder().with(CONVERSATION_DATE, "0026-09-14"));

        // When
        target.requiredDate(CONVERSATION_DATE);

        // Then
        assertEquals("Conversation date: 0026-09-14 is not between the years 1900 and 2100. Check the year.",
                EnglishMessages.text(onlyError()));
    }

    @Test
    public void requiredTime_shouldAcceptTwentyFourHourTimes() {
        // Given
        given(FormInput.builder().with(MEETING_TIME, "9:05"));

        // When
        Optional<LocalTime> time = target.requiredTime(MEETING_TIME);

        // Then
        assertEquals(Optional.of(LocalTime.of(9, 5)), time);
    }

    @Test
    public void requiredTime_shouldRejectTimesOffTheClock() {
        for (String notATime : List.of("24:00", "16:60", "16.30", "4pm", "16:30:00", "1630")) {
            // Given
            given(FormInput.builder().with(MEETING_TIME, notATime));

            // When
            Optional<LocalTime> time = target.requiredTime(MEETING_TIME);

            // Then
            assertFalse(notATime, time.isPresent());
            assertEquals("Meeting time: \u201c" + notATime + "\u201d is not a time. Write it as HH:mm on a 24-hour "
                    + "clock, for example 16:30.", EnglishMessages.text(onlyError()));
        }
    }

    @Test
    public void requiredChoice_shouldAcceptId_ignoringCaseAndSpaces() {
        // Given
        given(FormInput.builder().with(ENTRY_POINT, " Guide-Reflection "));

        // When
        Optional<EntryPoint> entryPoint = target.requiredChoice(ENTRY_POINT, EntryPoint.values(), EntryPoint::id);

        // Then
        assertEquals(Optional.of(EntryPoint.GUIDE_REFLECTION), entryPoint);
    }

    @Test
    public void requiredChoice_shouldListTheChoices_whenValueIsUnknown() {
        // Given
        given(FormInput.builder().with(ENTRY_POINT, "small-talk"));

        // When
        target.requiredChoice(ENTRY_POINT, EntryPoint.values(), EntryPoint::id);

        // Then
        assertEquals("Entry point: \u201csmall-talk\u201d is not one of the choices (establish-focus, "
                + "guide-reflection, analyze-deeper-cause, foster-reflection-on-successes, "
                + "connect-actions-to-impact).", EnglishMessages.text(onlyError()));
    }

    @Test
    public void requiredUser_shouldRejectNamesWithSpaces() {
        // Given
        given(FormInput.builder().with(TEACHER, "Teresa Morales"));

        // When
        Optional<UserReference> teacher = target.requiredUser(TEACHER);

        // Then
        assertFalse(teacher.isPresent());
        assertEquals("Teacher: \u201cTeresa Morales\u201d is not a user name or user key.",
                EnglishMessages.text(onlyError()));
    }

    @Test
    public void requiredUser_shouldAcceptUserKeysAndEmailLikeNames() {
        // Given
        given(FormInput.builder().with(TEACHER, "8a7f808a8f1c2b3d018f1c2b3e4f0001").with(FormField.COACH, "j.keller@lincoln.org"));

        // When
        Optional<UserReference> teacher = target.requiredUser(TEACHER);
        Optional<UserReference> coach = target.requiredUser(FormField.COACH);

        // Then
        assertEquals("8a7f808a8f1c2b3d018f1c2b3e4f0001", teacher.orElseThrow().value());
        assertEquals("j.keller@lincoln.org", coach.orElseThrow().value());
    }

    @Test
    public void requiredUser_shouldAcceptTheOnePersonChosen_asConfluencesUserPickerSubmitsIt() {
        // Given the picker's value: the chosen user names joined by commas
        given(FormInput.builder().with(TEACHER, "ana.ruiz").with(FormField.COACH, " maria.lopez, "));

        // When
        Optional<UserReference> teacher = target.requiredUser(TEACHER);
        Optional<UserReference> coach = target.requiredUser(FormField.COACH);

        // Then
        assertEquals("ana.ruiz", teacher.orElseThrow().value());
        assertEquals("maria.lopez", coach.orElseThrow().value());
    }

    @Test
    public void requiredUser_shouldAskForOnePerson_whenThePickerChoseSeveral() {
        // Given
        given(FormInput.builder().with(TEACHER, "ana.ruiz,david.kim"));

        // When
        Optional<UserReference> teacher = target.requiredUser(TEACHER);

        // Then
        assertFalse(teacher.isPresent());
        assertEquals("Teacher: choose one person; 2 were chosen.", EnglishMessages.text(onlyError()));
    }

    @Test
    public void requiredUser_shouldReportRequired_whenThePickerLeftOnlySeparators() {
        // Given
        given(FormInput.builder().with(TEACHER, " , "));

        // When
        Optional<UserReference> teacher = target.requiredUser(TEACHER);

        // Then
        assertFalse(teacher.isPresent());
        assertEquals("Teacher is required.", EnglishMessages.text(onlyError()));
    }

    @Test
    public void requiredLine_shouldRejectSeveralValues_whenFieldTakesOne() {
        // Given
        given(FormInput.builder().with(SCHOOL, List.of("Lincoln", "Roosevelt")));

        // When
        target.requiredLine(SCHOOL);

        // Then
        assertEquals("School takes one value, but 2 were given.", EnglishMessages.text(onlyError()));
    }

    @Test
    public void codeList_shouldSplitDeduplicateAndKeepOrder() {
        // Given
        given(FormInput.builder().with(RUBRIC_CODES, List.of("MQI-2a; mqi-2A", "3.b,SOEI_1   MQI-4")));

        // When
        Optional<List<String>> codes = target.codeList(RUBRIC_CODES, 20, 20);

        // Then
        assertEquals(Optional.of(List.of("MQI-2a", "3.b", "SOEI_1", "MQI-4")), codes);
    }

    @Test
    public void codeList_shouldRejectCodeWithOtherCharacters() {
        // Given
        given(FormInput.builder().with(RUBRIC_CODES, "MQI-2a, <script>"));

        // When
        target.codeList(RUBRIC_CODES, 20, 20);

        // Then
        assertEquals("Rubric codes: \u201c<script>\u201d is not a rubric code. A code has up to 20 letters, digits, "
                + "dots, hyphens or underscores, for example MQI-2a; separate codes with commas.",
                EnglishMessages.text(onlyError()));
    }

    @Test
    public void codeList_shouldRejectTooManyCodes() {
        // Given
        given(FormInput.builder().with(RUBRIC_CODES, "A1 A2 A3 A4"));

        // When
        target.codeList(RUBRIC_CODES, 3, 20);

        // Then
        assertEquals("Rubric codes: 4 codes were given, but at most 3 are allowed.", EnglishMessages.text(onlyError()));
    }

    @Test
    public void codeList_shouldBeEmptyList_whenNothingGiven() {
        // Given
        given(FormInput.builder().with(RUBRIC_CODES, " , "));

        // When
        Optional<List<String>> codes = target.codeList(RUBRIC_CODES, 20, 20);

        // Then
        assertEquals(Optional.of(List.of()), codes);
    }

    @Test
    public void result_shouldNotBuildTheInput_whenAnyFieldFailed() {
        // Given
        given(FormInput.builder().with(SCHOOL, "Lincoln"));
        target.requiredLine(SCHOOL);
        target.requiredUser(TEACHER);
        AtomicBoolean built = new AtomicBoolean();

        // When
        FormResult<String> result = target.result(() -> {
            built.set(true);
            return "complete";
        });

        // Then
        assertFalse(result.isValid());
        assertFalse(built.get());
    }

    @Test
    public void result_shouldListErrorsInTheFormsFieldOrder() {
        // Given: checked in another order than the form shows them
        given(FormInput.builder());
        target.requiredLine(SCHOOL);
        target.requiredDate(CONVERSATION_DATE);
        target.requiredUser(TEACHER);

        // When
        FormResult<String> result = target.result(() -> "complete");

        // Then
        assertEquals(List.of("teacher", "school", "conversationDate"),
                result.errors().stream().map(FieldError::fieldName).toList());
    }

    @Test
    public void of_shouldReadAWizardContextAsGiven() {
        // Given: a wizard context holds strings, lists and unrelated entries
        FormInput input = FormInput.of(Map.of("school", "Lincoln", "rubricCodes", new String[] {"MQI-2a", "MQI-3b"},
                "spaceKey", "LMS"));
        target = new FieldValidator(input, ORDER);

        // When
        Optional<String> school = target.requiredLine(SCHOOL);
        Optional<List<String>> codes = target.codeList(RUBRIC_CODES, 20, 20);

        // Then
        assertEquals(Optional.of("Lincoln"), school);
        assertEquals(Optional.of(List.of("MQI-2a", "MQI-3b")), codes);
        assertTrue(target.result(() -> "complete").isValid());
    }
}
