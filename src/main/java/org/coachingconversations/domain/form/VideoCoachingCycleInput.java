package org.coachingconversations.domain.form;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.VideoClip;
import org.coachingconversations.domain.people.UserReference;

/** What the video-coaching-cycle wizard (seed 004, the coach's planning guide) collects. */
public record VideoCoachingCycleInput(
        UserReference teacher,
        UserReference coach,
        LocalDateTime meeting,
        String focus,
        List<String> rubricCodes,
        Optional<VideoClip> firstClip,
        Optional<VideoClip> secondClip,
        Optional<String> stockClip,
        Optional<LocalDate> nextConversationDate) implements ConversationInput {

    public VideoCoachingCycleInput {
        InputRules.requireDifferentPeople(teacher, coach, "coach");
        Objects.requireNonNull(meeting, "meeting");
        InputRules.requireText(focus, "focus");
        rubricCodes = List.copyOf(rubricCodes);
        Objects.requireNonNull(firstClip, "firstClip");
        Objects.requireNonNull(secondClip, "secondClip");
        Objects.requireNonNull(stockClip, "stockClip");
        Objects.requireNonNull(nextConversationDate, "nextConversationDate");
        if (nextConversationDate.filter(next -> !next.isAfter(meeting.toLocalDate())).isPresent()) {
            throw new IllegalArgumentException("The next conversation must come after the meeting");
        }
    }

    @Override
    public ConversationType type() {
        return ConversationType.VIDEO_COACHING_CYCLE;
    }

    /**
     * The stock clip as a link, when it was given as an absolute http(s) address; any other text
     * (a pseudonym and title, say) is shown as text only.
     */
    public Optional<URI> stockClipLink() {
        return stockClip.flatMap(VideoCoachingCycleInput::webAddress);
    }

    private static Optional<URI> webAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }
}
