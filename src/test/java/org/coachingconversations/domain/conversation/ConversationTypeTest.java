package org.coachingconversations.domain.conversation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.form.ConversationForm;
import org.coachingconversations.domain.form.ConversationForms;
import org.coachingconversations.domain.form.ConversationInput;
import org.coachingconversations.domain.form.EnglishMessages;
import org.coachingconversations.domain.form.FormField;
import org.junit.Test;

public class ConversationTypeTest {

    private ConversationType target;

    private static List<String> titles(ConversationType type) {
        return type.sections().stream().map(section -> EnglishMessages.pattern(section.titleKey())).toList();
    }

    @Test
    public void sections_shouldFollowTheSixComponentsOfSeed002_betweenPlanningAndActionSteps() {
        // Given
        target = ConversationType.COACHING_CONVERSATION;

        // When
        List<String> titles = titles(target);

        // Then
        assertEquals(List.of(
                "Planning prior to the conversation",
                "Follow up from previous conversations and next steps",
                "Identify successes, impact and opportunities to expand on successes",
                "Identify challenges, impact and steps already taken",
                "Narrow the focus for the conversation and action steps",
                "Action steps, practice and timelines",
                "Schedule and reflect",
                "Action steps",
                "Next conversation"), titles);
    }

    @Test
    public void sections_shouldFollowTheMqiPlanningGuide_forTheVideoCycle() {
        // Given
        target = ConversationType.VIDEO_COACHING_CYCLE;

        // When
        List<String> ids = target.sections().stream().map(ConversationSection::id).toList();

        // Then
        assertEquals(List.of("focus", "teaching-clips", "private-notes", "stock-clip", "teacher-email", "agenda",
                "collaborative-log", "next-conversation"), ids);
        assertEquals("Watch teacher's lesson and select teaching clips",
                new java.text.MessageFormat(titles(target).get(1)).format(new Object[0]));
    }

    @Test
    public void sections_shouldFollowSeed000_forTheSpsReflection() {
        // Given
        target = ConversationType.SPS_REFLECTION;

        // When
        List<String> titles = titles(target);

        // Then
        assertEquals(List.of("Initial reflective conversation", "SPS results", "Dig into the data",
                "Draw conclusions and create next steps", "Action steps"), titles);
    }

    @Test
    public void sections_shouldGiveTeacherAndObserverTheirOwnNextSteps_inTheCycleRecord() {
        // Given
        target = ConversationType.CYCLE_RECORD;

        // When
        List<String> ids = target.sections().stream().map(ConversationSection::id).toList();

        // Then
        assertTrue(ids.containsAll(List.of("teacher-next-steps", "observer-next-steps", "acknowledgement")));
        assertEquals("observation", ids.get(0));
        assertEquals("acknowledgement", ids.get(ids.size() - 1));
    }

    @Test
    public void sections_shouldHaveUniqueIdsAndATitle_forEveryType() {
        for (ConversationType type : ConversationType.values()) {
            // Given
            target = type;

            // When
            List<ConversationSection> sections = target.sections();

            // Then
            assertEquals(type.name(), sections.size(), new HashSet<>(sections).size());
            for (ConversationSection section : sections) {
                assertTrue(section.titleKey(), section.titleKey().startsWith("coaching.conversation." + type.id() + ".section."));
                assertNotNull(section.titleKey(), EnglishMessages.pattern(section.titleKey()));
            }
            assertNotNull(type.nameKey(), EnglishMessages.pattern(type.nameKey()));
        }
    }

    @Test
    public void section_shouldFindASectionById_onlyInItsOwnType() {
        // Given
        target = ConversationType.SPS_REFLECTION;

        // When
        Optional<ConversationSection> digIn = target.section("dig-into-the-data");
        Optional<ConversationSection> agenda = target.section("agenda");

        // Then
        assertEquals("coaching.conversation.sps-reflection.section.dig-into-the-data", digIn.orElseThrow().titleKey());
        assertFalse(agenda.isPresent());
    }

    @Test
    public void forType_shouldGiveEachTypeAFormForItsOwnInput() {
        for (ConversationType type : ConversationType.values()) {
            // Given
            target = type;

            // When
            ConversationForm<? extends ConversationInput> form = ConversationForms.forType(target);

            // Then
            assertEquals(type, form.type());
            assertEquals(FormField.TEACHER, form.fields().get(0));
        }
    }

    @Test
    public void plansNextConversation_shouldHoldForTheTwoTypesThatEndByAgreeingOnIt() {
        for (ConversationType type : ConversationType.values()) {
            // Given
            target = type;

            // When
            boolean plans = target.plansNextConversation();

            // Then
            assertEquals(type.id(), type == ConversationType.COACHING_CONVERSATION
                    || type == ConversationType.VIDEO_COACHING_CYCLE, plans);
        }
    }
}
