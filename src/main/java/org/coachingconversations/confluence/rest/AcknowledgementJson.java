package org.coachingconversations.confluence.rest;

/**
 * The JSON of the acknowledgement API ({@code docs/rest-api.md}, section "Acknowledgement"). Every text is plain
 * text, already translated; the page's control builds its DOM from it with {@code textContent}.
 */
public final class AcknowledgementJson {

    private AcknowledgementJson() {
    }

    /**
     * A Cycle Record's answer as the caller sees it.
     *
     * @param stage {@code awaiting-finalization | awaiting-answer | objected | acknowledged}
     * @param recordVersion the version of the Cycle Record, which a finalization names
     * @param finalizedOn {@code yyyy-MM-dd}, or null before finalization
     * @param answer the teacher's answer, or null
     * @param canAnswer the caller is the record's teacher and may answer now
     * @param canFinalize the caller is the record's observer and may mark it finalized now
     */
    public record Status(long pageId, String stage, String stageMessage, Person teacher, Person observer,
            long recordVersion, String finalizedOn, Answer answer, boolean canAnswer, boolean canFinalize) {
    }

    /**
     * The teacher's answer.
     *
     * @param kind {@code received | objection}
     * @param text the additional information, or null
     * @param at the moment of the (latest) answer, ISO-8601 UTC
     * @param atLabel the same moment for people, e.g. "2026-12-03 10:12 UTC"
     * @param version the answer's version, which a change names
     */
    public record Answer(String kind, String kindLabel, String text, Person by, String at, String atLabel,
            long version) {
    }

    /** A person; {@code username} and {@code profileUrl} are null for a user the directory no longer knows. */
    public record Person(String username, String displayName, String profileUrl) {
    }

    /**
     * The body of {@code PUT /pages/{pageId}/acknowledgement}.
     *
     * @param kind {@code received | objection}
     * @param text the additional information; required for an objection
     * @param version the version of the answer the caller saw; null (or absent) for the first answer
     */
    public record AnswerRequest(String kind, String text, Long version) {
    }

    /**
     * The body of {@code PUT /pages/{pageId}/acknowledgement/finalization}.
     *
     * @param version the version of the Cycle Record the caller saw ({@link Status#recordVersion})
     */
    public record FinalizationRequest(Long version) {
    }
}
