package org.coachingconversations.confluence.rest;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.coachingconversations.domain.dashboard.DashboardRow;
import org.coachingconversations.domain.dashboard.DashboardSection;
import org.coachingconversations.domain.dashboard.FollowUpDashboard;
import org.coachingconversations.domain.dashboard.SectionRows;
import org.coachingconversations.domain.dashboard.WeekTally;
import org.coachingconversations.domain.quality.QualitySummary;
import org.coachingconversations.platform.SiteLinks;

/**
 * Turns the dashboard into cells people read: labels from the i18n bundle, pages by title with their address,
 * people by display name with their profile, days as {@code day} writes them (the reader's language on screen, ISO in
 * the CSV export). Only rows the use case returned are presented, so a page's title is read only for pages the viewer
 * may view.
 */
final class FollowUpDashboardPresenter {

    static final String PREFIX = "coaching.dashboard.";

    private final I18nResolver i18n;
    private final UserManager userManager;
    private final PageManager pageManager;
    private final SiteLinks links;
    private final Function<LocalDate, String> day;
    private final Map<String, FollowUpDashboardJson.Cell> people = new HashMap<>();

    FollowUpDashboardPresenter(I18nResolver i18n, UserManager userManager, PageManager pageManager, SiteLinks links,
            Function<LocalDate, String> day) {
        this.i18n = i18n;
        this.day = day;
        this.userManager = userManager;
        this.pageManager = pageManager;
        this.links = links;
    }

    FollowUpDashboardJson.Dashboard dashboard(FollowUpDashboard dashboard) {
        List<FollowUpDashboardJson.Section> sections = dashboard.sections().stream()
                .map(section -> section(section, dashboard.coverageWeeks())).toList();
        var share = dashboard.leadToAction();
        Integer percent = share.percent().isPresent() ? share.percent().getAsInt() : null;
        String shareText = percent == null ? text("share.none")
                : i18n.getText(PREFIX + "share.text", String.valueOf(percent), String.valueOf(share.leadingToAction()),
                        String.valueOf(share.conversations()));
        return new FollowUpDashboardJson.Dashboard(dashboard.spaceKey(), dashboard.today().toString(), sections,
                new FollowUpDashboardJson.Share(share.conversations(), share.leadingToAction(), percent, shareText),
                selfChecks(dashboard.selfCheckShares()));
    }

    FollowUpDashboardJson.Section section(SectionRows rows, int coverageWeeks) {
        DashboardSection section = rows.section();
        String key = PREFIX + "section." + section.id() + ".";
        List<FollowUpDashboardJson.Row> presented = new ArrayList<>();
        for (DashboardRow row : rows.rows()) {
            presented.add(new FollowUpDashboardJson.Row(cells(row)));
        }
        return new FollowUpDashboardJson.Section(section.id(), i18n.getText(key + "title"),
                i18n.getText(key + "description", String.valueOf(coverageWeeks)),
                i18n.getText(key + "empty", String.valueOf(coverageWeeks)), rows.total(),
                i18n.getText(PREFIX + "total", String.valueOf(rows.total())), rows.request().offset(),
                rows.request().limit(), rows.newestFirst() ? "newest" : "oldest", rows.hasMore(), columns(section),
                presented);
    }

    private FollowUpDashboardJson.SelfChecks selfChecks(QualitySummary summary) {
        int checked = summary.conversationCount();
        String text = checked == 0 ? text("selfcheck.none")
                : i18n.getText(PREFIX + "selfcheck.text", String.valueOf(checked));
        return new FollowUpDashboardJson.SelfChecks(checked, text, summary.tallies().stream()
                .map(tally -> new FollowUpDashboardJson.QualityShare(tally.quality().id(),
                        i18n.getText(tally.quality().termKey()), tally.presentCount(),
                        tally.percent().isPresent() ? tally.percent().getAsInt() : null))
                .toList());
    }

    List<String> columns(DashboardSection section) {
        return columnKeys(section).stream().map(column -> text("column." + column)).toList();
    }

    private static List<String> columnKeys(DashboardSection section) {
        return switch (section) {
            case OVERDUE -> List.of("step", "owner", "due", "flagged-since", "page");
            case DUE_SOON -> List.of("step", "owner", "due", "page");
            case COVERAGE_GAPS -> List.of("teacher", "last-conversation");
            case FOLLOW_UPS_PAST_DUE -> List.of("teacher", "coach", "follow-up-date", "held-on", "page");
            case OUTSIDE_WINDOW -> List.of("teacher", "observer", "observed", "window-closes", "timing", "page");
            case AWAITING_FINALIZATION -> List.of("teacher", "observer", "conference", "finalize-by", "status",
                    "page");
            case AWAITING_ACKNOWLEDGEMENT -> List.of("teacher", "observer", "finalized", "answer-by", "status",
                    "page");
            case OBJECTIONS -> List.of("teacher", "observer", "finalized", "objected-on", "page");
        };
    }

    private List<FollowUpDashboardJson.Cell> cells(DashboardRow row) {
        FollowUpDashboardJson.Cell page = row.pageId().isPresent() ? page(row.pageId().getAsLong()) : plain("");
        FollowUpDashboardJson.Cell teacher = row.teacherKey().map(this::person).orElse(plain(""));
        FollowUpDashboardJson.Cell person = row.personKey().map(this::person).orElse(plain(text("person.none")));
        FollowUpDashboardJson.Cell date = plain(row.date().map(day).orElse(text("date.none")));
        FollowUpDashboardJson.Cell until = plain(row.until().map(day).orElse(""));
        FollowUpDashboardJson.Cell state = plain(row.state().isEmpty() ? "" : text("state." + row.state()));
        return switch (row.section()) {
            case OVERDUE -> List.of(plain(row.text().orElse("")), person, date,
                    plain(row.flaggedAt().map(this::flaggedOn).orElse(text("flagged.not-yet"))),
                    page);
            case DUE_SOON -> List.of(plain(row.text().orElse("")), person, date, page);
            case COVERAGE_GAPS -> List.of(teacher, date);
            case FOLLOW_UPS_PAST_DUE -> List.of(teacher, person, date, until, page);
            case OUTSIDE_WINDOW, AWAITING_FINALIZATION, AWAITING_ACKNOWLEDGEMENT ->
                    List.of(teacher, person, date, until, state, page);
            case OBJECTIONS -> List.of(teacher, person, date, until, page);
        };
    }

    FollowUpDashboardJson.Chart chart(List<WeekTally> weeks) {
        long slipped = weeks.stream().mapToLong(WeekTally::slipped).sum();
        long done = weeks.stream().mapToLong(WeekTally::done).sum();
        WeekTally worst = weeks.stream().max(java.util.Comparator.comparingLong(WeekTally::slipped)).orElse(null);
        String description = weeks.isEmpty() ? "" : i18n.getText(PREFIX + "chart.description",
                String.valueOf(weeks.size()), day.apply(weeks.get(0).weekOf()), String.valueOf(slipped),
                String.valueOf(done), worst == null || worst.slipped() == 0 ? "-" : day.apply(worst.weekOf()),
                String.valueOf(worst == null ? 0 : worst.slipped()));
        return new FollowUpDashboardJson.Chart(text("chart.title"), description, text("chart.slipped"),
                text("chart.done"), weeks.stream().map(week -> new FollowUpDashboardJson.Week(
                        week.weekOf().toString(), day.apply(week.weekOf()), week.slipped(), week.done())).toList());
    }

    private String flaggedOn(Instant instant) {
        return day.apply(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    private FollowUpDashboardJson.Cell page(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        String title = page == null || page.getTitle() == null ? text("page.untitled") : page.getTitle();
        return new FollowUpDashboardJson.Cell(title, links.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
    }

    private FollowUpDashboardJson.Cell person(String userKey) {
        return people.computeIfAbsent(userKey, key -> {
            UserProfile profile = userManager.getUserProfile(new UserKey(key));
            if (profile == null || profile.getUsername() == null) {
                return plain(text("person.unknown"));
            }
            String fullName = profile.getFullName();
            return new FollowUpDashboardJson.Cell(fullName == null || fullName.isBlank() ? profile.getUsername()
                    : fullName, links.profileUrl(profile.getProfilePageUri()));
        });
    }

    Optional<String> usernameOf(String userKey) {
        return Optional.ofNullable(userManager.getUserProfile(new UserKey(userKey))).map(UserProfile::getUsername);
    }

    private static FollowUpDashboardJson.Cell plain(String text) {
        return new FollowUpDashboardJson.Cell(text, null);
    }

    private String text(String key) {
        return i18n.getText(PREFIX + key);
    }
}
