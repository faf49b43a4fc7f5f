package org.coachingconversations.confluence.rest;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.application.actionstep.EditActionSteps;
import org.coachingconversations.domain.actionstep.ActionStepForm;

/**
 * A page's action steps: {@code GET} lists them for a caller who may view the page, {@code POST} adds one for a
 * caller who may edit it. See docs/rest-api.md.
 */
@Path("/pages/{pageId}/action-steps")
@UnlicensedSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class PageActionStepsResource {

    private final EditActionSteps editActionSteps;
    private final ActionStepViews views;
    private final ActionStepAnswers answers;

    public PageActionStepsResource(EditActionSteps editActionSteps, UserManager userManager,
            I18nResolver i18nResolver, ApplicationProperties applicationProperties, ReaderDates dates) {
        this.editActionSteps = editActionSteps;
        this.views = new ActionStepViews(i18nResolver, userManager, applicationProperties, dates);
        this.answers = new ActionStepAnswers(userManager, views, i18nResolver, dates);
    }

    @GET
    public Response list(@PathParam("pageId") String pageId) {
        return answers.answer(pageId, (caller, id) -> Response.ok(views.steps(editActionSteps.list(caller, id)))
                .build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("pageId") String pageId, byte[] body, @Context Providers providers) {
        return answers.answer(pageId, (caller, id) -> {
            ActionStepsJson.NewStep step = new JsonBodies(providers).read(body, ActionStepsJson.NewStep.class)
                    .orElseGet(() -> new ActionStepsJson.NewStep(null, null, null, null));
            return Response.status(Response.Status.CREATED).entity(views.step(editActionSteps.add(caller, id,
                    new ActionStepForm(step.text(), step.owner(), step.role(), step.dueOn())))).build();
        });
    }
}
