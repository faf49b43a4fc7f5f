package org.coachingconversations.confluence.macro;

import java.util.List;
import java.util.Map;
import org.coachingconversations.confluence.rest.AcknowledgementJson;

/**
 * What the acknowledgement template renders for one viewer. Immutable; texts are plain and already translated, the
 * template HTML-encodes every one. {@code status} is null when the page has no Cycle Record this viewer may see.
 */
public final class AcknowledgementView {

    private final AcknowledgementJson.Status status;
    private final String baseUrl;
    private final boolean teacherControls;
    private final boolean observerControls;
    private final int maxTextLength;
    private final Map<String, String> texts;
    private final List<CalendarLinkView> calendarLinks;

    /**
     * @param teacherControls the viewer is the record's teacher: the answer form is on the page, shown while she may
     *     answer
     * @param observerControls the viewer is the record's observer: the finalization button is on the page, shown
     *     while he may finalize
     * @param texts translated texts by their i18n key
     */
    public AcknowledgementView(AcknowledgementJson.Status status, String baseUrl, boolean teacherControls,
            boolean observerControls, int maxTextLength, Map<String, String> texts) {
        this(status, baseUrl, teacherControls, observerControls, maxTextLength, texts, List.of());
    }

    /** @param calendarLinks the record's dates still to come, each to add to a calendar */
    public AcknowledgementView(AcknowledgementJson.Status status, String baseUrl, boolean teacherControls,
            boolean observerControls, int maxTextLength, Map<String, String> texts,
            List<CalendarLinkView> calendarLinks) {
        this.calendarLinks = List.copyOf(calendarLinks);
        this.status = status;
        this.baseUrl = baseUrl == null ? "" : baseUrl;
        this.teacherControls = teacherControls;
        this.observerControls = observerControls;
        this.maxTextLength = maxTextLength;
        this.texts = Map.copyOf(texts);
    }

    public boolean isCalendarShown() {
        return !getCalendarLinks().isEmpty();
    }

    public List<CalendarLinkView> getCalendarLinks() {
        return status == null ? List.of() : calendarLinks;
    }

    public boolean isRecord() {
        return status != null;
    }

    /** A translated text by its i18n key, e.g. {@code coaching.acknowledgement.form.acknowledge}. */
    public String getText(String key) {
        String text = texts.get(key);
        return text == null ? "" : text;
    }

    public long getPageId() {
        return status == null ? 0 : status.pageId();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getStage() {
        return status == null ? "" : status.stage();
    }

    public String getStageMessage() {
        return status == null ? "" : status.stageMessage();
    }

    public long getRecordVersion() {
        return status == null ? 0 : status.recordVersion();
    }

    public boolean isAnswered() {
        return status != null && status.answer() != null;
    }

    /** The answer's version, or an empty text before the first answer. */
    public String getAnswerVersion() {
        return isAnswered() ? Long.toString(status.answer().version()) : "";
    }

    public String getAnswerKind() {
        return isAnswered() ? status.answer().kind() : "";
    }

    public String getAnswerKindLabel() {
        return isAnswered() ? status.answer().kindLabel() : "";
    }

    public String getAnswerByName() {
        return isAnswered() ? status.answer().by().displayName() : "";
    }

    public String getAnswerByUrl() {
        return isAnswered() && status.answer().by().profileUrl() != null ? status.answer().by().profileUrl() : "";
    }

    public boolean isAnswerByLinked() {
        return !getAnswerByUrl().isEmpty();
    }

    public String getAnswerAt() {
        return isAnswered() ? status.answer().at() : "";
    }

    public String getAnswerAtLabel() {
        return isAnswered() ? status.answer().atLabel() : "";
    }

    public boolean isAnswerTextShown() {
        return isAnswered() && status.answer().text() != null;
    }

    public String getAnswerText() {
        return isAnswerTextShown() ? status.answer().text() : "";
    }

    public boolean isTeacherControls() {
        return teacherControls;
    }

    public boolean isObserverControls() {
        return observerControls;
    }

    public boolean isCanAnswer() {
        return status != null && status.canAnswer();
    }

    public boolean isCanFinalize() {
        return status != null && status.canFinalize();
    }

    public boolean isObjected() {
        return "objected".equals(getStage());
    }

    /** The text the answer form starts with: the objection's reasons, so the teacher can reword them. */
    public String getDraftText() {
        return isObjected() ? getAnswerText() : "";
    }

    public int getMaxTextLength() {
        return maxTextLength;
    }
}
