package org.coachingconversations.sandbox.plugin;

/**
 * Makes the sandbox's content permission manager refuse restrictions, as a real host may (a user directory that
 * cannot be reached, a database error), so that tests can see what the plugin does then. Only tests choose it
 * ({@code SandboxOptions.refusingRestrictions}); the command line has no option for it.
 */
public enum RestrictionRefusal {
    /** Every restriction is set. */
    NONE,
    /** A restriction naming anyone but the page's creator (another user, or any group) fails. */
    ANYONE_BUT_THE_CREATOR,
    /** Every restriction fails. */
    EVERY_RESTRICTION
}
