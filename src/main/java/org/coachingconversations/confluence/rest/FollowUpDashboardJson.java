package org.coachingconversations.confluence.rest;

import java.util.List;

/** The JSON bodies of the follow-up dashboard API (docs/rest-api.md), as records Jackson writes by name. */
public final class FollowUpDashboardJson {

    private FollowUpDashboardJson() {
    }

    /**
     * @param today the space's today, ISO
     * @param leadToAction the share of the viewer's conversations that lead to action
     */
    public record Dashboard(String spaceKey, String today, List<Section> sections, Share leadToAction,
            SelfChecks selfChecks) {
    }

    /**
     * One list, one page of it. Every row has one cell per column; the CSV export writes the same cells.
     *
     * @param order {@code oldest} or {@code newest} first, by the list's date
     */
    public record Section(String id, String title, String description, String emptyText, long total,
            String totalText, long offset, int limit, String order, boolean hasMore, List<String> columns,
            List<Row> rows) {
    }

    public record Row(List<Cell> cells) {
    }

    /** @param url a link on this site (a page or a profile), else null */
    public record Cell(String text, String url) {
    }

    /** @param percent null when there is no conversation */
    public record Share(long conversations, long leadingToAction, Integer percent, String text) {
    }

    /** @param text what the shares are, or why there are none */
    public record SelfChecks(int conversations, String text, List<QualityShare> qualities) {
    }

    /** @param percent null when no conversation was checked */
    public record QualityShare(String quality, String term, int present, Integer percent) {
    }

    /** @param description the chart's text alternative: what it shows, in words */
    public record Chart(String title, String description, String slippedLabel, String doneLabel, List<Week> weeks) {
    }

    /** @param weekOf the week's Monday, ISO; {@code weekLabel} the same day as the reader writes it */
    public record Week(String weekOf, String weekLabel, long slipped, long done) {
    }
}
