package org.coachingconversations.confluence.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.domain.form.CoachingConversationInput;
import org.coachingconversations.domain.guide.CoachingComponent;
import org.coachingconversations.domain.guide.CoachingGuide;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideItem;
import org.coachingconversations.domain.guide.GuideSection;
import org.coachingconversations.domain.guide.GuideText;
import org.coachingconversations.domain.guide.PromptGroup;
import org.coachingconversations.domain.guide.TextItem;
import org.coachingconversations.domain.guide.Topic;
import org.coachingconversations.domain.people.KnownUser;

/**
 * The variables of the coaching-conversation content template ({@code blueprint/coaching-conversation/content.xml},
 * seed 002). The focus is the only typed text and goes in as a plain {@code at:var}, which the host escapes; the
 * rest are storage-format fragments built by {@link StorageFormat}, inserted with {@code at:rawxhtml="true"}.
 */
final class CoachingConversationPage extends BlueprintPage {

    /** Plain text: the host escapes it. */
    static final String FOCUS = "coachingFocus";
    /** Storage-format fragments. */
    static final String TEACHER = "coachingTeacher";
    static final String COACH = "coachingCoach";
    static final String CONVERSATION_DATE = "coachingDate";
    static final String ENTRY_POINT = "coachingEntryPoint";
    static final String PLANNING = "coachingPlanning";
    static final String FOLLOW_UP = "coachingFollowUp";
    static final String SUCCESSES = "coachingSuccesses";
    static final String CHALLENGES = "coachingChallenges";
    static final String NARROW_FOCUS = "coachingNarrowFocus";
    static final String PRACTICE_AND_TIMELINES = "coachingPracticeAndTimelines";
    static final String SCHEDULE_AND_REFLECT = "coachingScheduleAndReflect";
    static final String ACTION_STEPS = "coachingActionSteps";
    static final String NEXT_CONVERSATION = "coachingNextConversation";

    static final List<String> PLAIN_VARIABLES = List.of(FOCUS);
    static final List<String> FRAGMENT_VARIABLES = List.of(TEACHER, COACH, CONVERSATION_DATE, ENTRY_POINT,
            PLANNING, FOLLOW_UP, SUCCESSES, CHALLENGES, NARROW_FOCUS, PRACTICE_AND_TIMELINES,
            SCHEDULE_AND_REFLECT, ACTION_STEPS, NEXT_CONVERSATION);

    private static final String PREFIX = "coaching.blueprint.coaching.page.";
    /** The action-steps macro in this mode shows the previous conversation's open steps to whoever may see them. */
    static final Map<String, String> PREVIOUS_CONVERSATION_MODE = Map.of("mode", "previous");

    CoachingConversationPage(GuideCatalogue guides, BlueprintMessages messages) {
        super(guides, messages);
    }

    Map<String, String> variables(CoachingConversationInput input, KnownUser teacher, KnownUser coach) {
        StorageFormat storage = new StorageFormat();
        Map<String, Topic> components = components();
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(FOCUS, input.focus().orElse(""));
        variables.put(TEACHER, storage.userMention(teacher.userKey()).markup());
        variables.put(COACH, storage.userMention(coach.userKey()).markup());
        variables.put(CONVERSATION_DATE, storage.date(input.conversationDate()).markup());
        variables.put(ENTRY_POINT, storage.text(messages.text(input.entryPoint().textKey())).markup());
        variables.put(PLANNING, planning(storage).markup());
        variables.put(FOLLOW_UP, storage.join(
                component(storage, components.get(CoachingComponent.FOLLOW_UP.id())),
                previousSteps(storage)).markup());
        variables.put(SUCCESSES, component(storage, components.get(CoachingComponent.SUCCESSES.id())).markup());
        variables.put(CHALLENGES, component(storage, components.get(CoachingComponent.CHALLENGES.id())).markup());
        variables.put(NARROW_FOCUS, component(storage, components.get(CoachingComponent.NARROW_FOCUS.id())).markup());
        variables.put(PRACTICE_AND_TIMELINES,
                component(storage, components.get(CoachingComponent.ACTION_STEPS.id())).markup());
        variables.put(SCHEDULE_AND_REFLECT,
                component(storage, components.get(CoachingComponent.SCHEDULE_AND_REFLECT.id())).markup());
        variables.put(ACTION_STEPS, actionSteps(storage, messages.text(PREFIX + "action-steps.instructions"),
                Optional.empty()).markup());
        variables.put(NEXT_CONVERSATION, storage.macro(NEXT_CONVERSATION_MACRO, Map.of()).markup());
        return variables;
    }

    /** The seed's planning list as tasks, so the coach can tick off each before the conversation. */
    private StorageXhtml planning(StorageFormat storage) {
        GuideSection section = section(CoachingGuide.PLANNING);
        List<StorageXhtml> tasks = new ArrayList<>();
        for (GuideItem item : section.items()) {
            if (!(item instanceof TextItem line)) {
                throw new IllegalStateException("Section " + section.id() + " holds a " + item.getClass().getSimpleName());
            }
            tasks.add(storage.text(messages.text(line.text())));
        }
        return storage.taskList(tasks);
    }

    private Map<String, Topic> components() {
        Map<String, Topic> components = new LinkedHashMap<>();
        section(CoachingGuide.COMPONENTS).itemsOf(Topic.class).forEach(topic -> components.put(topic.id(), topic));
        for (CoachingComponent component : CoachingComponent.values()) {
            if (!components.containsKey(component.id())) {
                throw new IllegalStateException("The coaching guide has no component " + component.id());
            }
        }
        return components;
    }

    /** The component's description, then each "Consider" prompt with room for notes under it. */
    private StorageXhtml component(StorageFormat storage, Topic topic) {
        String notes = messages.text(GuideStorage.NOTES_PLACEHOLDER_KEY);
        List<StorageXhtml> parts = new ArrayList<>();
        for (GuideText paragraph : topic.paragraphs()) {
            parts.add(storage.paragraph(storage.text(messages.text(paragraph))));
        }
        for (PromptGroup group : topic.promptGroups()) {
            parts.add(storage.paragraph(storage.strong(messages.text(group.label()))));
            List<StorageXhtml> prompts = new ArrayList<>();
            for (GuideText prompt : group.prompts()) {
                prompts.add(storage.join(
                        storage.paragraph(storage.text(messages.text(prompt))),
                        storage.paragraph(storage.placeholder(notes))));
            }
            if (!prompts.isEmpty()) {
                parts.add(storage.bulletList(prompts));
            }
        }
        if (topic.promptGroups().isEmpty()) {
            parts.add(storage.paragraph(storage.placeholder(notes)));
        }
        return storage.join(parts);
    }

    /**
     * The previous conversation's open steps are never copied here: another page may be restricted, so the macro
     * reads them when the page is viewed and shows them only to a viewer who may view that page.
     */
    private StorageXhtml previousSteps(StorageFormat storage) {
        return storage.join(
                storage.paragraph(storage.strong(messages.text(PREFIX + "follow-up.previous"))),
                storage.macro(ACTION_STEPS_MACRO, PREVIOUS_CONVERSATION_MODE));
    }
}
