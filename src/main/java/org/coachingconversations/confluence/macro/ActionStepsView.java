package org.coachingconversations.confluence.macro;

import java.util.List;

/**
 * What the action-steps template renders. Immutable; every text already translated. The source (a link to the
 * conversation the steps come from) is set only when the viewer may view that page.
 */
public final class ActionStepsView {

    private final String mode;
    private final String sourceIntroduction;
    private final String sourceLinkText;
    private final String sourceUrl;
    private final String emptyMessage;
    private final List<String> columns;
    private final List<ActionStepView> steps;

    public ActionStepsView(String mode, String sourceIntroduction, String sourceLinkText, String sourceUrl,
            String emptyMessage, List<String> columns, List<ActionStepView> steps) {
        this.mode = mode;
        this.sourceIntroduction = sourceIntroduction == null ? "" : sourceIntroduction;
        this.sourceLinkText = sourceLinkText == null ? "" : sourceLinkText;
        this.sourceUrl = sourceUrl == null ? "" : sourceUrl;
        this.emptyMessage = emptyMessage;
        this.columns = List.copyOf(columns);
        this.steps = List.copyOf(steps);
    }

    public String getMode() {
        return mode;
    }

    public boolean isSourceShown() {
        return !sourceUrl.isEmpty();
    }

    public String getSourceIntroduction() {
        return sourceIntroduction;
    }

    public String getSourceLinkText() {
        return sourceLinkText;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getEmptyMessage() {
        return emptyMessage;
    }

    /** Column headings: step, owner, due date, status. */
    public List<String> getColumns() {
        return columns;
    }

    public List<ActionStepView> getSteps() {
        return steps;
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
