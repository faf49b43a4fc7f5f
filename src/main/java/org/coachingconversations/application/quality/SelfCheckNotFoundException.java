package org.coachingconversations.application.quality;

/**
 * The page has no self-check this person may see: no such page, a page the person may not view, a page in the trash,
 * or a page that is not a coaching conversation or video coaching cycle stored by this app. One exception and one
 * message for all of them, so that a page's existence never shows through.
 */
public class SelfCheckNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SelfCheckNotFoundException() {
        super("There is no conversation-quality self-check here.");
    }
}
