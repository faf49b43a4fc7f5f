package org.coachingconversations.confluence.macro;

/** One conversation quality as the template shows it. Immutable. */
public final class QualityView {

    private final String id;
    private final String statement;
    private final String term;
    private final String explanation;

    public QualityView(String id, String statement, String term, String explanation) {
        this.id = id;
        this.statement = statement;
        this.term = term;
        this.explanation = explanation;
    }

    public String getId() {
        return id;
    }

    public String getStatement() {
        return statement;
    }

    public String getTerm() {
        return term;
    }

    public String getExplanation() {
        return explanation;
    }
}
