package org.coachingconversations.domain.guide;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The six components of a collaborative coaching conversation (seed 002), in the seed's order, each
 * with the names of its "Consider" prompts (the last component has none).
 */
public enum CoachingComponent {
    FOLLOW_UP("follow-up", "previous-tools", "teacher-goals"),
    SUCCESSES("successes", "alignment", "contributors", "evidence"),
    CHALLENGES("challenges", "positive-framing", "use-successes", "underlying-factors"),
    NARROW_FOCUS("narrow-focus", "prioritize", "connect-goals"),
    ACTION_STEPS("action-steps", "quick-impact", "prerequisites", "resources"),
    SCHEDULE_AND_REFLECT("schedule-and-reflect");

    private static final String KEY_PREFIX = "coaching.guide.coaching.component.";

    private final String id;
    private final List<String> promptNames;

    CoachingComponent(String id, String... promptNames) {
        this.id = id;
        this.promptNames = List.of(promptNames);
    }

    public String id() {
        return id;
    }

    public String titleKey() {
        return KEY_PREFIX + id + ".title";
    }

    public String descriptionKey() {
        return KEY_PREFIX + id + ".description";
    }

    /** The keys of the "Consider" prompts, in the seed's order. */
    public List<String> considerKeys() {
        return promptNames.stream().map(name -> KEY_PREFIX + id + ".consider." + name).toList();
    }

    public static Optional<CoachingComponent> fromId(String candidate) {
        return Arrays.stream(values()).filter(component -> component.id.equals(candidate)).findFirst();
    }
}
