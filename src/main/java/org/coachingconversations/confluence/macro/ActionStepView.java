package org.coachingconversations.confluence.macro;

/**
 * One action step as the action-steps template shows it. Immutable; plain text only (the host HTML-encodes every
 * reference). An empty owner address means the owner is shown without a link; an empty deadline means no lozenge.
 * The values a change starts from (owner user name, role id, due date as {@code yyyy-MM-dd}, the version read) are
 * there for the script that changes the step in place; they are empty or 0 when the viewer may not change it.
 */
public final class ActionStepView {

    private final long id;
    private final String text;
    private final String ownerName;
    private final String ownerUrl;
    private final String dueDate;
    private final String statusId;
    private final String status;
    private final String deadlineId;
    private final String deadline;
    private final Change change;
    private final String sourceText;
    private final String sourceUrl;
    private final String calendarUrl;
    private final String calendarText;

    public ActionStepView(long id, String text, String ownerName, String ownerUrl, String dueDate, String statusId,
            String status, String deadlineId, String deadline) {
        this(id, text, ownerName, ownerUrl, dueDate, statusId, status, deadlineId, deadline, null, null, null);
    }

    /**
     * @param change what a change of the step starts from; null when the viewer may not change it
     * @param sourceText the page the step is on, as a link text; null when the listing is of one page
     */
    public ActionStepView(long id, String text, String ownerName, String ownerUrl, String dueDate, String statusId,
            String status, String deadlineId, String deadline, Change change, String sourceText, String sourceUrl) {
        this(id, text, ownerName, ownerUrl, dueDate, statusId, status, deadlineId, deadline, change, sourceText,
                sourceUrl, null, null);
    }

    /**
     * @param calendarUrl where the step's due date downloads as a calendar file; null when it has none to offer
     * @param calendarText the link's text
     */
    public ActionStepView(long id, String text, String ownerName, String ownerUrl, String dueDate, String statusId,
            String status, String deadlineId, String deadline, Change change, String sourceText, String sourceUrl,
            String calendarUrl, String calendarText) {
        this.id = id;
        this.text = text;
        this.ownerName = ownerName;
        this.ownerUrl = ownerUrl == null ? "" : ownerUrl;
        this.dueDate = dueDate;
        this.statusId = statusId;
        this.status = status;
        this.deadlineId = deadlineId == null ? "" : deadlineId;
        this.deadline = deadline == null ? "" : deadline;
        this.change = change;
        this.sourceText = sourceText == null ? "" : sourceText;
        this.sourceUrl = sourceUrl == null ? "" : sourceUrl;
        this.calendarUrl = calendarUrl == null ? "" : calendarUrl;
        this.calendarText = calendarText == null ? "" : calendarText;
    }

    public boolean isCalendarShown() {
        return !calendarUrl.isEmpty();
    }

    public String getCalendarUrl() {
        return calendarUrl;
    }

    public String getCalendarText() {
        return calendarText;
    }

    public long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOwnerUrl() {
        return ownerUrl;
    }

    public boolean isOwnerLinked() {
        return !ownerUrl.isEmpty();
    }

    public String getDueDate() {
        return dueDate;
    }

    public String getStatusId() {
        return statusId;
    }

    public String getStatus() {
        return status;
    }

    /** {@code overdue} or {@code due-soon}; empty when the step is neither. */
    public String getDeadlineId() {
        return deadlineId;
    }

    public String getDeadline() {
        return deadline;
    }

    public boolean isFlagged() {
        return !deadline.isEmpty();
    }

    /** Whether the viewer may change this step. */
    public boolean isChangeable() {
        return change != null;
    }

    public long getVersion() {
        return change == null ? 0 : change.version();
    }

    public String getOwnerUsername() {
        return change == null ? "" : change.ownerUsername();
    }

    public String getRoleId() {
        return change == null ? "" : change.roleId();
    }

    public String getDueOn() {
        return change == null ? "" : change.dueOn();
    }

    public boolean isOpen() {
        return "open".equals(statusId);
    }

    public boolean isSourceShown() {
        return !sourceText.isEmpty();
    }

    public String getSourceText() {
        return sourceText;
    }

    /** The address of the page the step is on; empty when the text is shown without a link. */
    public String getSourceUrl() {
        return sourceUrl;
    }

    /**
     * What a change of the step starts from.
     *
     * @param ownerUsername the owner's user name; empty when no one was named
     * @param dueOn {@code yyyy-MM-dd}; empty when there is no due date
     */
    public record Change(long version, String ownerUsername, String roleId, String dueOn) {

        public Change {
            ownerUsername = ownerUsername == null ? "" : ownerUsername;
            roleId = roleId == null ? "" : roleId;
            dueOn = dueOn == null ? "" : dueOn;
        }
    }
}
