package org.coachingconversations.confluence.macro;

import java.util.List;

/** One time box of the agenda. Immutable; texts translated. */
public final class AgendaRowView {

    private final int number;
    private final String id;
    private final String title;
    private final String optionalLabel;
    private final String goalLabel;
    private final List<String> goals;
    private final String timeBox;
    private final String clock;
    private final String note;

    public AgendaRowView(int number, String id, String title, String optionalLabel, String goalLabel,
                         List<String> goals, String timeBox, String clock, String note) {
        this.number = number;
        this.id = id;
        this.title = title;
        this.optionalLabel = optionalLabel;
        this.goalLabel = goalLabel;
        this.goals = List.copyOf(goals);
        this.timeBox = timeBox;
        this.clock = clock;
        this.note = note;
    }

    public int getNumber() {
        return number;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    /** "(Optional)" for a step the seed marks optional, else empty. */
    public String getOptionalLabel() {
        return optionalLabel;
    }

    public boolean isOptional() {
        return !optionalLabel.isEmpty();
    }

    public String getGoalLabel() {
        return goalLabel;
    }

    public List<String> getGoals() {
        return goals;
    }

    /** Whether the goals are a list (more than one) rather than one line after the label. */
    public boolean isGoalList() {
        return goals.size() > 1;
    }

    /** The step's length, e.g. "3 min". */
    public String getTimeBox() {
        return timeBox;
    }

    /** From and to as clock times, e.g. "09:00\u201309:03"; empty without a start time. */
    public String getClock() {
        return clock;
    }

    /** The team's note for this step, as typed (trimmed); empty when none. */
    public String getNote() {
        return note;
    }

    public boolean isNoted() {
        return !note.isEmpty();
    }
}
