package org.coachingconversations.domain.quality;

import org.coachingconversations.domain.guide.ConversationQuality;

/** Why the note on one quality cannot be saved. */
public sealed interface NoteProblem permits NoteTooLong, NoteHasControlCharacter {

    ConversationQuality quality();

    /** English wording; an adapter that translates uses the fields instead. */
    String message();
}
