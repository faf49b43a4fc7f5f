package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.List;

/** Seed 002: the collaborative coaching conversations guide. */
public final class CoachingGuide {

    public static final String ID = "coaching";
    public static final String OVERVIEW = ID + "/overview";
    public static final String ENTRY_POINTS = ID + "/entry-points";
    public static final String PLANNING = ID + "/planning";
    public static final String COMPONENTS = ID + "/components";

    private static final String PREFIX = "coaching.guide.coaching.";
    private static final String CONSIDER_KEY = PREFIX + "components.consider";

    private CoachingGuide() {
    }

    public static Guide guide() {
        return new Guide(ID, GuideText.of(PREFIX + "title"), List.of(), List.of(
                overview(), entryPoints(), planning(), components()));
    }

    /** The seed's overview: two paragraphs and the six components as a table of contents. */
    private static GuideSection overview() {
        return GuideSection.builder(OVERVIEW)
                .title(PREFIX + "overview.title")
                .introduction(PREFIX + "overview.purpose", PREFIX + "overview.structure")
                .lines(Arrays.stream(CoachingComponent.values()).map(CoachingComponent::titleKey).toArray(String[]::new))
                .build();
    }

    private static GuideSection entryPoints() {
        return GuideSection.builder(ENTRY_POINTS)
                .title(PREFIX + "entry-points.title")
                .lines(Arrays.stream(EntryPoint.values()).map(EntryPoint::textKey).toArray(String[]::new))
                .build();
    }

    private static GuideSection planning() {
        String planning = PREFIX + "planning.";
        return GuideSection.builder(PLANNING)
                .title(planning + "title")
                .lines(planning + "review-previous", planning + "review-stances", planning + "script-questions",
                        planning + "social-emotional", planning + "align-priorities")
                .build();
    }

    private static GuideSection components() {
        return GuideSection.builder(COMPONENTS)
                .title(PREFIX + "components.title")
                .items(Arrays.stream(CoachingComponent.values()).map(CoachingGuide::topic).toList())
                .label("consider", CONSIDER_KEY)
                .build();
    }

    private static Topic topic(CoachingComponent component) {
        List<PromptGroup> prompts = component.considerKeys().isEmpty()
                ? List.of()
                : List.of(new PromptGroup(GuideText.of(CONSIDER_KEY),
                        component.considerKeys().stream().map(GuideText::of).toList()));
        return new Topic(component.id(), GuideText.of(component.titleKey()),
                List.of(GuideText.of(component.descriptionKey())), prompts);
    }
}
