package org.coachingconversations.application.actionstep;

/**
 * Nothing the caller may see: no such page or step, a step whose page is in the trash, or a page the caller may not
 * view. One exception for all of them, so that no answer tells them apart.
 */
public final class ActionStepsNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActionStepsNotFoundException() {
        super("There is no such page or action step, or you may not view it.");
    }
}
