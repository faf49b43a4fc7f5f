package org.coachingconversations.confluence.macro;

/** One of the seven qualities in the self-check: its words, whether it was ticked, and its note. Immutable. */
public final class SelfCheckQualityView {

    private final String id;
    private final String term;
    private final String explanation;
    private final boolean present;
    private final String note;

    public SelfCheckQualityView(String id, String term, String explanation, boolean present, String note) {
        this.id = id;
        this.term = term;
        this.explanation = explanation;
        this.present = present;
        this.note = note == null ? "" : note;
    }

    /** The quality's stable id, as the REST API names it. */
    public String getId() {
        return id;
    }

    public String getTerm() {
        return term;
    }

    public String getExplanation() {
        return explanation;
    }

    public boolean isPresent() {
        return present;
    }

    public String getNote() {
        return note;
    }

    public boolean isNoted() {
        return !note.isEmpty();
    }
}
