package org.coachingconversations.domain.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The four kinds of page a coaching cycle produces, each from its own blueprint. */
public enum ConversationType {
    /**
     * Seed 002: planning prior to the conversation, the six components, then the owned action
     * steps and the next conversation.
     */
    COACHING_CONVERSATION("coaching-conversation", List.of(
            "planning",
            "follow-up",
            "successes",
            "challenges",
            "narrow-the-focus",
            "practice-and-timelines",
            "schedule-and-reflect",
            "action-steps",
            "next-conversation")),
    /**
     * Seed 004: the coach's preparation (focus, clips, notes, stock clip), the email to the
     * teacher, the 60-minute agenda, the Collaborative Log and the next conversation.
     */
    VIDEO_COACHING_CYCLE("video-coaching-cycle", List.of(
            "focus",
            "teaching-clips",
            "private-notes",
            "stock-clip",
            "teacher-email",
            "agenda",
            "collaborative-log",
            "next-conversation")),
    /** Seed 000: initial reflection, the results, digging into the data, conclusions and next steps. */
    SPS_REFLECTION("sps-reflection", List.of(
            "initial-reflection",
            "results",
            "dig-into-the-data",
            "conclusions",
            "action-steps")),
    /**
     * Seed 003: the observation and conference, the protocol checklist, what was discussed and
     * agreed (for teacher and observer), finalization and the teacher's acknowledgement.
     */
    CYCLE_RECORD("cycle-record", List.of(
            "observation",
            "protocol",
            "strengths",
            "areas-for-growth",
            "ratings",
            "teacher-next-steps",
            "observer-next-steps",
            "support-needed",
            "timeline",
            "follow-up",
            "finalization",
            "acknowledgement"));

    private static final String NEXT_CONVERSATION_SECTION = "next-conversation";

    private final String id;
    private final List<String> sectionIds;

    ConversationType(String id, List<String> sectionIds) {
        this.id = id;
        this.sectionIds = sectionIds;
    }

    public String id() {
        return id;
    }

    /** The type's name, as page titles and the blueprint list show it. */
    public String nameKey() {
        return "coaching.conversation." + id + ".name";
    }

    /** The page's sections in page order. */
    public List<ConversationSection> sections() {
        return sectionIds.stream().map(sectionId -> new ConversationSection(this, sectionId)).toList();
    }

    public Optional<ConversationSection> section(String sectionId) {
        return sections().stream().filter(section -> section.id().equals(sectionId)).findFirst();
    }

    /** Whether a page of this type ends by agreeing on the next conversation (it has that section). */
    public boolean plansNextConversation() {
        return sectionIds.contains(NEXT_CONVERSATION_SECTION);
    }

    public static Optional<ConversationType> fromId(String candidate) {
        return Arrays.stream(values()).filter(type -> type.id.equals(candidate)).findFirst();
    }
}
