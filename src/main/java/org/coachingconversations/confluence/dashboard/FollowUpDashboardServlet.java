package org.coachingconversations.confluence.dashboard;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.application.dashboard.ShowFollowUpDashboard;
import org.coachingconversations.platform.SiteLinks;

/**
 * The space's follow-up dashboard page, {@code /plugins/servlet/coaching/follow-ups?spaceKey=KEY}, linked from the
 * space sidebar. It renders the frame with the filter form; the page's script reads the lists through the REST API.
 * A space the viewer may not view, and a visitor who is not signed in, get "not found", as for a space that does not
 * exist.
 */
public class FollowUpDashboardServlet extends HttpServlet {

    static final String PAGE_TEMPLATE = "dashboard/follow-up-dashboard-page.vm";
    static final String DASHBOARD_TEMPLATE = "dashboard/follow-up-dashboard.vm";

    private final transient ShowFollowUpDashboard dashboard;
    private final transient UserManager userManager;
    private final transient TemplateRenderer renderer;
    private final transient I18nResolver i18n;
    private final transient SiteLinks links;
    private final transient FollowUpDashboardViews views;

    public FollowUpDashboardServlet(ShowFollowUpDashboard dashboard, UserManager userManager,
            TemplateRenderer templateRenderer, I18nResolver i18nResolver, ApplicationProperties applicationProperties) {
        this.dashboard = dashboard;
        this.userManager = userManager;
        this.renderer = templateRenderer;
        this.i18n = i18nResolver;
        this.links = new SiteLinks(applicationProperties);
        this.views = new FollowUpDashboardViews(i18nResolver);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String spaceKey = request.getParameter("spaceKey");
        UserKey caller = userManager.getRemoteUserKey();
        if (caller == null || spaceKey == null || !spaceKey.matches("[A-Za-z0-9_~-]{1,255}")
                || !dashboard.isShown(Optional.of(caller.getStringValue()), spaceKey)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        PrintWriter out = response.getWriter();
        String title = i18n.getText("coaching.dashboard.space-title", spaceKey);
        renderer.render(PAGE_TEMPLATE, Map.of("title", title), out);
        renderer.render(DASHBOARD_TEMPLATE, Map.of("view", views.view(links.baseUrl(),
                i18n.getText("coaching.dashboard.title"), List.of(spaceKey), "", "", "", "", true)), out);
        out.write("</body>\n</html>\n");
        out.flush();
    }
}
