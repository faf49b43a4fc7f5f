package org.coachingconversations.domain.guide;

import org.junit.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The catalogue against the five seeds: every section's content as a reader sees it in English, kept
 * here line by line (with the Confluence substitutions listed in docs/guide-content.md), and the
 * bundle's keys against the catalogue's.
 */
public class GuideCatalogueTest {

    private final GuideCatalogue target = new GuideCatalogue();
    private final GuideBundle bundle = new GuideBundle();
    private final GuideOutline outline = new GuideOutline(bundle);

    // ------------------------------------------------------------------ guides and sections

    @Test
    public void guides_shouldListTheFiveSeedsInSeedOrderWithTheirTitles() {
        // When
        List<String> titles = target.guides().stream()
                .map(guide -> guide.id() + ": " + outline.text(guide.title())).toList();

        // Then
        assertEquals(List.of(
                "sps: Student Perception Survey Coaching Conversations Guide for Teachers",
                "qualities: Conversations in Schools that Improve Student Achievement",
                "coaching: Collaborative Coaching Conversations Guide",
                "post-conference: Post-Conferencing Protocol",
                "mqi: Coaching Conversation Planning Guide"), titles);
    }

    @Test
    public void sectionIds_shouldNameEverySectionAGuideMacroCanShow() {
        // When
        List<String> ids = target.sectionIds();

        // Then
        assertEquals(List.of(
                "sps/initial-reflection", "sps/dig-into-data", "sps/conclusions",
                "qualities/conversations",
                "coaching/overview", "coaching/entry-points", "coaching/planning", "coaching/components",
                "post-conference/protocol",
                "mqi/about", "mqi/tasks", "mqi/preparation", "mqi/email", "mqi/agenda", "mqi/collaborative-log",
                "mqi/next-conversation"), ids);
    }

    @Test
    public void guide_shouldFindAGuide_whenTheIdIsTypedWithOtherCaseAndBlanks() {
        // When / Then
        assertEquals("post-conference", target.guide("  Post-Conference ").orElseThrow().id());
    }

    @Test
    public void guide_shouldFindNothing_whenNoGuideHasTheId() {
        // When / Then
        assertTrue(target.guide("coaching-guide").isEmpty());
        assertTrue(target.guide(null).isEmpty());
    }

    @Test
    public void section_shouldFindASectionByItsFullId() {
        // When
        GuideSection section = target.section("coaching/entry-points").orElseThrow();

        // Then
        assertEquals("Possible entry points", outline.text(section.title().orElseThrow()));
    }

    @Test
    public void section_shouldFindNothing_whenTheGuideOrTheSectionIsUnknown() {
        // When / Then
        assertTrue(target.section("coaching/agenda").isEmpty());
        assertTrue(target.section("video/agenda").isEmpty());
        assertTrue(target.section("agenda").isEmpty());
        assertTrue(target.section(null).isEmpty());
    }

    @Test
    public void guideSection_shouldAcceptTheShortName_whenAskedThroughItsGuide() {
        // When
        GuideSection section = target.guide("mqi").orElseThrow().section("agenda").orElseThrow();

        // Then
        assertEquals("mqi/agenda", section.id());
    }

    // ------------------------------------------------------------------ bundle

    @Test
    public void referencedKeys_shouldAllExistInTheGuideBundle() {
        // When
        Set<String> missing = new TreeSet<>(target.referencedKeys());
        missing.removeAll(bundle.keys());

        // Then
        assertEquals("keys the catalogue shows but the bundle lacks", Set.of(), missing);
    }

    @Test
    public void guideBundle_shouldHoldNoTextTheCatalogueDoesNotShow() {
        // When
        Set<String> unused = new TreeSet<>(bundle.keys());
        unused.removeAll(target.referencedKeys());

        // Then
        assertEquals("bundle keys no guide uses", Set.of(), unused);
    }

    @Test
    public void guideTexts_shouldDeclareExactlyTheArgumentsTheirPatternUses() {
        for (Guide guide : target.guides()) {
            for (GuideText text : guide.texts()) {
                // When
                int used = new MessageFormat(bundle.pattern(text.key())).getFormatsByArgumentIndex().length;

                // Then
                assertEquals(text.key(), text.arguments().size(), used);
            }
        }
    }

    @Test
    public void guideBundle_shouldWriteEverySingleQuoteTwice() {
        Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
        for (String key : bundle.keys()) {
            assertTrue(key + " has a lone single quote, which MessageFormat would swallow",
                    !loneQuote.matcher(bundle.pattern(key)).find());
        }
    }

    // ------------------------------------------------------------------ seed 000

    @Test
    public void spsGuide_shouldOpenWithTheSeedsIntroduction() {
        // When
        Guide guide = target.guide("sps").orElseThrow();

        // Then
        assertEquals(List.of("It can often be helpful to have a conversation with a peer, coach, or evaluator about "
                + "your SPS results. The guiding questions below can help you in reflecting upon your own results "
                + "and/or having a conversation about your results with a colleague. Information from this "
                + "conversation can be used to incorporate SPS data into existing professional growth plans and/or "
                + "use data as an artifact for meeting teacher standards as outlined in your district’s rubric."),
                guide.introduction().stream().map(outline::text).toList());
    }

    @Test
    public void initialReflection_shouldHoldAllElevenQuestions() {
        assertSection("sps/initial-reflection",
                "# Initial reflective conversation",
                "- How are you feeling about the results?",
                "- How did you feel when you first looked at them?",
                "- Have your feelings changed since then?",
                "- What do you want to share about the results?",
                "- What surprises you?",
                "- What are you most proud of?",
                "- One area of strength I see is:",
                "- What are you concerned about?",
                "- One area of growth I see is:",
                "- What are you still wondering about?",
                "- What are you confused about?");
    }

    @Test
    public void digIntoTheData_shouldHoldAllTwelveQuestions() {
        assertSection("sps/dig-into-data",
                "# Dig into the data",
                "- What can you learn from the results? Consider the factors that would lead students to answer in "
                        + "the way they did:",
                "- Which items have scores that are higher than the school/district average?",
                "- Which items have scores that are lower than the school/district average?",
                "- Which item(s) have the most “always” responses?",
                "- Which item(s) have the most “never” responses?",
                "- If data are available about different periods or grades that you teach, how does this "
                        + "information help you understand your practice?",
                "- If data are available about student subgroups (e.g., gender, ELL, FRL), how does this information "
                        + "help you understand your practice?",
                "- How do these results align with other data you have about your practice?",
                "- How do your SPS results align with or reinforce your professional growth goals?",
                "- How do your SPS results align with the rubric we use in our district?",
                "- How does this help you demonstrate proficiency on various standards and elements?",
                "- How do these results help you understand your students’ learning outcomes?");
    }

    @Test
    public void conclusions_shouldHoldAllFourLines() {
        assertSection("sps/conclusions",
                "# Draw conclusions and create next steps",
                "- Here are the areas of strength we have identified:",
                "- Let’s review the teacher rubric together and see if there are areas where we can provide "
                        + "evidence to a professional practice.",
                "- Here are the areas of growth we have identified:",
                "- What are some action steps you can take to address this area?");
    }

    // ------------------------------------------------------------------ seed 001

    @Test
    public void qualitiesGuide_shouldOpenWithPurposeAndIntroduction() {
        // When
        Guide guide = target.guide("qualities").orElseThrow();

        // Then
        assertEquals(List.of(
                "A quick guide that provides criteria and specific language for collegial conversations focused on "
                        + "student outcomes.",
                "Schools that make the most learning gains for students have leaders who ensure the frequency and "
                        + "quality of professional conversations. Conversations among adults about teaching and "
                        + "learning permeate the building. That means they happen at all times of day, in formal and "
                        + "informal settings, and all the adults involve themselves."),
                guide.introduction().stream().map(outline::text).toList());
    }

    @Test
    public void qualities_shouldHoldTheSevenQualitiesWithTheirExplanations() {
        assertSection("qualities/conversations",
                "# The conversations:",
                "- are substantive",
                "  \"Substantive\" means they are talking concretely about teaching and learning itself, and the "
                        + "issues, decisions and actions teachers are taking in daily practice with specific students.",
                "- use recent information about student performance",
                "  \"Based on recent information\" means teachers bring specific and timely evidence about how "
                        + "students are doing to the table. It could be from yesterday's work as well as quarterly "
                        + "assessments, writing samples, test scores: whatever will illuminate where students are and "
                        + "what they need next.",
                "- spring from questions that assume responsibility and capacity to improve student learning",
                "  \"Spring from questions\" means the conversations are asking questions about the connection "
                        + "between teacher action and student results with an assumption that it is our job to "
                        + "improve student results, and that we are able to do so.",
                "- are non-defensive",
                "  \"Non-defensive\" means that when students don't learn, teachers face the evidence squarely and "
                        + "accept responsibility for their part. They don't get hung-up in guilt or blame of "
                        + "themselves or of the students. Thus they are always working on how to adjust their actions "
                        + "to improve student results.",
                "- enable people to know things about each other as people",
                "  \"Each other as people\" means that staff members come to know one another as individuals who "
                        + "have life histories and interests and commitments.",
                "- reach out to Professional Knowledge",
                "  \"Reaching out to Professional Knowledge\" means that these conversations do not happen in a "
                        + "vacuum. The teachers are aware that there is a vast reservoir of Professional Knowledge "
                        + "created by peers over the past century; and they need to bring this Professional Knowledge "
                        + "into their planning and their problem solving in order to maximize student success.",
                "- lead to action",
                "  \"Lead to action\" means the conversations go beyond being interesting and satisfying for the "
                        + "participants. They lead to changes in instruction that benefit students. These changes can "
                        + "be seen, heard, and measured in their positive results.",
                "¶ Listen in as you walk around the building....meetings, teachers' lounge, hallways. If you hear "
                        + "conversations like this, you can be sure the school is improving student results.");
    }

    // ------------------------------------------------------------------ seed 002

    @Test
    public void overview_shouldHoldBothParagraphsAndTheSixComponents() {
        assertSection("coaching/overview",
                "# Overview",
                "¶ The Collaborative Coaching Conversations tool is intended to be used to help identify entry points "
                        + "to focus teacher support that is aligned with the educator's needs and goals.",
                "¶ The structure of the tool provides a framework for asset based, focused conversations that lead "
                        + "to identifying a focus area of support that includes actionable next steps.",
                "- Follow up from previous conversations and next steps",
                "- Identify successes, impact and opportunities to expand on successes",
                "- Identify challenges, impact and steps already taken",
                "- Narrow the focus for the conversation and action steps",
                "- Action steps, practice and timelines",
                "- Schedule and reflect");
    }

    @Test
    public void entryPoints_shouldHoldTheFiveEntryPointsInEnumOrder() {
        assertSection("coaching/entry-points",
                "# Possible entry points",
                "- Establish an area of focus for coaching support",
                "- Guide the teacher in reflecting on their practice, goals, and growth throughout the year",
                "- Analyze the deeper cause to a challenge to help create possible paths forward",
                "- Foster reflection that anchors in successes and the impact on students",
                "- Connect teacher actions to the impact on students");
        assertEquals("Analyze the deeper cause to a challenge to help create possible paths forward",
                outline.text(GuideText.of(EntryPoint.ANALYZE_DEEPER_CAUSE.textKey())));
    }

    @Test
    public void planning_shouldHoldTheFiveChecklistLines() {
        assertSection("coaching/planning",
                "# Planning prior to the conversation",
                "- Review tools, focus areas, and action steps from previous conversations and be prepared to "
                        + "intentionally make connections that move their practice forward",
                "- Review the various coaching stances and language that might be beneficial in this conversation.",
                "- Script and add additional questions to tailor to the specific focus and needs of the teacher",
                "- Consider what social emotional aspects might impact the conversation",
                "- Align coaching with district or school priorities and feedback");
    }

    @Test
    public void components_shouldHoldTheSixComponentsWithEveryConsiderPrompt() {
        assertSection("coaching/components",
                "# Components and Considerations",
                "## Follow up from previous conversations and next steps",
                "¶ Create coherence between coaching conversations as well as check in on progress towards previous "
                        + "action steps and reflection on growth and impact.",
                "Consider:",
                "  - Bring any previous tools and additional observation notes to reflection on growth",
                "  - Review teacher's goals to support with identifying progress",
                "## Identify successes, impact and opportunities to expand on successes",
                "¶ Reflect to identify successes in teacher's practice and the impact they have on students. This "
                        + "component also helps to identify skills, knowledge, or practices the teachers can build on "
                        + "to help them with future challenges.",
                "Consider:",
                "  - Ask how the success aligns and/or supports the focus identified for this conversation.",
                "  - Discuss what skills, knowledge or practices helped to create the success.",
                "  - Reflect on student learning artifacts or data to identify the impact on students.",
                "## Identify challenges, impact and steps already taken",
                "¶ Identify the growth areas or challenges that are impacting teacher's practice. This component "
                        + "also allows for the teacher to name how their practice would shift after overcoming the "
                        + "challenge.",
                "Consider:",
                "  - For positive framing, identify what success/impact looks like when they overcome the challenge.",
                "  - Reflect on how the named successes can be utilized to overcome the current challenges.",
                "  - Discuss any underlying factors to this challenge?",
                "## Narrow the focus for the conversation and action steps",
                "¶ Agree upon the most important focus for the conversation and determine how it aligns to goals "
                        + "and previous work.",
                "Consider:",
                "  - Collaboratively prioritizing if multiple focuses are named.",
                "  - Discuss how the focus connected to larger goals and/or previous coaching support.",
                "## Action steps, practice and timelines",
                "¶ Plan, model and practice next steps, as well as develop implementation timelines for "
                        + "accountability.",
                "Consider:",
                "  - What action step could have a quick impact and help to build confidence in the teacher?",
                "  - Are there action steps that need to take place so that other steps can be more effective?",
                "  - Is the teacher walking away with all resources needed to be successful in implementing next "
                        + "steps?",
                "## Schedule and reflect",
                "¶ Reflect on the impact of coaching support as well as provide feedback to make sure teacher's "
                        + "needs are met. Scheduling the next visit will help in creating continuous cycles of "
                        + "support.");
    }

    @Test
    public void components_shouldCarryTheComponentIdsInOrder() {
        // When
        List<String> ids = target.section("coaching/components").orElseThrow()
                .itemsOf(Topic.class).stream().map(Topic::id).toList();

        // Then
        assertEquals(List.of("follow-up", "successes", "challenges", "narrow-focus", "action-steps",
                "schedule-and-reflect"), ids);
    }

    // ------------------------------------------------------------------ seed 003

    @Test
    public void postConferenceGuide_shouldOpenWithTheSeedsIntroduction() {
        // When
        Guide guide = target.guide("post-conference").orElseThrow();

        // Then
        assertEquals(List.of("The professional conversation in the post-conference is built from evidence of "
                + "students' cognitive engagement, constructiveness learning, and using 21st century tools in a "
                + "classroom where all students have equal access to the content. It is the foundation for "
                + "supporting and developing instructional growth. The conversation should contain a balance of when "
                + "learning was best and areas where learning could be even better. A few elements are discussed "
                + "deeply and ratings from other elements are shared. Next steps should be collaboratively planned "
                + "and clearly recorded on the Cycle Record."), guide.introduction().stream().map(outline::text).toList());
    }

    @Test
    public void protocol_shouldHoldEveryStepWithRolePhaseAndObservationTypes() {
        assertSection("post-conference/protocol",
                "Teacher & Observer | Schedule post-conference date/time/place to occur within 2-5 days of the "
                        + "observation. | Before Post-conference | Full, Focused, Short",
                "Teacher | Reflect on lesson and analyze student work; identify when student learning was best and "
                        + "when student learning could have been better. | Before Post-conference | Full, Focused, Short",
                "Teacher | Complete Teacher Reflection Guide & Self-Assessment in Confluence and share the page 1-2 "
                        + "days prior to meeting. | Before Post-conference | Full, Focused",
                "Observer | Review completed Teacher Reflection Guide. | Before Post-conference | Full, Focused",
                "Observer | Align evidence to elements and rate using the Danielson rubric. Complete the process in "
                        + "Confluence; share the page with and notify teacher when it is available for review 1-2 days "
                        + "prior meeting. | Before Post-conference | Full, Focused, Short",
                "Teacher | Read evidence provided by observer in Confluence; note any questions and/or points you'd "
                        + "like to discuss. | Before Post-conference | Full, Focused, Short",
                "Observer | Organize your talking points and plan guiding questions by reflecting on the lesson's "
                        + "evidence and ratings; begin the Cycle Record page in Confluence. | Before Post-conference | "
                        + "Full, Focused, Short",
                "Teacher & Observer | Engage in a conversation about the strengths and areas for growth from the "
                        + "lesson aligned to the Danielson rubric element; collaboratively identify specific next steps "
                        + "that align to both strengths and areas for growth; determine support needed; create a "
                        + "timeline for implementation of new practices; and set a follow-up date. * | During "
                        + "Post-conference | Full, Focused, Short",
                "Observer | Finalize the ratings and Cycle Record within 1-3 days; share the page and notify teacher "
                        + "that the Cycle Record has been completed and is ready for the teacher's review and teacher's "
                        + "acknowledgement in the Teacher acknowledgement section of the Cycle Record page (Mark "
                        + "finalized). | After "
                        + "Post-conference | Full, Focused, Short",
                "Teacher | Review Cycle Record, click \"Acknowledge\" in the Teacher acknowledgement section of "
                        + "the Cycle Record page if Cycle Record accurately reflects the post-conference conversation; "
                        + "if there are questions or concerns about the final Cycle Record, meet with the observer for "
                        + "clarification and/or edits; then acknowledge; If you still don't agree click \"Object\" "
                        + "and add additional information in its "
                        + "\"Additional information\" box. Please e-mail your school's contact if you have further questions. | During "
                        + "Post-conference | Full, Focused, Short",
                "Observer | Provide or arrange for teacher support as identified on the Cycle Record. | After "
                        + "Post-conference | Full, Focused, Short",
                "Teacher | Begin next steps as identified on the Cycle Record; follow established timeline; and seek "
                        + "additional support and feedback as needed. | After Post-conference | Full, Focused, Short",
                "Observer | Follow established timeline for follow-up support and next meeting. | After "
                        + "Post-conference | Full, Focused, Short",
                "¶ Next steps may include but are not limited to: content coaches, professional development, peer "
                        + "resources, etc. Next steps should include actions for both the teacher and the observer.");
    }

    @Test
    public void protocol_shouldLabelItsColumnsAndFootnoteMarker() {
        // When
        GuideSection protocol = target.section("post-conference/protocol").orElseThrow();

        // Then
        assertEquals("Person Responsible", outline.text(protocol.label("column.role").orElseThrow()));
        assertEquals("Action To Be Completed", outline.text(protocol.label("column.action").orElseThrow()));
        assertEquals("*", outline.text(protocol.label("footnote-marker").orElseThrow()));
    }

    @Test
    public void protocolSteps_shouldReturnEveryStep_whenNothingIsFiltered() {
        // When
        List<ProtocolStep> steps = target.protocolSteps(ProtocolFilter.all());

        // Then
        assertEquals(13, steps.size());
    }

    @Test
    public void protocolSteps_shouldIncludeSharedSteps_whenFilteredForTheTeacher() {
        // When
        List<String> ids = stepIds(ProtocolFilter.all().withRole(ProtocolRole.TEACHER));

        // Then
        assertEquals(List.of("schedule", "reflect-on-lesson", "complete-reflection-guide", "read-evidence",
                "conference", "acknowledge", "begin-next-steps"), ids);
    }

    @Test
    public void protocolSteps_shouldReturnOnlySharedSteps_whenFilteredForTeacherAndObserver() {
        // When
        List<String> ids = stepIds(ProtocolFilter.all().withRole(ProtocolRole.TEACHER_AND_OBSERVER));

        // Then
        assertEquals(List.of("schedule", "conference"), ids);
    }

    @Test
    public void protocolSteps_shouldLeaveOutTheReflectionGuide_whenTheObservationIsShort() {
        // When
        List<String> ids = stepIds(ProtocolFilter.all().withRole(ProtocolRole.OBSERVER)
                .withObservationType(ObservationType.SHORT));

        // Then
        assertEquals(List.of("schedule", "rate-evidence", "plan-talking-points", "conference", "finalize-record",
                "provide-support", "follow-timeline"), ids);
    }

    @Test
    public void protocolSteps_shouldCombineRolePhaseAndType() {
        // When
        List<String> ids = stepIds(ProtocolFilter.all().withRole(ProtocolRole.TEACHER)
                .withPhase(ProtocolPhase.BEFORE).withObservationType(ObservationType.FOCUSED));

        // Then
        assertEquals(List.of("schedule", "reflect-on-lesson", "complete-reflection-guide", "read-evidence"), ids);
    }

    @Test
    public void protocolSteps_shouldKeepTheSeedsDuringMarkOnTheAcknowledgement_whenFilteredByPhase() {
        // When
        List<String> ids = stepIds(ProtocolFilter.all().withPhase(ProtocolPhase.DURING));

        // Then
        assertEquals(List.of("conference", "acknowledge"), ids);
    }

    // ------------------------------------------------------------------ seed 004

    @Test
    public void about_shouldHoldTheProjectDescriptionAndItsThreePoints() {
        assertSection("mqi/about",
                "# About this resource",
                "¶ The following document outlines the structure and content of coaching conversations held between "
                        + "teachers and coaches in the Mathematical Quality of Instruction Coaching project housed at "
                        + "the Center for Education Policy Research at Harvard University. Under the direction of Dr. "
                        + "Heather Hill, the purpose of the project is to develop and evaluate a teacher coaching "
                        + "program focused on developing teachers' common-core aligned instructional practices that "
                        + "will support students' critical thinking and raise their achievement in mathematics.",
                "- Teachers participated in approximately 15 coaching cycles, in which they filmed a lesson related "
                        + "to an identified goal and uploaded it to an online platform.",
                "- They reviewed two ~5-minute clips of their own classroom instruction selected by a coach and a "
                        + "stock video clip of instruction before the coaching conversation",
                "- Teachers participated in 45–60 minute coaching conversations via video conference to discuss and "
                        + "“score” the stock video clip on the assigned MQI rubric codes and discuss the teacher’s "
                        + "individual clips and identify areas for improvement.");
    }

    @Test
    public void tasks_shouldHoldTheNineCoachingTasksWithTheirResourceTools() {
        assertSection("mqi/tasks",
                "Review notes from previous coaching conversation | Collaborative Log",
                "Identify a focus based on teacher goals and current rubric code | Coaching Conversation Planning Guide",
                "Watch full teacher video and choose two teacher clips | Coaching Conversation Planning Guide",
                "Do close observation of selected teaching clips | Annotations",
                "Watch the stock clip to be used | Coaching Conversation Planning Guide",
                "Plan the coaching conversation | Planning a Coaching Conversation",
                "Schedule and facilitate the coaching conversation | Coaching Conversation Planning Guide",
                "Write up notes, including next steps | Collaborative Log",
                "Complete survey | ");
    }

    @Test
    public void preparation_shouldHoldEveryCoachPreparationItem() {
        assertSection("mqi/preparation",
                "# Preparation: Watching the teacher's lesson and choosing teaching clips",
                "## Review Collaborative Log from previous coaching conversation and identify a focus",
                "Coach Preparation:",
                "  - Based on teacher goals, previous action steps, and current rubric dimension, what will the focus "
                        + "of this conversation be?",
                "  - How does it relate to the teacher's learning goals?",
                "## Watch teacher's lesson and select teaching clips",
                "Coach Preparation:",
                "  - Brief summary of lesson:",
                "  - Clip selection #1 (timestamps):",
                "  - Brief summary of clip:",
                "  - Reason for selection:",
                "  - Clip selection #2 (timestamps):",
                "  - Brief summary of clip:",
                "  - Reason for selection:",
                "## Take detailed notes on teaching clips. Make public annotations on video platform and take private "
                        + "planning notes here.",
                "Coach Preparation: Annotations and private notes",
                "Guiding Questions for public annotations:",
                "  - What does the teacher do and say?",
                "  - What do the students do and say?",
                "  - Relationship to rubric?",
                "Private Planning Notes:",
                "  - Interpretations?",
                "  - Questions?",
                "  - What aspect(s) of practice will you talk about for these clips? How does it relate to the "
                        + "teacher's learning goal?",
                "  - What do you want the teacher to learn? (I.e., why is this the salient focus?)",
                "  - What will it look like when the teacher becomes more skilled at this?",
                "  - What are some specific and actionable suggestions you might make for the teacher to improve at "
                        + "this?",
                "## Watch stock clip on video platform",
                "Coach Preparation:",
                "  - Which stock clip will you use?",
                "  - Which rubric code(s) will you talk about?",
                "  - How does it relate to the focus of the conversation?",
                "## Email teacher with video watching assignment (sample email template below).",
                "## Prepare coaching conversation");
    }

    @Test
    public void email_shouldReadAsTheSeedsTemplate_whenItsFieldsAreFilled() {
        assertSection("mqi/email",
                "# Sample email template",
                "- Hi Maya,",
                "- Thanks for filming and uploading your lesson. I look forward to talking with you at our regular "
                        + "time next week on Tuesday at 5pm. If that doesn't work for you next week, please let me know "
                        + "so we can reschedule.",
                "- Before we talk, please review two short clips from the lesson you filmed by logging into video "
                        + "platform. The clips we'll be watching are 1) from 03:10-08:05 and 2) from 21:00-25:40. "
                        + "Please also take the time to watch the Ms. Adams: Fractions stock clip, which we will be "
                        + "scoring on Richness of the Mathematics.",
                "- If you have any questions or have any trouble accessing the videos, please let me know. I'm "
                        + "looking forward to talking with you again soon.",
                "- Best,",
                "- Jordan");
    }

    @Test
    public void teacherEmail_shouldNameEveryFieldTheBlueprintFills() {
        // When
        List<GuideArgument> fields = MqiGuide.teacherEmail().stream()
                .flatMap(text -> text.arguments().stream()).toList();

        // Then
        assertEquals(List.of(GuideArgument.TEACHER_NAME, GuideArgument.MEETING_TIME, GuideArgument.FIRST_CLIP,
                GuideArgument.SECOND_CLIP, GuideArgument.STOCK_CLIP, GuideArgument.RUBRIC_CODES,
                GuideArgument.COACH_NAME), fields);
    }

    @Test
    public void emailFieldExamples_shouldBeTheSeedsSampleValues() {
        // When
        List<String> examples = MqiGuide.teacherEmail().stream().flatMap(text -> text.arguments().stream())
                .map(field -> outline.text(GuideText.of(field.exampleKey()))).toList();

        // Then
        assertEquals(List.of("Teacher", "Tuesday at 5pm", "00:00-00:00", "00:00-00:00", "Pseudonym: Title",
                "rubric codes/dimension", "Coach"), examples);
    }

    @Test
    public void agenda_shouldHoldTheNineTimedStepsWithGoalsNotesAndPreparation() {
        assertSection("mqi/agenda",
                "# Outline of a 60 min coaching conversation",
                "1. Introduction/pleasantries (3 min)",
                "Goal: Relationship building",
                "2. Review goals (2 min)",
                "Goal: Creating a focus for the conversation",
                "Coach Preparation:",
                "  - Review the Collaborative Log from previous sessions",
                "  - Based on the focus for this conversation and the teacher's learning goals, how will you frame "
                        + "this conversation?",
                "3. Frame and discuss the stock clip (10 min)",
                "Goal: Reinforcing the rubric lens",
                "Coach Preparation:",
                "  - How will you introduce the stock clip and the accompanying code(s)?",
                "  - If the teacher's scores vary from the master scores, what are some generative questions you "
                        + "might ask to guide their thinking?",
                "4. Teacher frames the teaching video (and maybe also chosen teaching clips) (4 min)",
                "Goal: Allow teacher the opportunity to FIRST provide framing/context. E.g., \"Are there one or two "
                        + "things that you think would be helpful for me to know about this lesson before we "
                        + "transition to talking about it\"?",
                "5. Coach frames the first teaching clip (2 min)",
                "Goal: Explain why the first clip was chosen (if coach chose clip) and what code(s) will be "
                        + "discussed.",
                "Coach Preparation (Steps 5 and 6):",
                "  - How will you frame the clip? (Why did you choose this clip?)",
                "  - Which code(s) will you talk about?",
                "  - (Optional) Time stamps and annotations that you want to bring into the conversation:",
                "  - What are some generative questions you might ask?",
                "  - What do you think the teacher might say and how might you respond?",
                "6. Discuss the first teaching clip (10 min)",
                "Goal: Continue to reinforce the rubric lens",
                "Goal: Guide teacher to reflect on and analyze own practice",
                "Goal: Generate actionable ways that could move practice toward the next level",
                "7. Repeat Steps 5 and 6 for second teaching clip (12 min)",
                "Coach Preparation:",
                "  - How will you frame the clip? (Why did you choose this clip?)",
                "  - Which code(s) will you talk about?",
                "  - (Optional) Time stamps and annotations that you want to bring into the conversation:",
                "  - What are some generative questions you might ask?",
                "  - What do you think the teacher might say and how might you respond?",
                "8. (Optional) Opportunity for coach to bring up any feedback that didn't fit into the clip "
                        + "conversations (5 min)",
                "¶ Note: These should be quick points that are fairly simple (and therefore not a big enough deal to "
                        + "choose a clip around)",
                "¶ For example, a running equal sign not captured in either clip would be ok to mention at the end of "
                        + "the conversation. However, if the issue is a bigger deal (e.g., not connected to math, "
                        + "bigger deal errors, strange sequencing, pacing problems), coach should incorporate it into "
                        + "one of the clip conversations, even if that means choosing a longer clip to do so",
                "Coach Preparation:",
                "  - (Optional) Are there any additional things you want to bring up?",
                "9. Decide on an action plan and fill out the Collaborative Log together (12 min)",
                "¶ Coach or teacher should type while sharing the page in Confluence. Filling out the log should be a "
                        + "collaborative exercise, not just the coach's version of events. Coach can then share the "
                        + "page.");
    }

    @Test
    public void agendaSteps_shouldFillExactlySixtyMinutes() {
        // When
        List<AgendaStep> steps = MqiGuide.agendaSteps();

        // Then
        assertEquals(List.of(3, 2, 10, 4, 2, 10, 12, 5, 12), steps.stream().map(AgendaStep::minutes).toList());
        assertEquals(MqiGuide.AGENDA_MINUTES, steps.stream().mapToInt(AgendaStep::minutes).sum());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), steps.stream().map(AgendaStep::number).toList());
    }

    @Test
    public void agendaMinutesLabel_shouldShowTheStepLength() {
        // When
        GuideText label = target.section("mqi/agenda").orElseThrow().label("minutes").orElseThrow();

        // Then
        assertEquals("12 min", bundle.text(label, java.util.Map.of(GuideArgument.MINUTES, 12)));
    }

    @Test
    public void collaborativeLog_shouldListItsFields() {
        assertSection("mqi/collaborative-log",
                "# Collaborative Log",
                "- Focus of this conversation",
                "- Notes",
                "- Action plan and next steps",
                "- Next coaching conversation");
    }

    @Test
    public void nextConversation_shouldAskToScheduleBeforeTheCallEnds() {
        assertSection("mqi/next-conversation",
                "- Schedule next coaching conversation before you end the current conversation.");
    }

    // ------------------------------------------------------------------ helpers

    private void assertSection(String sectionId, String... expectedLines) {
        GuideSection section = target.section(sectionId)
                .orElseThrow(() -> new AssertionError("No section " + sectionId));
        assertEquals(sectionId, String.join("\n", expectedLines), outline.outline(section));
    }

    private List<String> stepIds(ProtocolFilter filter) {
        return target.protocolSteps(filter).stream().map(ProtocolStep::id).toList();
    }
}
