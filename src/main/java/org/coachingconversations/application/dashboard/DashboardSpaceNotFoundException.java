package org.coachingconversations.application.dashboard;

/** The space does not exist or the viewer may not view it: the same answer for both, so existence never leaks. */
public class DashboardSpaceNotFoundException extends RuntimeException {

    public DashboardSpaceNotFoundException(String spaceKey) {
        super("No space " + spaceKey + " to show.");
    }
}
