package org.coachingconversations.confluence.macro;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.domain.sps.Benchmark;
import org.coachingconversations.domain.sps.BenchmarkComparison;
import org.coachingconversations.domain.sps.ElementSummary;
import org.coachingconversations.domain.sps.ItemDifference;
import org.coachingconversations.domain.sps.OptionLeaders;
import org.coachingconversations.domain.sps.OptionShare;
import org.coachingconversations.domain.sps.SpsAnalysis;
import org.coachingconversations.domain.sps.SpsError;
import org.coachingconversations.domain.sps.SpsItemResult;
import org.coachingconversations.domain.sps.Standing;
import org.coachingconversations.domain.sps.SubgroupComparison;
import org.coachingconversations.domain.sps.SuppressedRow;

/**
 * Turns an SPS analysis, or the problems of an export, into the macro's view models: every word from the message
 * bundle, every figure formatted once, the chart's geometry computed here so the template only places it.
 */
final class SpsResultsPresenter {

    static final String PREFIX = "coaching.sps.results.";
    /** A page lists a handful of subgroups in full; an export with hundreds of them would bury the page. */
    static final int MAX_SUBGROUPS_SHOWN = 10;
    static final int MAX_SUPPRESSED_SHOWN = 50;

    static final int CHART_WIDTH = 640;
    private static final int LABEL_GUTTER = 40;
    private static final int BAR_AREA = 520;
    private static final int ROW_HEIGHT = 24;
    private static final int BAR_HEIGHT = 14;
    private static final int TOP = 6;
    private static final int AXIS_SPACE = 22;
    private static final List<String> TEXTS = List.of("title", "elements", "column.element", "column.items",
            "column.suppressed-items", "column.responses", "column.percent-favorable", "column.item-mean",
            "column.school-average", "column.district-average", "column.number", "column.item", "column.versus-school",
            "column.versus-district", "legend.percent-favorable", "legend.school-average", "legend.district-average",
            "leaders", "comparisons", "subgroups", "subgroups.introduction", "suppressed", "suppressed.introduction",
            "column.line", "column.subgroup", "column.reason");

    private final I18nResolver i18n;

    SpsResultsPresenter(I18nResolver i18n) {
        this.i18n = i18n;
    }

    SpsResultsView results(String fileName, SpsAnalysis analysis) {
        List<SpsResultsView.Element> elements = new ArrayList<>();
        for (ElementSummary summary : analysis.elements()) {
            List<SpsItemResult> items = analysis.items().stream()
                    .filter(item -> item.element().equals(summary.element())).toList();
            elements.add(element(summary, items));
        }
        List<SpsResultsView.Leaders> leaders = new ArrayList<>();
        analysis.mostTopOption().ifPresent(top -> leaders.add(leaders(top, "leaders.top")));
        analysis.mostBottomOption().ifPresent(bottom -> leaders.add(leaders(bottom, "leaders.bottom")));
        List<SpsResultsView.Comparison> comparisons = List.of(
                comparison(analysis.comparedWith(Benchmark.SCHOOL), "school"),
                comparison(analysis.comparedWith(Benchmark.DISTRICT), "district"));
        List<SpsResultsView.Subgroup> subgroups = analysis.subgroups().stream().limit(MAX_SUBGROUPS_SHOWN)
                .map(this::subgroup).toList();
        int hiddenSubgroups = analysis.subgroups().size() - subgroups.size();
        List<SpsResultsView.Suppressed> suppressed = analysis.suppressed().stream().limit(MAX_SUPPRESSED_SHOWN)
                .map(this::suppressed).toList();
        int hiddenSuppressed = analysis.suppressed().size() - suppressed.size();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : TEXTS) {
            texts.put(name, text(name));
        }
        return new SpsResultsView(fileName,
                text("source", fileName, analysis.settings().minimumResponses()),
                elements, leaders, comparisons, subgroups,
                hiddenSubgroups == 0 ? "" : text("subgroups.not-shown", hiddenSubgroups),
                suppressed,
                hiddenSuppressed == 0 ? "" : text("suppressed.not-shown", hiddenSuppressed),
                texts);
    }

    /** The problems of an export, each with its place: "Line 7, column 3 (% Favorable): …". */
    SpsNoticeView problems(String fileName, List<SpsError> errors) {
        List<String> lines = errors.stream().map(this::problem).toList();
        return new SpsNoticeView("error", text("problems.title", fileName), text("problems.message"), lines);
    }

    SpsNoticeView notice(String kind, String messageName, Serializable... arguments) {
        return new SpsNoticeView(kind, text(messageName + ".title"), text(messageName + ".message", arguments),
                List.of());
    }

    private String problem(SpsError error) {
        String problemText = i18n.getText(error.problem().key(), error.arguments().toArray(new String[0]));
        Object[] placeArguments = error.placeArguments(problemText);
        Serializable[] serializable = new Serializable[placeArguments.length];
        for (int i = 0; i < placeArguments.length; i++) {
            serializable[i] = String.valueOf(placeArguments[i]);
        }
        return i18n.getText(error.place().key(), serializable);
    }

    private SpsResultsView.Element element(ElementSummary summary, List<SpsItemResult> items) {
        List<SpsResultsView.Item> itemViews = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SpsItemResult item = items.get(i);
            itemViews.add(new SpsResultsView.Item(String.valueOf(i + 1), item.item(), percent(item.percentFavorable()),
                    percent(item.schoolAverage()), percent(item.districtAverage()), String.valueOf(item.responses()),
                    standingId(item.versusSchool()), standing(item.versusSchool()),
                    standingId(item.versusDistrict()), standing(item.versusDistrict())));
        }
        return new SpsResultsView.Element(summary.element(), String.valueOf(summary.reportedItems()),
                String.valueOf(summary.suppressedItems()), String.valueOf(summary.responses()),
                percent(summary.percentFavorable()), percent(summary.itemMeanPercentFavorable()),
                percent(summary.schoolAverage()), percent(summary.districtAverage()), itemViews,
                chart(summary.element(), items));
    }

    private SpsResultsView.Chart chart(String element, List<SpsItemResult> items) {
        List<SpsResultsView.Bar> bars = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SpsItemResult item = items.get(i);
            int rowTop = TOP + i * ROW_HEIGHT;
            double barY = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
            double barWidth = x(item.percentFavorable()) - LABEL_GUTTER;
            bars.add(new SpsResultsView.Bar(String.valueOf(i + 1), percent(item.percentFavorable()),
                    coordinate(LABEL_GUTTER), coordinate(barY), coordinate(barWidth), coordinate(BAR_HEIGHT),
                    coordinate(barY + BAR_HEIGHT - 3), coordinate(LABEL_GUTTER + BAR_AREA + 6),
                    coordinate(x(item.schoolAverage())), coordinate(x(item.districtAverage())),
                    coordinate(rowTop + 2), coordinate(rowTop + ROW_HEIGHT - 2)));
            described.add(text("chart.item", i + 1, percent(item.percentFavorable()), percent(item.schoolAverage()),
                    percent(item.districtAverage())));
        }
        int axisY = TOP + items.size() * ROW_HEIGHT;
        List<SpsResultsView.Tick> ticks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            ticks.add(new SpsResultsView.Tick(coordinate(x(BigDecimal.valueOf(percent))), percent + "%"));
        }
        return new SpsResultsView.Chart(CHART_WIDTH, axisY + AXIS_SPACE, text("chart.title", element),
                String.join(" ", described), bars, ticks, axisY);
    }

    private SpsResultsView.Leaders leaders(OptionLeaders leaders, String heading) {
        List<String> items = leaders.items().stream().map(this::share).toList();
        return new SpsResultsView.Leaders(text(heading, leaders.option()), items, text("leaders.none", leaders.option()));
    }

    private String share(OptionShare share) {
        return text("leaders.item", share.item(), share.element(), percent(share.percent()), share.count(),
                share.answered());
    }

    private SpsResultsView.Comparison comparison(BenchmarkComparison comparison, String benchmark) {
        return new SpsResultsView.Comparison(text("comparison." + benchmark),
                text("comparison." + benchmark + ".above", comparison.above().size()),
                comparison.above().stream().map(this::difference).toList(),
                text("comparison." + benchmark + ".below", comparison.below().size()),
                comparison.below().stream().map(this::difference).toList(),
                text("comparison." + benchmark + ".none"));
    }

    private String difference(ItemDifference difference) {
        return text("difference", difference.item(), percent(difference.percentFavorable()),
                percent(difference.reference()), points(difference.difference()));
    }

    private SpsResultsView.Subgroup subgroup(SubgroupComparison comparison) {
        return new SpsResultsView.Subgroup(comparison.subgroup(),
                comparison.items().stream().map(this::difference).toList());
    }

    private SpsResultsView.Suppressed suppressed(SuppressedRow row) {
        return new SpsResultsView.Suppressed(String.valueOf(row.line()), row.item(), row.subgroup(),
                i18n.getText(SuppressedRow.REASON_KEY, row.minimumResponses()));
    }

    private String standingId(Standing standing) {
        return switch (standing) {
            case ABOVE -> "above";
            case BELOW -> "below";
            case WITHIN_TOLERANCE -> "within";
        };
    }

    private String standing(Standing standing) {
        return text("standing." + standingId(standing));
    }

    private static double x(BigDecimal percent) {
        double clamped = Math.max(0, Math.min(100, percent.doubleValue()));
        return LABEL_GUTTER + clamped * BAR_AREA / 100.0;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String percent(Optional<BigDecimal> value) {
        return value.map(SpsResultsPresenter::percent).orElse("\u2013");
    }

    private static String points(BigDecimal value) {
        String number = value.abs().setScale(1, RoundingMode.HALF_UP).toPlainString();
        return (value.signum() < 0 ? "\u2212" : value.signum() > 0 ? "+" : "\u00B1") + number;
    }

    private String text(String name, Serializable... arguments) {
        return arguments.length == 0 ? i18n.getText(PREFIX + name) : i18n.getText(PREFIX + name, arguments);
    }
}
