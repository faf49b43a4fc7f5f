package org.coachingconversations.domain.quality;

import org.coachingconversations.domain.guide.ConversationQuality;

/** Why the note on one quality cannot be saved. */
public sealed interface NoteProblem permits NoteTooLong, NoteHasControlCharacter {

    ConversationQuality quality();
}
