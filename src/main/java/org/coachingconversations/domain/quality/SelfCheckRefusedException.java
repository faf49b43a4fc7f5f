package org.coachingconversations.domain.quality;

/** The person may view the page but may not save its self-check. Nothing was written. */
public class SelfCheckRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SelfCheckRefusedException(String message) {
        super(message);
    }
}
