package org.coachingconversations.platform;

import java.util.List;

/**
 * What the overdue digest's template shows: plain text and addresses only (the host HTML-encodes every reference).
 * Immutable.
 */
public final class DigestMailView {

    private final String language;
    private final String heading;
    private final String introduction;
    private final String pageColumn;
    private final String stepColumn;
    private final String dueColumn;
    private final List<Line> lines;
    private final String optOutText;
    private final String optOutLinkText;
    private final String optOutUrl;

    /** @param language the language tag of the texts, for the mail's {@code lang} (mail programs read it aloud so) */
    public DigestMailView(String language, String heading, String introduction, String pageColumn, String stepColumn, String dueColumn,
            List<Line> lines, String optOutText, String optOutLinkText, String optOutUrl) {
        this.language = language;
        this.heading = heading;
        this.introduction = introduction;
        this.pageColumn = pageColumn;
        this.stepColumn = stepColumn;
        this.dueColumn = dueColumn;
        this.lines = List.copyOf(lines);
        this.optOutText = optOutText;
        this.optOutLinkText = optOutLinkText;
        this.optOutUrl = optOutUrl;
    }

    public String getLanguage() {
        return language;
    }

    public String getHeading() {
        return heading;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getPageColumn() {
        return pageColumn;
    }

    public String getStepColumn() {
        return stepColumn;
    }

    public String getDueColumn() {
        return dueColumn;
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getOptOutText() {
        return optOutText;
    }

    public String getOptOutLinkText() {
        return optOutLinkText;
    }

    public String getOptOutUrl() {
        return optOutUrl;
    }

    /** One overdue step, on a page the recipient may view. */
    public static final class Line {

        private final String pageTitle;
        private final String pageUrl;
        private final String stepText;
        private final String dueOn;

        public Line(String pageTitle, String pageUrl, String stepText, String dueOn) {
            this.pageTitle = pageTitle;
            this.pageUrl = pageUrl;
            this.stepText = stepText;
            this.dueOn = dueOn;
        }

        public String getPageTitle() {
            return pageTitle;
        }

        public String getPageUrl() {
            return pageUrl;
        }

        public String getStepText() {
            return stepText;
        }

        public String getDueOn() {
            return dueOn;
        }
    }
}
