package org.coachingconversations.domain.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.ProtocolFilter;
import org.coachingconversations.domain.guide.ProtocolStep;
import org.junit.Test;

public class ProtocolStepDueTest {

    @Test
    public void of_shouldHaveARuleForEveryStepOfTheProtocol() {
        for (ProtocolStep step : new GuideCatalogue().protocolSteps(ProtocolFilter.all())) {
            ProtocolStepDue.of(step.id());
        }
    }

    @Test
    public void of_shouldTakeTheMilestonesWindow_whenTheStepHasAMilestone() {
        assertEquals(new ProtocolStepDue(ProtocolStepDue.When.IN_WINDOW, Optional.of(MilestoneKind.POST_CONFERENCE)),
                ProtocolStepDue.of("schedule"));
        assertEquals(new ProtocolStepDue(ProtocolStepDue.When.IN_WINDOW, Optional.of(MilestoneKind.RECORD_FINALIZED)),
                ProtocolStepDue.of("finalize-record"));
        assertEquals(new ProtocolStepDue(ProtocolStepDue.When.BEFORE_CONFERENCE, Optional.empty()),
                ProtocolStepDue.of("read-evidence"));
    }

    @Test
    public void of_shouldRefuse_whenTheProtocolHasNoSuchStep() {
        assertThrows(IllegalStateException.class, () -> ProtocolStepDue.of("no-such-step"));
    }
}
