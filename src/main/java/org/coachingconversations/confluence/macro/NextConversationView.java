package org.coachingconversations.confluence.macro;

import java.util.Objects;

/**
 * What the next-conversation macro shows one viewer: nothing (a page they may not view), the agreed date with its
 * "Add to calendar" link, or a sentence saying why there is no date. Plain text and addresses only.
 */
public final class NextConversationView {

    private final boolean shown;
    private final String label;
    private final String isoDate;
    private final String dateText;
    private final String message;
    private final CalendarLinkView calendarLink;

    private NextConversationView(boolean shown, String label, String isoDate, String dateText, String message,
            CalendarLinkView calendarLink) {
        this.shown = shown;
        this.label = label;
        this.isoDate = isoDate;
        this.dateText = dateText;
        this.message = message;
        this.calendarLink = calendarLink;
    }

    /** For a viewer who may not view the page. */
    public static NextConversationView nothing() {
        return new NextConversationView(false, null, null, null, null, null);
    }

    /** @param calendarLink null when there is no file to offer this viewer */
    public static NextConversationView dated(String label, String isoDate, String dateText,
            CalendarLinkView calendarLink) {
        return new NextConversationView(true, Objects.requireNonNull(label, "label"),
                Objects.requireNonNull(isoDate, "isoDate"), Objects.requireNonNull(dateText, "dateText"), null,
                calendarLink);
    }

    public static NextConversationView undated(String message) {
        return new NextConversationView(true, null, null, null, Objects.requireNonNull(message, "message"), null);
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isDated() {
        return isoDate != null;
    }

    public String getLabel() {
        return label;
    }

    /** The date as {@code yyyy-MM-dd}, for the {@code datetime} attribute. */
    public String getIsoDate() {
        return isoDate;
    }

    /** The date as the reader sees it. */
    public String getDateText() {
        return dateText;
    }

    public String getMessage() {
        return message;
    }

    public boolean isCalendarShown() {
        return calendarLink != null;
    }

    public CalendarLinkView getCalendarLink() {
        return calendarLink;
    }
}
