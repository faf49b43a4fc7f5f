package org.coachingconversations.confluence.macro;

import java.util.List;

/**
 * What the action-steps script needs to change steps in place: where the app's REST API is, which page new steps go
 * to, whether this viewer may add one, and every word it shows, already translated. Immutable; plain text only (the
 * host HTML-encodes every reference, so each label reaches the script as an attribute value it reads as text).
 */
public final class ActionStepsControls {

    /** No controls: a listing nobody may change here. */
    public static final ActionStepsControls NONE = new ActionStepsControls(0, "", false, "", List.of());

    private final long pageId;
    private final String baseUrl;
    private final boolean addAllowed;
    private final String defaultRole;
    private final List<ScriptLabel> labels;

    /**
     * @param pageId the page new steps are added to; 0 when steps cannot be added here
     * @param defaultRole the role a new step starts with, e.g. {@code teacher}
     */
    public ActionStepsControls(long pageId, String baseUrl, boolean addAllowed, String defaultRole,
            List<ScriptLabel> labels) {
        this.pageId = pageId;
        this.baseUrl = baseUrl == null ? "" : baseUrl;
        this.addAllowed = addAllowed && pageId > 0;
        this.defaultRole = defaultRole == null ? "" : defaultRole;
        this.labels = List.copyOf(labels);
    }

    public long getPageId() {
        return pageId;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public boolean isAddAllowed() {
        return addAllowed;
    }

    public String getDefaultRole() {
        return defaultRole;
    }

    /** The text of the label with this name; empty when there is none. */
    public String text(String name) {
        return labels.stream().filter(label -> label.getName().equals(name)).map(ScriptLabel::getText).findFirst().orElse("");
    }

    /** Rendered as {@code data-label-<name>} attributes. */
    public List<ScriptLabel> getLabels() {
        return labels;
    }
}
