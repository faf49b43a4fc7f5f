package org.coachingconversations.domain.quality;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * Where a self-check belongs and who may save it (seed 001: after a conversation the coach, or both participants,
 * tick which of the seven qualities were present).
 *
 * <ul>
 *   <li><b>Which pages.</b> Only a page this app stored a conversation for, and only a coaching conversation or a
 *       video coaching cycle: the conversations a coach leads with one teacher. An SPS reflection is the teacher's
 *       own work with data, and a Cycle Record is an evaluation record with its own answer (the acknowledgement).
 *       What the page's text says counts for nothing; only the stored facts do.</li>
 *   <li><b>Who may save.</b> The two participants our code recorded for the page (its teacher and its coach), and
 *       anyone who may edit the page. The participants may save even where page restrictions keep them from editing,
 *       because the self-check is theirs; an editor could write the same ticks into the page's text anyway, so letting
 *       editors save gives nobody a power they lack. Everyone else who may view the page sees it read-only.</li>
 * </ul>
 */
public final class SelfCheckRules {

    /** The page types that carry a self-check. */
    public static final Set<ConversationType> SELF_CHECKED_TYPES =
            EnumSet.of(ConversationType.COACHING_CONVERSATION, ConversationType.VIDEO_COACHING_CYCLE);

    /** Who may save, as a refusal says it. */

    private SelfCheckRules() {
    }

    public static boolean isSelfChecked(StoredConversation conversation) {
        return SELF_CHECKED_TYPES.contains(conversation.type());
    }

    /** Whether the person is the conversation's teacher or its coach, as stored when the page was created. */
    public static boolean isParticipant(StoredConversation conversation, Optional<String> userKey) {
        return userKey.filter(key -> key.equals(conversation.teacherKey())
                || conversation.leaderKey().filter(key::equals).isPresent()).isPresent();
    }

    /**
     * @param mayEditPage whether the person may edit the page now; ask only when needed ({@link #isParticipant}
     *                    first), the answer of a failed check being false
     */
    public static boolean maySave(StoredConversation conversation, Optional<String> userKey, boolean mayEditPage) {
        return userKey.isPresent() && isSelfChecked(conversation)
                && (isParticipant(conversation, userKey) || mayEditPage);
    }

    /** @throws SelfCheckRefusedException when {@link #maySave} says no */
    public static void checkMaySave(StoredConversation conversation, Optional<String> userKey, boolean mayEditPage) {
        if (!maySave(conversation, userKey, mayEditPage)) {
            throw new SelfCheckRefusedException();
        }
    }

    /**
     * The self-check the input describes: quality ids as the REST API and the control send them.
     *
     * @param notes quality id → note; a blank note counts as none
     * @throws UnknownQualityException naming the field with an id that is not a quality
     * @throws InvalidSelfCheckException naming every note that is too long or holds a control character
     */
    public static QualitySelfCheck parse(long pageId, Collection<String> presentIds, Map<String, String> notes) {
        Set<ConversationQuality> present = EnumSet.noneOf(ConversationQuality.class);
        for (String id : presentIds == null ? Set.<String>of() : presentIds) {
            present.add(ConversationQuality.fromId(id).orElseThrow(() -> new UnknownQualityException("present",
                    String.valueOf(id))));
        }
        Map<ConversationQuality, String> byQuality = new HashMap<>();
        if (notes != null) {
            notes.forEach((id, note) -> byQuality.put(ConversationQuality.fromId(id)
                    .orElseThrow(() -> new UnknownQualityException("notes", String.valueOf(id))), note));
        }
        return QualitySelfCheck.of(pageId, present, byQuality);
    }

    /**
     * Whether a save that started from {@code sentVersion} (empty: the person saw no self-check) may go to the store:
     * a change must name a version, a first save must not. Whether the version is still current is the store's
     * check, made under the row's lock.
     *
     * @throws SelfCheckVersionException when it may not
     */
    public static void checkVersionSent(long pageId, Optional<Versioned<SavedSelfCheck>> stored,
            OptionalLong sentVersion) {
        if (stored.isPresent() && sentVersion.isEmpty()) {
            throw SelfCheckVersionException.missing(pageId, stored.get().version());
        }
        if (stored.isEmpty() && sentVersion.isPresent()) {
            throw SelfCheckVersionException.unexpected(pageId, sentVersion.getAsLong());
        }
    }
}
