package org.coachingconversations.confluence.macro;

import java.util.List;
import java.util.Map;

/**
 * What the self-check template renders for one viewer. Immutable; every text already translated, plain text only
 * (the host encodes it). {@link #isAvailable()} is false where the page carries no self-check this viewer may see;
 * then only the message is shown.
 */
public final class SelfCheckView {

    private final boolean available;
    private final String message;
    private final long pageId;
    private final String baseUrl;
    private final String version;
    private final boolean editable;
    private final List<SelfCheckQualityView> qualities;
    private final SelfCheckSavedByView savedBy;
    private final Map<String, String> labels;

    private SelfCheckView(boolean available, String message, long pageId, String baseUrl, String version,
            boolean editable, List<SelfCheckQualityView> qualities, SelfCheckSavedByView savedBy, Map<String, String> labels) {
        this.available = available;
        this.message = message;
        this.pageId = pageId;
        this.baseUrl = baseUrl;
        this.version = version;
        this.editable = editable;
        this.qualities = List.copyOf(qualities);
        this.savedBy = savedBy;
        this.labels = Map.copyOf(labels);
    }

    /** Nothing to show here but the message. */
    public static SelfCheckView unavailable(String message, Map<String, String> labels) {
        return new SelfCheckView(false, message, 0, "", "", false, List.of(), null, labels);
    }

    /**
     * @param version the version shown, empty when nothing is saved yet
     * @param savedBy null when nothing is saved yet
     * @param labels  every fixed text: title, introduction, note, save, saving, saved, failed, not-saved, saved-by,
     *                saved-at, present, absent, no-note, note-hint
     */
    public static SelfCheckView of(long pageId, String baseUrl, String version, boolean editable,
            List<SelfCheckQualityView> qualities, SelfCheckSavedByView savedBy, Map<String, String> labels) {
        return new SelfCheckView(true, "", pageId, baseUrl, version, editable, qualities, savedBy, labels);
    }

    public boolean isAvailable() {
        return available;
    }

    public String getMessage() {
        return message;
    }

    public long getPageId() {
        return pageId;
    }

    /** The host's base URL, relative (e.g. {@code /confluence}); the control's script builds the REST address on it. */
    public String getBaseUrl() {
        return baseUrl;
    }

    public String getVersion() {
        return version;
    }

    /** Whether this viewer may save: checkboxes, notes and the Save button instead of the read-only list. */
    public boolean isEditable() {
        return editable;
    }

    public List<SelfCheckQualityView> getQualities() {
        return qualities;
    }

    public boolean isSaved() {
        return savedBy != null;
    }

    public SelfCheckSavedByView getSavedBy() {
        return savedBy;
    }

    /** A fixed text by name; an unknown name gives an empty text rather than a template error. */
    public String label(String name) {
        return labels.getOrDefault(name, "");
    }
}
