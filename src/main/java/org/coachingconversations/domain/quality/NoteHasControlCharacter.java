package org.coachingconversations.domain.quality;

import org.coachingconversations.domain.guide.ConversationQuality;

/**
 * A self-check note holding a character typed text may not hold ({@code TextRules}): databases and the page's XML
 * cannot carry most control characters, and none is ever meant.
 *
 * @param position counted in characters from 1
 */
public record NoteHasControlCharacter(ConversationQuality quality, String codePointLabel, int position)
        implements NoteProblem {
}
