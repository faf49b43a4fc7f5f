package org.coachingconversations.confluence.rest;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coachingconversations.application.dashboard.DashboardFilterTooBroadException;
import org.coachingconversations.application.dashboard.DashboardSpaceNotFoundException;
import org.coachingconversations.application.dashboard.ShowFollowUpDashboard;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.dashboard.DashboardFilter;
import org.coachingconversations.domain.dashboard.DashboardSection;
import org.coachingconversations.domain.dashboard.SectionRows;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.UserDirectory;
import org.coachingconversations.domain.people.UserReference;
import org.coachingconversations.platform.SiteLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A space's follow-up dashboard (docs/rest-api.md): {@code GET /spaces/{spaceKey}/follow-ups} (the first rows of
 * every list and the action share), {@code GET .../follow-ups/chart} (overdue and done per week),
 * {@code GET .../follow-ups/sections/{section}} (one page of one list,
 * for paging and sorting) and {@code GET .../follow-ups/export.csv}. The same filters everywhere. A space the caller
 * may not view answers 404, as one that does not exist; rows are only from pages the caller may view now.
 */
@Path("/spaces/{spaceKey}/follow-ups")
@UnlicensedSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpDashboardResource {

    static final String MESSAGES = "coaching.messages.dashboard.";
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpDashboardResource.class);
    static final int DEFAULT_ROWS = 10;
    static final int MAX_ROWS = 100;

    private final ShowFollowUpDashboard dashboard;
    private final UserManager userManager;
    private final UserDirectory users;
    private final I18nResolver i18n;
    private final PageManager pageManager;
    private final SiteLinks links;
    private final ReaderDates dates;

    public FollowUpDashboardResource(ShowFollowUpDashboard dashboard, UserManager userManager, UserDirectory users,
            I18nResolver i18nResolver, PageManager pageManager, ApplicationProperties applicationProperties,
            ReaderDates dates) {
        this.dates = dates;
        this.dashboard = dashboard;
        this.userManager = userManager;
        this.users = users;
        this.i18n = i18nResolver;
        this.pageManager = pageManager;
        this.links = new SiteLinks(applicationProperties);
    }

    @GET
    public Response overview(@PathParam("spaceKey") String spaceKey, @QueryParam("teacher") String teacher,
            @QueryParam("coach") String coach, @QueryParam("type") String type, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("rows") String rows) {
        return answer(() -> {
            Optional<String> caller = caller();
            DashboardFilter filter = filter(teacher, coach, type, from, to);
            int perList = number("rows", rows, DEFAULT_ROWS, 1, MAX_ROWS);
            return Response.ok(presenter().dashboard(dashboard.overview(caller, spaceKey, filter, perList))).build();
        });
    }

    @GET
    @Path("chart")
    public Response chart(@PathParam("spaceKey") String spaceKey, @QueryParam("teacher") String teacher,
            @QueryParam("coach") String coach, @QueryParam("type") String type, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return answer(() -> {
            Optional<String> caller = caller();
            DashboardFilter filter = filter(teacher, coach, type, from, to);
            return Response.ok(presenter().chart(dashboard.chart(caller, spaceKey, filter))).build();
        });
    }

    @GET
    @Path("sections/{section}")
    public Response section(@PathParam("spaceKey") String spaceKey, @PathParam("section") String sectionId,
            @QueryParam("teacher") String teacher, @QueryParam("coach") String coach, @QueryParam("type") String type,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @QueryParam("order") String order) {
        return answer(() -> {
            Optional<String> caller = caller();
            DashboardSection section = DashboardSection.byId(sectionId == null ? "" : sectionId)
                    .orElseThrow(() -> new BadParameter("section", "section-unknown", String.valueOf(sectionId),
                            java.util.Arrays.stream(DashboardSection.values()).map(DashboardSection::id).toList()
                                    .toString()));
            DashboardFilter filter = filter(teacher, coach, type, from, to);
            ResultPageRequest page = new ResultPageRequest(number("offset", offset, 0, 0, Integer.MAX_VALUE),
                    number("limit", limit, DEFAULT_ROWS, 1, MAX_ROWS));
            SectionRows rows = dashboard.section(caller, spaceKey, section, filter, newestFirst(order), page);
            return Response.ok(presenter().section(rows, dashboard.coverageWeeks(spaceKey))).build();
        });
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("spaceKey") String spaceKey, @QueryParam("teacher") String teacher,
            @QueryParam("coach") String coach, @QueryParam("type") String type, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("order") String order) {
        return answer(() -> {
            Optional<String> caller = caller();
            DashboardFilter filter = filter(teacher, coach, type, from, to);
            List<SectionRows> lists = dashboard.export(caller, spaceKey, filter, newestFirst(order));
            // A spreadsheet reads ISO days as dates, whatever the reader's language.
            FollowUpDashboardPresenter presenter = presenter(LocalDate::toString);
            DashboardCsv csv = new DashboardCsv();
            int weeks = dashboard.coverageWeeks(spaceKey);
            lists.forEach(list -> csv.section(presenter.section(list, weeks),
                    i18n.getText(FollowUpDashboardPresenter.PREFIX + "column.address")));
            String fileName = "follow-ups-" + spaceKey.replaceAll("[^A-Za-z0-9_-]", "") + ".csv";
            return Response.ok(("\uFEFF" + csv.text()).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .header("X-Content-Type-Options", "nosniff").build();
        });
    }

    private Response answer(Supplier<Response> work) {
        if (userManager.getRemoteUserKey() == null) {
            return RestResponses.unauthorized(i18n);
        }
        try {
            return work.get();
        } catch (DashboardSpaceNotFoundException e) {
            return RestResponses.notFound(i18n);
        } catch (BadParameter e) {
            return RestResponses.badRequest(e.field, i18n.getText(MESSAGES + e.problem, e.facts));
        } catch (DashboardFilterTooBroadException e) {
            return RestResponses.badRequest("filter", i18n.getText(MESSAGES + "too-many-pages",
                    String.valueOf(e.limit())));
        } catch (IllegalArgumentException e) {
            LOG.debug("Dashboard filter refused", e);
            return RestResponses.badRequest("filter", i18n.getText(MESSAGES + "filter-refused"));
        }
    }

    private Optional<String> caller() {
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? Optional.empty() : Optional.of(key.getStringValue());
    }

    private FollowUpDashboardPresenter presenter() {
        return presenter(dates.forReader()::date);
    }

    private FollowUpDashboardPresenter presenter(Function<LocalDate, String> day) {
        return new FollowUpDashboardPresenter(i18n, userManager, pageManager, links, day);
    }

    private DashboardFilter filter(String teacher, String coach, String type, String from, String to) {
        Optional<LocalDate> fromDate = date("from", from);
        Optional<LocalDate> toDate = date("to", to);
        if (fromDate.isPresent() && toDate.isPresent() && toDate.get().isBefore(fromDate.get())) {
            throw new BadParameter("to", "range-reversed", toDate.get().toString(),
                    fromDate.get().toString());
        }
        return new DashboardFilter(person("teacher", teacher), person("coach", coach), types(type), fromDate, toDate);
    }

    private Optional<String> person(String field, String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        UserReference reference;
        try {
            reference = new UserReference(username.trim());
        } catch (IllegalArgumentException e) {
            throw new BadParameter(field, "user-unknown", username.trim());
        }
        return Optional.of(users.find(reference).map(KnownUser::userKey)
                .orElseThrow(() -> new BadParameter(field, "user-unknown", username.trim())));
    }

    private static Set<ConversationType> types(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<ConversationType> types = EnumSet.noneOf(ConversationType.class);
        for (String id : value.split(",")) {
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            types.add(java.util.Arrays.stream(ConversationType.values()).filter(t -> t.id().equals(wanted))
                    .findFirst().orElseThrow(() -> new BadParameter("type", "type-unknown", id.trim(),
                            java.util.Arrays.stream(ConversationType.values()).map(ConversationType::id).toList()
                                    .toString())));
        }
        return types;
    }

    private static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new BadParameter(field, "not-a-date", value.trim());
        }
    }

    private static int number(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw new BadParameter(field, "number-out-of-range", field, String.valueOf(min),
                        String.valueOf(max));
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadParameter(field, "number-not-whole", field);
        }
    }

    private static boolean newestFirst(String order) {
        if (order == null || order.isBlank() || order.equals("oldest")) {
            return false;
        }
        if (order.equals("newest")) {
            return true;
        }
        throw new BadParameter("order", "order-unknown");
    }

    /** A query parameter that cannot be used: the field, the message key after {@link #MESSAGES}, its facts. */
    private static final class BadParameter extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final String problem;
        private final String[] facts;

        BadParameter(String field, String problem, String... facts) {
            super(field + ": " + problem);
            this.field = field;
            this.problem = problem;
            this.facts = facts;
        }
    }
}
