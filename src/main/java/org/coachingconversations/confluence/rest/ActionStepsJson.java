package org.coachingconversations.confluence.rest;

import java.util.List;

/** The JSON bodies of the action-steps API (docs/rest-api.md), as records Jackson reads and writes by name. */
public final class ActionStepsJson {

    private ActionStepsJson() {
    }

    /** {@code GET /pages/{pageId}/action-steps}. */
    public record Steps(long pageId, boolean canAdd, List<Step> steps) {
    }

    /**
     * One step as the caller sees it.
     *
     * @param dueOn {@code yyyy-MM-dd}, or null
     * @param dueState {@code overdue}, {@code due-soon} or null
     */
    public record Step(long id, long pageId, long version, String text, String role, String roleLabel, Person owner,
            String dueOn, String dueOnLabel, String status, String statusLabel, String dueState,
            String dueStateLabel, boolean canChange, LastChange lastChange) {
    }

    /**
     * A person by user name, never by user key; {@code username} and {@code profileUrl} are null for a user the host
     * no longer knows.
     */
    public record Person(String username, String displayName, String profileUrl) {
    }

    /** @param at ISO-8601 in UTC, e.g. {@code 2026-12-03T10:12:00Z} */
    public record LastChange(Person by, String at) {
    }

    /** {@code POST /pages/{pageId}/action-steps}: {@code owner} a user name or empty; {@code role} teacher if empty. */
    public record NewStep(String text, String owner, String role, String dueOn) {
    }

    /** {@code PUT /action-steps/{stepId}}. */
    public record StepChange(Long version, String text, String owner, String role, String dueOn) {
    }

    /** {@code PUT /action-steps/{stepId}/status}. */
    public record StatusChange(Long version, String status) {
    }
}
