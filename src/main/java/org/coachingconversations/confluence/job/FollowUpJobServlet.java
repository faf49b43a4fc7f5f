package org.coachingconversations.confluence.job;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.application.followup.RunDailyFollowUp;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.application.followup.ShowFollowUpRuns;
import org.coachingconversations.domain.job.FollowUpRun;

/**
 * The job's status page for Confluence administrators, a servlet module at {@value #PATH} linked from the
 * administration console: the latest runs and "Run now", which runs the same use case as the scheduler under the
 * same cluster lock. Everyone else is refused with 403; administrators work in a secure administrator session
 * (websudo), and "Run now" is a POST carrying the form's XSRF token (403 without it). After a run the page
 * redirects to itself, so reloading does not run the job again.
 */
public class FollowUpJobServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/plugins/servlet/coaching/admin/follow-up-job";
    static final String TEMPLATE = "job/follow-up-job.vm";
    /** The schedule the descriptor's job-config declares; Scheduled Jobs shows the one in effect. */
    static final String DEFAULT_CRON = "0 0 6 * * ?";

    private final transient UserManager userManager;
    private final transient WebSudoManager webSudoManager;
    private final transient XsrfTokenValidator xsrfTokenValidator;
    private final transient XsrfTokenAccessor xsrfTokenAccessor;
    private final transient TemplateRenderer templateRenderer;
    private final transient I18nResolver i18n;
    private final transient ApplicationProperties applicationProperties;
    private final transient TimeZoneManager timeZoneManager;
    private final transient RunDailyFollowUp dailyFollowUp;
    private final transient ShowFollowUpRuns runs;
    private final transient ReaderDates dates;

    public FollowUpJobServlet(UserManager userManager, WebSudoManager webSudoManager,
            XsrfTokenValidator xsrfTokenValidator, XsrfTokenAccessor xsrfTokenAccessor,
            TemplateRenderer templateRenderer, I18nResolver i18nResolver, ApplicationProperties applicationProperties,
            TimeZoneManager timeZoneManager, RunDailyFollowUp dailyFollowUp, ShowFollowUpRuns runs,
            ReaderDates dates) {
        this.dates = dates;
        this.userManager = userManager;
        this.webSudoManager = webSudoManager;
        this.xsrfTokenValidator = xsrfTokenValidator;
        this.xsrfTokenAccessor = xsrfTokenAccessor;
        this.templateRenderer = templateRenderer;
        this.i18n = i18nResolver;
        this.applicationProperties = applicationProperties;
        this.timeZoneManager = timeZoneManager;
        this.dailyFollowUp = dailyFollowUp;
        this.runs = runs;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (administrator(request, response).isEmpty()) {
            return;
        }
        String message = "";
        String ran = request.getParameter("ran");
        if (ran != null && ran.matches("[0-9]{1,18}")) {
            message = runs.latest().stream().filter(run -> run.id() == Long.parseLong(ran)).findFirst()
                    .map(run -> i18n.getText("coaching.jobstatus.ran", run.id(), run.stepsFlagged(),
                            run.digestsQueued()))
                    .orElse("");
        } else if (request.getParameter("busy") != null) {
            message = i18n.getText("coaching.jobstatus.running");
        }
        render(request, response, message);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserKey> administrator = administrator(request, response);
        if (administrator.isEmpty()) {
            return;
        }
        if (!xsrfTokenValidator.validateFormEncodedToken(request)) {
            refuse(response, i18n.getText("coaching.jobstatus.xsrf"));
            return;
        }
        Optional<FollowUpRun> run = dailyFollowUp.run(administrator.get().getStringValue());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", baseUrl() + PATH
                + run.map(done -> "?ran=" + done.id()).orElse("?busy=1"));
    }

    /**
     * The signed-in Confluence administrator in a secure administrator session; otherwise answers the request
     * (403, or the host's password prompt) and returns empty.
     */
    private Optional<UserKey> administrator(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        UserKey caller = userManager.getRemoteUserKey();
        if (caller == null || !userManager.isAdmin(caller)) {
            refuse(response, i18n.getText("coaching.jobstatus.refused"));
            return Optional.empty();
        }
        if (!webSudoManager.canExecuteRequest(request)) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return Optional.empty();
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return Optional.empty();
        }
        return Optional.of(caller);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        ZoneId zone = timeZoneManager.getDefaultTimeZone().toZoneId();
        List<FollowUpJobView.Run> rows = runs.latest().stream().map(run -> new FollowUpJobView.Run(run.id(),
                when(run.startedAt(), zone), run.finishedAt().map(at -> when(at, zone)).orElse(""), trigger(run),
                run.state().name().toLowerCase(Locale.ROOT), i18n.getText("coaching.jobstatus.state." + run.state()),
                run.stepsFlagged(), run.digestsQueued(), run.errors())).toList();
        FollowUpJobView view = new FollowUpJobView(i18n.getText("coaching.jobstatus.title"),
                i18n.getText("coaching.jobstatus.introduction"),
                i18n.getText("coaching.jobstatus.schedule", DEFAULT_CRON, i18n.getText("coaching.job.name")),
                message, baseUrl() + PATH, xsrfTokenAccessor.getXsrfToken(request, response, true),
                i18n.getText("coaching.jobstatus.run-now"), i18n.getText("coaching.jobstatus.no-runs"),
                List.of(i18n.getText("coaching.jobstatus.started"), i18n.getText("coaching.jobstatus.finished"),
                        i18n.getText("coaching.jobstatus.trigger"), i18n.getText("coaching.jobstatus.state"),
                        i18n.getText("coaching.jobstatus.flagged"), i18n.getText("coaching.jobstatus.queued"),
                        i18n.getText("coaching.jobstatus.errors")),
                rows);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        templateRenderer.render(TEMPLATE, Map.of("job", view), response.getWriter());
    }

    private String trigger(FollowUpRun run) {
        if (run.scheduled()) {
            return i18n.getText("coaching.jobstatus.scheduled");
        }
        UserProfile profile = userManager.getUserProfile(new UserKey(run.trigger()));
        return profile == null ? run.trigger() : profile.getFullName();
    }

    /** In the site's zone, named, as the administrator reads dates. */
    private String when(Instant instant, ZoneId zone) {
        return dates.moment(instant, zone);
    }

    private String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        return base == null ? "" : base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
