package org.coachingconversations.domain.conversation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.cyclerecord.CycleRecordDates;
import org.coachingconversations.domain.guide.ObservationType;
import org.junit.Test;

public class ConversationLeadsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    public void leader_shouldBeTheObserver_whenCycleRecord() {
        // When
        Optional<String> leader = ConversationLeads.leader(ConversationType.CYCLE_RECORD, Optional.of("observer"),
                Optional.of("coach"));

        // Then
        assertEquals(Optional.of("observer"), leader);
    }

    @Test
    public void leader_shouldBeTheCoach_whenCoachingConversationOrVideoCycle() {
        assertEquals(Optional.of("coach"), ConversationLeads.leader(ConversationType.COACHING_CONVERSATION,
                Optional.empty(), Optional.of("coach")));
        assertEquals(Optional.of("coach"), ConversationLeads.leader(ConversationType.VIDEO_COACHING_CYCLE,
                Optional.empty(), Optional.of("coach")));
    }

    @Test
    public void leader_shouldBeOptional_whenSpsReflection() {
        assertEquals(Optional.empty(), ConversationLeads.leader(ConversationType.SPS_REFLECTION, Optional.empty(),
                Optional.empty()));
    }

    @Test
    public void leader_shouldRefuse_whenTheTypeNeedsALeaderAndNoneIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> ConversationLeads.leader(ConversationType.CYCLE_RECORD,
                Optional.empty(), Optional.of("coach")));
        assertThrows(IllegalArgumentException.class, () -> ConversationLeads.leader(
                ConversationType.COACHING_CONVERSATION, Optional.of("observer"), Optional.empty()));
    }

    @Test
    public void heldOn_shouldBeThePostConference_whenCycleRecord() {
        // Given
        CycleRecordDates dates = CycleRecordDates.observed(LocalDate.of(2026, 3, 2), ObservationType.FULL)
                .withConferenceOn(LocalDate.of(2026, 3, 4));

        // When
        LocalDate heldOn = ConversationLeads.heldOn(Optional.of(dates), Optional.of(LocalDate.of(2026, 3, 9)), TODAY);

        // Then
        assertEquals(LocalDate.of(2026, 3, 4), heldOn);
    }

    @Test
    public void heldOn_shouldBeTheDayOfCreation_whenThePageCarriesNoDate() {
        assertEquals(TODAY, ConversationLeads.heldOn(Optional.empty(), Optional.empty(), TODAY));
        assertEquals(LocalDate.of(2026, 3, 9),
                ConversationLeads.heldOn(Optional.empty(), Optional.of(LocalDate.of(2026, 3, 9)), TODAY));
    }
}
