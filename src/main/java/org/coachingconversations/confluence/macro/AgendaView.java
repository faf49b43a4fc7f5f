package org.coachingconversations.confluence.macro;

import java.util.List;

/** What the agenda template renders: the MQI conversation's time boxes as a table. Immutable; texts translated. */
public final class AgendaView {

    private final String title;
    private final String stepHeading;
    private final String timeHeading;
    private final String noteHeading;
    private final boolean clocked;
    private final boolean noted;
    private final List<AgendaRowView> rows;
    private final String totalLabel;
    private final String total;

    public AgendaView(String title, String stepHeading, String timeHeading, String noteHeading, boolean clocked,
                      List<AgendaRowView> rows, String totalLabel, String total) {
        this.title = title;
        this.stepHeading = stepHeading;
        this.timeHeading = timeHeading;
        this.noteHeading = noteHeading;
        this.clocked = clocked;
        this.rows = List.copyOf(rows);
        this.noted = rows.stream().anyMatch(AgendaRowView::isNoted);
        this.totalLabel = totalLabel;
        this.total = total;
    }

    public String getTitle() {
        return title;
    }

    public String getStepHeading() {
        return stepHeading;
    }

    public String getTimeHeading() {
        return timeHeading;
    }

    public String getNoteHeading() {
        return noteHeading;
    }

    /** Whether a start time turned the time boxes into clock times. */
    public boolean isClocked() {
        return clocked;
    }

    /** Whether any row has a note, so that the notes column is shown. */
    public boolean isNoted() {
        return noted;
    }

    public List<AgendaRowView> getRows() {
        return rows;
    }

    public String getTotalLabel() {
        return totalLabel;
    }

    /** "60 min", or the clock times from start to end. */
    public String getTotal() {
        return total;
    }
}
