package org.coachingconversations.domain.guide;

import org.coachingconversations.domain.guide.GuideProblem.Kind;
import org.coachingconversations.domain.guide.GuideSelection.Refused;
import org.coachingconversations.domain.guide.GuideSelection.Shown;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The rules of a guide request: which parameters a guide takes, what they may hold, what the filters leave. */
public class GuideSelectionTest {

    private final GuideCatalogue target = new GuideCatalogue();

    @Test
    public void select_shouldShowEverySectionAndTheIntroduction_whenOnlyTheGuideIsGiven() {
        // When
        Shown shown = (Shown) target.select(GuideRequest.whole("sps"));

        // Then
        assertTrue(shown.whole());
        assertEquals(List.of(SpsGuide.INITIAL_REFLECTION, SpsGuide.DIG_INTO_DATA, SpsGuide.CONCLUSIONS),
                shown.sections().stream().map(section -> section.section().id()).toList());
    }

    @Test
    public void sectionChoices_shouldOfferEachComponentOfACoachingConversationOnItsOwn() {
        // When
        List<String> choices = target.sectionChoices(target.guide("coaching").orElseThrow());

        // Then
        assertEquals(List.of("coaching/overview", "coaching/entry-points", "coaching/planning", "coaching/components",
                "coaching/components/follow-up", "coaching/components/successes", "coaching/components/challenges",
                "coaching/components/narrow-focus", "coaching/components/action-steps",
                "coaching/components/schedule-and-reflect"), choices);
    }

    @Test
    public void sectionChoices_shouldLeaveOutTopicsThatAreOnlyATitle() {
        // When
        List<String> choices = target.sectionChoices(target.guide("mqi").orElseThrow());

        // Then
        assertTrue(choices.contains("mqi/preparation/clips"));
        assertFalse(choices.contains("mqi/preparation/email"));
        assertTrue(target.select(new GuideRequest("mqi", "mqi/preparation/email", null, null, null))
                instanceof Refused);
    }

    @Test
    public void select_shouldShowOneTopic_whenAPartIsChosen() {
        // When
        Shown shown = (Shown) target.select(new GuideRequest("coaching", "coaching/components/challenges", null, null,
                null));

        // Then
        assertFalse(shown.whole());
        assertEquals(1, shown.sections().size());
        assertEquals(List.of("challenges"),
                shown.sections().get(0).items().stream().map(item -> ((Topic) item).id()).toList());
    }

    @Test
    public void select_shouldKeepTheFootnoteOnlyWithItsStep() {
        // When
        Shown before = (Shown) target.select(new GuideRequest("post-conference", null, null, "before", null));
        Shown during = (Shown) target.select(new GuideRequest("post-conference", null, null, "during", null));

        // Then
        assertEquals(List.of(), before.sections().get(0).notes());
        assertEquals(1, during.sections().get(0).notes().size());
        assertTrue(before.sections().get(0).filtered());
    }

    @Test
    public void select_shouldRefuseFiltersForAGuideWithoutProtocol_namingTheGuideTheyBelongTo() {
        // When
        Refused refused = (Refused) target.select(new GuideRequest("sps", null, "teacher", null, null));

        // Then
        assertEquals(List.of(new GuideProblem("role", Kind.NOT_APPLICABLE, "teacher",
                List.of("teacher", "observer", "teacher-and-observer"), List.of("post-conference"))), refused.problems());
    }

    @Test
    public void select_shouldReportEveryProblemInParameterOrder() {
        // When
        Refused refused = (Refused) target.select(new GuideRequest("post-conference", "agenda", "coach", "later",
                "informal"));

        // Then
        assertEquals(List.of("section", "role", "phase", "observationType"),
                refused.problems().stream().map(GuideProblem::parameter).toList());
        assertTrue(refused.problems().stream().allMatch(problem -> problem.kind() == Kind.UNKNOWN));
    }

    @Test
    public void select_shouldRefuseAMissingGuide_andStillJudgeTheFilters() {
        // When
        Refused refused = (Refused) target.select(new GuideRequest(" ", null, null, "sometime", null));

        // Then
        assertEquals(List.of(Kind.MISSING, Kind.UNKNOWN), refused.problems().stream().map(GuideProblem::kind).toList());
        assertEquals(target.guideIds(), refused.problems().get(0).allowedValues());
    }
}
