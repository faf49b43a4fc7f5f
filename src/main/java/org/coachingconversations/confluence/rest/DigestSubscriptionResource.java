package org.coachingconversations.confluence.rest;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coachingconversations.application.digest.ChangeDigestSubscription;

/**
 * The caller's own overdue digest choice: {@code GET} and {@code PUT /digest-subscription} (docs/rest-api.md). There
 * is no way to name another person: the caller is SAL's remote user, and nobody else's choice is read or changed.
 */
@Path("/digest-subscription")
@UnlicensedSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class DigestSubscriptionResource {

    static final String FIELD = "receivesDigests";
    private static final Pattern BODY = Pattern.compile("\\A\\s*\\{\\s*\"" + FIELD + "\"\\s*:\\s*(true|false)\\s*}\\s*\\z");

    private final UserManager userManager;
    private final ChangeDigestSubscription subscription;

    private final I18nResolver i18n;

    public DigestSubscriptionResource(UserManager userManager, ChangeDigestSubscription subscription,
            I18nResolver i18n) {
        this.userManager = userManager;
        this.subscription = subscription;
        this.i18n = i18n;
    }

    /** The caller's choice as JSON: {@code {"receivesDigests": true}}. */
    public record SubscriptionJson(boolean receivesDigests) {
    }

    @GET
    public Response get() {
        UserKey caller = userManager.getRemoteUserKey();
        if (caller == null) {
            return RestResponses.unauthorized(i18n);
        }
        return Response.ok(new SubscriptionJson(subscription.receivesDigests(caller.getStringValue()))).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(String body) {
        UserKey caller = userManager.getRemoteUserKey();
        if (caller == null) {
            return RestResponses.unauthorized(i18n);
        }
        Matcher matcher = BODY.matcher(body == null ? "" : body);
        if (!matcher.matches()) {
            return RestResponses.badRequest(FIELD, i18n.getText("coaching.messages.digest.body"));
        }
        boolean receives = subscription.change(caller.getStringValue(), Boolean.parseBoolean(matcher.group(1)));
        return Response.ok(new SubscriptionJson(receives)).build();
    }
}
