package org.coachingconversations.confluence.macro;

import java.util.Objects;

/** An "Add to calendar" link: the address of a date's .ics download and the link's text, both plain. */
public final class CalendarLinkView {

    private final String url;
    private final String text;

    public CalendarLinkView(String url, String text) {
        this.url = Objects.requireNonNull(url, "url");
        this.text = Objects.requireNonNull(text, "text");
    }

    public String getUrl() {
        return url;
    }

    public String getText() {
        return text;
    }
}
