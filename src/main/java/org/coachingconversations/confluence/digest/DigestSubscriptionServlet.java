package org.coachingconversations.confluence.digest;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.coachingconversations.application.digest.ChangeDigestSubscription;
import org.coachingconversations.platform.ConfluenceDigestMail;

/**
 * The page where a signed-in person switches their own overdue digests off or on, a servlet module at
 * {@link ConfluenceDigestMail#SUBSCRIPTION_PATH}: every digest links to it, and the user menu has an item for it. It
 * only ever reads and changes the caller's own choice. The change is a POST carrying the form's XSRF token (403
 * without it); a visitor who is not signed in gets 401.
 */
public class DigestSubscriptionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String TEMPLATE = "digest/digest-subscription.vm";

    private final transient UserManager userManager;
    private final transient XsrfTokenValidator xsrfTokenValidator;
    private final transient XsrfTokenAccessor xsrfTokenAccessor;
    private final transient TemplateRenderer templateRenderer;
    private final transient I18nResolver i18n;
    private final transient ApplicationProperties applicationProperties;
    private final transient ChangeDigestSubscription subscription;

    public DigestSubscriptionServlet(UserManager userManager, XsrfTokenValidator xsrfTokenValidator,
            XsrfTokenAccessor xsrfTokenAccessor, TemplateRenderer templateRenderer, I18nResolver i18nResolver,
            ApplicationProperties applicationProperties, ChangeDigestSubscription subscription) {
        this.userManager = userManager;
        this.xsrfTokenValidator = xsrfTokenValidator;
        this.xsrfTokenAccessor = xsrfTokenAccessor;
        this.templateRenderer = templateRenderer;
        this.i18n = i18nResolver;
        this.applicationProperties = applicationProperties;
        this.subscription = subscription;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey caller = userManager.getRemoteUserKey();
        if (caller == null) {
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, i18n.getText("coaching.messages.rest.unauthorized"));
            return;
        }
        boolean receiving = subscription.receivesDigests(caller.getStringValue());
        String message = request.getParameter("saved") != null ? i18n.getText("coaching.subscription.saved") : "";
        DigestSubscriptionView view = new DigestSubscriptionView(i18n.getText("coaching.subscription.title"),
                i18n.getText(receiving ? "coaching.subscription.on" : "coaching.subscription.off"), receiving,
                i18n.getText(receiving ? "coaching.subscription.switch-off" : "coaching.subscription.switch-on"),
                message, baseUrl() + ConfluenceDigestMail.SUBSCRIPTION_PATH,
                xsrfTokenAccessor.getXsrfToken(request, response, true));
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        templateRenderer.render(TEMPLATE, Map.of("subscription", view), response.getWriter());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey caller = userManager.getRemoteUserKey();
        if (caller == null) {
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, i18n.getText("coaching.messages.rest.unauthorized"));
            return;
        }
        if (!xsrfTokenValidator.validateFormEncodedToken(request)) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, i18n.getText("coaching.messages.digest.xsrf"));
            return;
        }
        String choice = request.getParameter("digests");
        if (!"on".equals(choice) && !"off".equals(choice)) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, i18n.getText("coaching.messages.digest.form"));
            return;
        }
        subscription.change(caller.getStringValue(), "on".equals(choice));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", baseUrl() + ConfluenceDigestMail.SUBSCRIPTION_PATH + "?saved=1");
    }

    private String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        return base == null ? "" : base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
