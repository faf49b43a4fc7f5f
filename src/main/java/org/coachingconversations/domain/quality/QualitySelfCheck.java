package org.coachingconversations.domain.quality;

import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.text.TextRules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The conversation-quality self-check of one conversation (seed 001): which of the seven qualities
 * were present, with an optional short note on any quality. Immutable; one per conversation.
 */
public final class QualitySelfCheck {

    /** Longest note, in characters: enough for a sentence or two of evidence, short enough to scan. */
    public static final int NOTE_MAX_LENGTH = 500;

    private final long conversationId;
    private final Set<ConversationQuality> present;
    private final Map<ConversationQuality, String> notes;

    private QualitySelfCheck(long conversationId, Set<ConversationQuality> present,
                             Map<ConversationQuality, String> notes) {
        this.conversationId = conversationId;
        this.present = Collections.unmodifiableSet(present);
        this.notes = Collections.unmodifiableMap(notes);
    }

    /**
     * A checked self-check. Notes are trimmed; a blank note counts as no note. A note may span lines.
     *
     * @throws IllegalArgumentException   when the conversation id is not positive
     * @throws InvalidSelfCheckException  naming every note longer than {@link #NOTE_MAX_LENGTH} or holding a control
     *                                    character
     */
    public static QualitySelfCheck of(long conversationId, Set<ConversationQuality> present,
                                      Map<ConversationQuality, String> notes) {
        if (conversationId <= 0) {
            throw new IllegalArgumentException("A self-check belongs to a conversation; the conversation id must be "
                    + "positive, not " + conversationId);
        }
        Objects.requireNonNull(present, "present");
        Objects.requireNonNull(notes, "notes");
        Set<ConversationQuality> checked = EnumSet.noneOf(ConversationQuality.class);
        checked.addAll(present);
        Map<ConversationQuality, String> kept = new EnumMap<>(ConversationQuality.class);
        List<NoteProblem> problems = new ArrayList<>();
        for (ConversationQuality quality : ConversationQuality.values()) {
            String note = notes.get(quality);
            if (note == null || note.isBlank()) {
                continue;
            }
            String trimmed = note.strip();
            int length = trimmed.codePointCount(0, trimmed.length());
            if (length > NOTE_MAX_LENGTH) {
                problems.add(new NoteTooLong(quality, length, NOTE_MAX_LENGTH));
            }
            TextRules.firstOffence(trimmed, true).ifPresent(offence -> problems.add(
                    new NoteHasControlCharacter(quality, offence.codePointLabel(), offence.position())));
            kept.put(quality, trimmed);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSelfCheckException(problems);
        }
        return new QualitySelfCheck(conversationId, checked, kept);
    }

    public static Builder forConversation(long conversationId) {
        return new Builder(conversationId);
    }

    public long conversationId() {
        return conversationId;
    }

    public boolean isPresent(ConversationQuality quality) {
        return present.contains(quality);
    }

    /** The qualities checked as present, in the seed's order. */
    public Set<ConversationQuality> presentQualities() {
        return present;
    }

    public Optional<String> note(ConversationQuality quality) {
        return Optional.ofNullable(notes.get(quality));
    }

    /** Whether the participants saw the conversation "lead to action", the quality dashboards single out. */
    public boolean ledToAction() {
        return isPresent(ConversationQuality.LEAD_TO_ACTION);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QualitySelfCheck that && conversationId == that.conversationId
                && present.equals(that.present) && notes.equals(that.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(conversationId, present, notes);
    }

    @Override
    public String toString() {
        return "QualitySelfCheck[conversation=" + conversationId + ", present=" + present + ", notes="
                + notes.keySet() + "]";
    }

    /** Collects checkbox and note input for one conversation, then validates it in {@link #build()}. */
    public static final class Builder {
        private final long conversationId;
        private final Set<ConversationQuality> present = EnumSet.noneOf(ConversationQuality.class);
        private final Map<ConversationQuality, String> notes = new EnumMap<>(ConversationQuality.class);

        private Builder(long conversationId) {
            this.conversationId = conversationId;
        }

        public Builder present(ConversationQuality... qualities) {
            present.addAll(List.of(qualities));
            return this;
        }

        public Builder note(ConversationQuality quality, String note) {
            notes.put(quality, note);
            return this;
        }

        public QualitySelfCheck build() {
            return of(conversationId, present, notes);
        }
    }
}
