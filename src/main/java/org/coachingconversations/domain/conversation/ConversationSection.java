package org.coachingconversations.domain.conversation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One section of a conversation page, in the order the blueprint lays them out. The id is stable
 * (page anchors and templates use it); the title comes from the bundle.
 */
public record ConversationSection(ConversationType type, String id) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ConversationSection {
        Objects.requireNonNull(type, "type");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a section id: " + id);
        }
    }

    /** {@code coaching.conversation.<type>.section.<id>}, the section's heading. */
    public String titleKey() {
        return "coaching.conversation." + type.id() + ".section." + id;
    }
}
