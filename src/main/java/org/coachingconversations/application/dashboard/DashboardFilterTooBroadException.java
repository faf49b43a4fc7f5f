package org.coachingconversations.application.dashboard;

/** The dashboard's filter selects more pages than one query may list; the viewer should narrow it. */
public final class DashboardFilterTooBroadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    public DashboardFilterTooBroadException(int limit) {
        super("The filter selects more than " + limit + " pages.");
        this.limit = limit;
    }

    /** The most pages a filter may select. */
    public int limit() {
        return limit;
    }
}
