package org.coachingconversations.confluence.macro;

import java.util.List;

/**
 * An in-page message of the SPS results macro instead of results: why there are none (no export attached, the named
 * one missing, too large or unreadable), or the problems of the export, each naming its line and column. Plain
 * text, encoded by the host. Immutable.
 */
public final class SpsNoticeView {

    private final String kind;
    private final String title;
    private final String message;
    private final List<String> problems;

    /** @param kind {@code info}, {@code warning} or {@code error}: the AUI message type */
    SpsNoticeView(String kind, String title, String message, List<String> problems) {
        this.kind = kind;
        this.title = title;
        this.message = message;
        this.problems = List.copyOf(problems);
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }

    public List<String> getProblems() {
        return problems;
    }
}
