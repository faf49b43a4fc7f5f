package org.coachingconversations.confluence.rest;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.coachingconversations.application.calendar.CalendarDownloads;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

/**
 * "Add to calendar": a page's dates as iCalendar files to download. Parses the address, makes one
 * {@link CalendarDownloads} call and answers with the file, or with the 404 of {@link RestResponses} when the caller
 * may not view the page, or the page or step does not exist or has no such date.
 */
@Path("/calendar")
@UnlicensedSiteAccess
public class CalendarResource {

    static final String CALENDAR_TYPE = "text/calendar; charset=utf-8";
    private static final String PREFIX = "coaching.calendar.";

    private final UserManager userManager;
    private final CalendarDownloads downloads;
    private final I18nResolver i18n;

    public CalendarResource(UserManager userManager, I18nResolver i18nResolver,
            ApplicationProperties applicationProperties, PagePermissions pagePermissions,
            ConversationStore conversations, CycleRecordStore cycleRecords, ActionStepStore actionSteps,
            SpaceSettingsStore spaceSettings) {
        this(userManager, i18nResolver, new CalendarDownloads(pagePermissions, conversations, cycleRecords,
                actionSteps, spaceSettings, links(applicationProperties), Clock.systemUTC()));
    }

    CalendarResource(UserManager userManager, I18nResolver i18nResolver, CalendarDownloads downloads) {
        this.userManager = userManager;
        this.i18n = i18nResolver;
        this.downloads = downloads;
    }

    @GET
    @Path("pages/{pageId}/next-conversation.ics")
    public Response nextConversation(@PathParam("pageId") String pageId) {
        return answer(pageId, "next-conversation",
                (id, caller) -> downloads.nextConversation(id, caller, labels()));
    }

    @GET
    @Path("pages/{pageId}/post-conference.ics")
    public Response postConference(@PathParam("pageId") String pageId) {
        return answer(pageId, "post-conference", (id, caller) -> downloads.postConference(id, caller, labels()));
    }

    @GET
    @Path("pages/{pageId}/finalization.ics")
    public Response finalization(@PathParam("pageId") String pageId) {
        return answer(pageId, "finalization", (id, caller) -> downloads.finalization(id, caller, labels()));
    }

    @GET
    @Path("action-steps/{stepId}.ics")
    public Response actionStep(@PathParam("stepId") String stepId) {
        return answer(stepId, "action-step", (id, caller) -> downloads.actionStep(id, caller, labels()));
    }

    private interface Download {
        Optional<String> file(long id, Optional<String> caller);
    }

    private Response answer(String rawId, String fileKind, Download download) {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            return RestResponses.unauthorized(i18n);
        }
        OptionalLong id = id(rawId);
        if (id.isEmpty()) {
            return RestResponses.notFound(i18n);
        }
        Optional<String> file = download.file(id.getAsLong(), Optional.of(user.getStringValue()));
        if (file.isEmpty()) {
            return RestResponses.notFound(i18n);
        }
        String fileName = "coaching-" + fileKind + "-" + id.getAsLong() + ".ics";
        return Response.ok(file.get(), CALENDAR_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private CalendarDownloads.Labels labels() {
        return new CalendarDownloads.Labels() {
            @Override
            public String nextConversation() {
                return i18n.getText(PREFIX + "next-conversation");
            }

            @Override
            public String postConference() {
                return i18n.getText(PREFIX + "post-conference");
            }

            @Override
            public String finalizationDeadline() {
                return i18n.getText(PREFIX + "finalization");
            }

            @Override
            public String actionStepDue(String stepDescription) {
                return i18n.getText(PREFIX + "action-step", stepDescription);
            }
        };
    }

    private static OptionalLong id(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw));
    }

    /** Links in a calendar leave the site, so they are absolute: the site's canonical base URL. */
    static CalendarDownloads.PageLinks links(ApplicationProperties applicationProperties) {
        return new CalendarDownloads.PageLinks() {
            @Override
            public String pageUrl(long pageId) {
                return base() + "/pages/viewpage.action?pageId=" + pageId;
            }

            @Override
            public String siteId() {
                try {
                    String host = URI.create(base()).getHost();
                    return host == null || host.isEmpty() ? "confluence" : host;
                } catch (IllegalArgumentException notAUri) {
                    return "confluence";
                }
            }

            private String base() {
                String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
                base = base == null ? "" : base;
                return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            }
        };
    }
}
