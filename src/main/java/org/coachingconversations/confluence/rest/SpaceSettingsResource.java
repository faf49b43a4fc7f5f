package org.coachingconversations.confluence.rest;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.application.settings.EditSpaceSettings;
import org.coachingconversations.application.settings.SpaceSettingsNotFoundException;
import org.coachingconversations.confluence.settings.SettingsProblemMessages;
import org.coachingconversations.domain.settings.InvalidSpaceSettingsException;
import org.coachingconversations.domain.settings.SettingsProblem;

/**
 * A space's settings for its administrators: {@code GET}/{@code PUT /spaces/{spaceKey}/settings} and the
 * leaders-group picker's {@code GET /spaces/{spaceKey}/groups?query=} (docs/rest-api.md). Anyone who does not
 * administer the space gets the same 404 as for a space that does not exist, before the body is read.
 */
@Path("/spaces/{spaceKey}")
@UnlicensedSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class SpaceSettingsResource {

    /**
     * Longer than any space key Confluence stores (site spaces are letters and digits, personal ones {@code ~} and a
     * user name); such a key names no space, and is not even looked up.
     */
    private static final String SPACE_KEY = "[^/\\p{Cntrl}]{1,255}";

    private final EditSpaceSettings edit;
    private final UserManager userManager;
    private final I18nResolver i18n;

    public SpaceSettingsResource(EditSpaceSettings edit, UserManager userManager, I18nResolver i18n) {
        this.edit = edit;
        this.userManager = userManager;
        this.i18n = i18n;
    }

    @GET
    @Path("/settings")
    public Response get(@PathParam("spaceKey") String spaceKey) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return RestResponses.unauthorized(i18n);
        }
        if (!spaceKey.matches(SPACE_KEY)) {
            return RestResponses.notFound(i18n);
        }
        try {
            return Response.ok(SpaceSettingsJson.of(edit.show(caller, spaceKey))).build();
        } catch (SpaceSettingsNotFoundException e) {
            return RestResponses.notFound(i18n);
        }
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("spaceKey") String spaceKey, byte[] body, @Context Providers providers) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return RestResponses.unauthorized(i18n);
        }
        if (!spaceKey.matches(SPACE_KEY)) {
            return RestResponses.notFound(i18n);
        }
        try {
            // Whether the caller administers the space is settled before the body is read, so that someone who
            // does not learns nothing from the answer to a bad body.
            edit.show(caller, spaceKey);
            Optional<SpaceSettingsJson> request = new JsonBodies(providers).read(body, SpaceSettingsJson.class);
            if (request.isEmpty()) {
                return RestResponses.badRequest(JsonBodies.BODY, i18n.getText("coaching.messages.settings.body"));
            }
            EditSpaceSettings.SavedSettings saved = edit.save(caller, spaceKey, request.get().input());
            return Response.ok(new SavedJson(SpaceSettingsJson.of(saved.settings()),
                    saved.recomputedCycleRecords())).build();
        } catch (SpaceSettingsNotFoundException e) {
            return RestResponses.notFound(i18n);
        } catch (JsonBodies.MalformedBodyException e) {
            return RestResponses.badRequest(JsonBodies.BODY, i18n.getText(JsonBodies.MALFORMED_KEY));
        } catch (InvalidSpaceSettingsException e) {
            return invalid(e);
        }
    }

    @GET
    @Path("/groups")
    public Response groups(@PathParam("spaceKey") String spaceKey, @QueryParam("query") String query) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return RestResponses.unauthorized(i18n);
        }
        if (!spaceKey.matches(SPACE_KEY)) {
            return RestResponses.notFound(i18n);
        }
        try {
            return Response.ok(new GroupsJson(edit.findGroups(caller, spaceKey, query))).build();
        } catch (SpaceSettingsNotFoundException e) {
            return RestResponses.notFound(i18n);
        }
    }

    /** 400 naming the first field to fix, with every problem so that the page can show each beside its field. */
    private Response invalid(InvalidSpaceSettingsException invalid) {
        SettingsProblemMessages messages = new SettingsProblemMessages(i18n);
        List<ProblemJson> problems = invalid.problems().stream()
                .map(problem -> new ProblemJson(SpaceSettingsJson.field(problem.setting()), problem.rule().id(),
                        messages.message(problem), messages.text(problem)))
                .toList();
        SettingsProblem first = invalid.problems().get(0);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new InvalidSettingsJson(400, messages.summary(invalid),
                        SpaceSettingsJson.field(first.setting()), problems))
                .build();
    }

    private Optional<String> caller() {
        return Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
    }

    /** The settings as saved, and how many Cycle Records had their post-conference window recomputed. */
    public record SavedJson(SpaceSettingsJson settings, int recomputedCycleRecords) {
    }

    /** Group names for the leaders-group picker, sorted, at most {@link EditSpaceSettings#MAX_GROUPS}. */
    public record GroupsJson(List<String> groups) {
    }

    /**
     * The 400 of a save with wrong values: the app's error shape ({@code status}, {@code message}, {@code field}: the
     * first field to fix) and every problem.
     */
    public record InvalidSettingsJson(int status, String message, String field, List<ProblemJson> problems) {
    }

    /**
     * @param code the rule the value breaks, stable across languages (docs/rest-api.md)
     * @param message what is wrong with the field, in the caller's language; {@code text} the same, prefixed with the
     *     setting's name
     */
    public record ProblemJson(String field, String code, String message, String text) {
    }
}
