package org.coachingconversations.confluence.macro;

/**
 * One action step as the action-steps template shows it. Immutable; plain text only (the host HTML-encodes every
 * reference). An empty owner address means the owner is shown without a link; an empty deadline means no lozenge.
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

    public ActionStepView(long id, String text, String ownerName, String ownerUrl, String dueDate, String statusId,
            String status, String deadlineId, String deadline) {
        this.id = id;
        this.text = text;
        this.ownerName = ownerName;
        this.ownerUrl = ownerUrl == null ? "" : ownerUrl;
        this.dueDate = dueDate;
        this.statusId = statusId;
        this.status = status;
        this.deadlineId = deadlineId == null ? "" : deadlineId;
        this.deadline = deadline == null ? "" : deadline;
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
}
