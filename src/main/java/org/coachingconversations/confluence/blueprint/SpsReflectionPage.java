package org.coachingconversations.confluence.blueprint;

import org.coachingconversations.domain.form.SpsReflectionInput;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideSection;
import org.coachingconversations.domain.guide.SpsGuide;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.ParticipantRole;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables of the SPS reflection content template ({@code blueprint/sps-reflection/content.xml}, seed 000).
 * Plain values are inserted by the host as escaped text ({@code at:var}); fragments are storage format built by
 * {@link StorageFormat} and inserted with {@code at:rawxhtml="true"}.
 */
final class SpsReflectionPage extends BlueprintPage {

    /** Plain text: the host escapes it. */
    static final String SURVEY_PERIOD = "spsSurveyPeriod";
    static final String SCHOOL = "spsSchool";
    static final String DISTRICT = "spsDistrict";
    /** Storage-format fragments. */
    static final String TEACHER = "spsTeacher";
    static final String INTRODUCTION = "spsIntroduction";
    static final String INITIAL_REFLECTION = "spsInitialReflection";
    static final String RESULTS = "spsResults";
    static final String DIG_INTO_DATA = "spsDigIntoData";
    static final String CONCLUSIONS = "spsConclusions";
    static final String ACTION_STEPS = "spsActionSteps";

    static final List<String> PLAIN_VARIABLES = List.of(SURVEY_PERIOD, SCHOOL, DISTRICT);
    static final List<String> FRAGMENT_VARIABLES = List.of(TEACHER, INTRODUCTION, INITIAL_REFLECTION, RESULTS,
            DIG_INTO_DATA, CONCLUSIONS, ACTION_STEPS);

    private static final String PREFIX = "coaching.blueprint.sps.page.";
    /** Reads the export attached to the page each time it is viewed (confluence/macro/SpsResultsMacro). */
    static final String SPS_RESULTS_MACRO = "coaching-sps-results";

    SpsReflectionPage(GuideCatalogue guides, BlueprintMessages messages) {
        super(guides, messages);
    }

    Map<String, String> variables(SpsReflectionInput input, KnownUser teacher) {
        StorageFormat storage = new StorageFormat();
        GuideStorage guideStorage = new GuideStorage(storage, messages);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(SURVEY_PERIOD, input.surveyPeriod());
        variables.put(SCHOOL, input.school());
        variables.put(DISTRICT, input.district());
        variables.put(TEACHER, storage.userMention(teacher.userKey()).markup());
        variables.put(INTRODUCTION, introduction(storage, SpsGuide.ID).markup());
        variables.put(INITIAL_REFLECTION, guideStorage.questionsWithNotes(section(SpsGuide.INITIAL_REFLECTION)).markup());
        variables.put(RESULTS, results(storage).markup());
        variables.put(DIG_INTO_DATA, guideStorage.questionsWithNotes(section(SpsGuide.DIG_INTO_DATA)).markup());
        variables.put(CONCLUSIONS, guideStorage.questionsWithNotes(section(SpsGuide.CONCLUSIONS)).markup());
        variables.put(ACTION_STEPS, actionSteps(storage, messages.text(PREFIX + "action-steps.instructions"),
                Optional.of(ParticipantRole.TEACHER)).markup());
        return variables;
    }

    /**
     * How to get the results onto the page, and the macro that shows them: nothing of the export is copied into the
     * page, the macro reads the newest {@code .csv} attachment whenever the page is viewed.
     */
    private StorageXhtml results(StorageFormat storage) {
        return storage.join(
                storage.panel(StorageFormat.Panel.NOTE, storage.paragraph(messages.text(PREFIX + "results.instructions"))),
                storage.macro(SPS_RESULTS_MACRO, Map.of()));
    }
}
