package org.coachingconversations.domain.quality;

/**
 * The person may view the page but may not save its self-check: only the conversation's teacher and coach, and
 * people who may edit the page, may. Nothing was written.
 */
public class SelfCheckRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SelfCheckRefusedException() {
        super("Only the conversation's teacher and coach, and page editors, may save its self-check.");
    }
}
