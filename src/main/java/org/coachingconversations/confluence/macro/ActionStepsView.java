package org.coachingconversations.confluence.macro;

import java.util.List;

/**
 * What the action-steps template renders. Immutable; every text already translated. The source (a link to the
 * conversation the steps come from) is set only when the viewer may view that page. The controls column is shown when
 * the viewer may change at least one step or add one.
 */
public final class ActionStepsView {

    private final String mode;
    private final String sourceIntroduction;
    private final String sourceLinkText;
    private final String sourceUrl;
    private final String emptyMessage;
    private final List<String> columns;
    private final boolean sourceColumnShown;
    private final List<ActionStepView> steps;
    private final ActionStepsControls controls;

    public ActionStepsView(String mode, String sourceIntroduction, String sourceLinkText, String sourceUrl,
            String emptyMessage, List<String> columns, List<ActionStepView> steps) {
        this(mode, sourceIntroduction, sourceLinkText, sourceUrl, emptyMessage, columns, false, steps,
                ActionStepsControls.NONE);
    }

    /**
     * @param sourceColumnShown each row names the page it comes from (the steps of one owner, from many pages); the
     *     last of {@code columns} is that column's heading
     */
    public ActionStepsView(String mode, String sourceIntroduction, String sourceLinkText, String sourceUrl,
            String emptyMessage, List<String> columns, boolean sourceColumnShown, List<ActionStepView> steps,
            ActionStepsControls controls) {
        this.mode = mode;
        this.sourceIntroduction = sourceIntroduction == null ? "" : sourceIntroduction;
        this.sourceLinkText = sourceLinkText == null ? "" : sourceLinkText;
        this.sourceUrl = sourceUrl == null ? "" : sourceUrl;
        this.emptyMessage = emptyMessage;
        this.columns = List.copyOf(columns);
        this.sourceColumnShown = sourceColumnShown;
        this.steps = List.copyOf(steps);
        this.controls = controls == null ? ActionStepsControls.NONE : controls;
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

    /** Column headings: step, owner, due date, status, and where a step comes from when steps of many pages show. */
    public List<String> getColumns() {
        return columns;
    }

    public List<ActionStepView> getSteps() {
        return steps;
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Whether each row names the page it comes from. */
    public boolean isSourceColumnShown() {
        return sourceColumnShown;
    }

    /** The viewer may change a step shown here or add one: the script and the controls column are needed. */
    public boolean isEditable() {
        return controls.isAddAllowed() || steps.stream().anyMatch(ActionStepView::isChangeable);
    }

    /** The table is there when there are steps, or when a step may be added to it. */
    public boolean isTableShown() {
        return !steps.isEmpty() || controls.isAddAllowed();
    }

    public ActionStepsControls getControls() {
        return controls;
    }
}
