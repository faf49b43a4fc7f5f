package org.coachingconversations.domain.actionstep;

/** How an action step stands against its due date on a given day. */
public enum DueState {
    /** Done or dropped: no longer watched. */
    CLOSED,
    /** Open, but nobody agreed a due date. */
    NO_DUE_DATE,
    /** Open and due later than the due-soon horizon. */
    UPCOMING,
    /** Open and due between today and today plus the horizon, both included. */
    DUE_SOON,
    /** Open and due before today. */
    OVERDUE
}
