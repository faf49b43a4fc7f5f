package org.coachingconversations.confluence.dashboard;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.coachingconversations.confluence.macro.ScriptLabel;
import org.coachingconversations.domain.conversation.ConversationType;

/** Builds the dashboard's view for the space page and the macro: the same words and structure for both. */
public final class FollowUpDashboardViews {

    static final String PREFIX = "coaching.dashboard.";
    /** The script's words: label name, and its key in the bundle after {@value #PREFIX}. */
    private static final List<Map.Entry<String, String>> LABELS = List.of(
            Map.entry("loading", "loading"),
            Map.entry("failed", "failed"),
            Map.entry("no-answer", "no-answer"),
            Map.entry("total", "total"),
            Map.entry("previous", "previous"),
            Map.entry("next", "next"),
            Map.entry("page-of", "page-of"),
            Map.entry("sort-label", "sort.label"),
            Map.entry("sort-oldest", "sort.oldest"),
            Map.entry("sort-newest", "sort.newest"),
            Map.entry("export", "export"),
            Map.entry("share-title", "share.title"),
            Map.entry("chart-title", "chart.title"),
            Map.entry("filter-legend", "filter.legend"),
            Map.entry("filter-teacher", "filter.teacher"),
            Map.entry("filter-coach", "filter.coach"),
            Map.entry("filter-type", "filter.type"),
            Map.entry("filter-type-any", "filter.type.any"),
            Map.entry("filter-from", "filter.from"),
            Map.entry("filter-to", "filter.to"),
            Map.entry("filter-apply", "filter.apply"),
            Map.entry("filter-clear", "filter.clear"),
            Map.entry("error-space", "error.space"),
            Map.entry("selfcheck-title", "selfcheck.title"),
            Map.entry("column-quality", "column.quality"),
            Map.entry("column-share", "column.share"));

    private final I18nResolver i18n;

    public FollowUpDashboardViews(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /**
     * @param filtersShown whether the viewer gets the filter form (the space page) or the macro's fixed filter
     */
    public FollowUpDashboardView view(String baseUrl, String title, List<String> spaces, String teacher,
            String coach, String horizon, String sections, boolean filtersShown) {
        List<ScriptLabel> labels = LABELS.stream()
                .map(label -> new ScriptLabel(label.getKey(), i18n.getText(PREFIX + label.getValue())))
                .toList();
        List<ScriptLabel> types = Arrays.stream(ConversationType.values())
                .map(type -> new ScriptLabel(type.id(), i18n.getText(PREFIX + "type." + type.id())))
                .toList();
        return new FollowUpDashboardView(baseUrl, title, i18n.getText(PREFIX + "introduction"), spaces, teacher,
                coach, horizon, sections, filtersShown, labels, types);
    }

}
