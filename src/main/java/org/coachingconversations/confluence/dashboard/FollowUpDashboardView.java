package org.coachingconversations.confluence.dashboard;

import java.util.List;
import org.coachingconversations.confluence.macro.ScriptLabel;

/**
 * What the dashboard's page and macro render before the script fills them: the spaces to show, the filter they start
 * with, which lists to show, and every word the script uses, already translated. Immutable; plain text only (the
 * host HTML-encodes every reference).
 */
public final class FollowUpDashboardView {

    private final String baseUrl;
    private final String title;
    private final String introduction;
    private final List<String> spaces;
    private final String teacher;
    private final String coach;
    private final String horizon;
    private final String sections;
    private final boolean filtersShown;
    private final List<ScriptLabel> labels;
    private final List<ScriptLabel> types;

    /**
     * @param horizon days back from today that lists start at; empty for no limit
     * @param sections list ids separated by commas; empty for every list
     */
    public FollowUpDashboardView(String baseUrl, String title, String introduction, List<String> spaces,
            String teacher, String coach, String horizon, String sections, boolean filtersShown, List<ScriptLabel> labels,
            List<ScriptLabel> types) {
        this.baseUrl = baseUrl == null ? "" : baseUrl;
        this.title = title;
        this.introduction = introduction;
        this.spaces = List.copyOf(spaces);
        this.teacher = teacher == null ? "" : teacher;
        this.coach = coach == null ? "" : coach;
        this.horizon = horizon == null ? "" : horizon;
        this.sections = sections == null ? "" : sections;
        this.filtersShown = filtersShown;
        this.labels = List.copyOf(labels);
        this.types = List.copyOf(types);
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getTitle() {
        return title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public List<String> getSpaces() {
        return spaces;
    }

    public String getTeacher() {
        return teacher;
    }

    public String getCoach() {
        return coach;
    }

    public String getHorizon() {
        return horizon;
    }

    public String getSections() {
        return sections;
    }

    public boolean isFiltersShown() {
        return filtersShown;
    }

    /** Rendered as {@code data-label-<name>} attributes. */
    public List<ScriptLabel> getLabels() {
        return labels;
    }

    /** The page types the filter offers: id and name. */
    public List<ScriptLabel> getTypes() {
        return types;
    }

    /** The text of the label with this name; empty when there is none. */
    public String text(String name) {
        return labels.stream().filter(label -> label.getName().equals(name)).map(ScriptLabel::getText).findFirst()
                .orElse("");
    }
}
