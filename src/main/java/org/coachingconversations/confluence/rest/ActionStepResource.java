package org.coachingconversations.confluence.rest;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.application.actionstep.EditActionSteps;
import org.coachingconversations.domain.actionstep.ActionStepForm;

/**
 * One action step: replace its details, change its status, delete it, each at the version the caller saw, by a
 * caller who may edit its page or owns the step. See docs/rest-api.md.
 */
@Path("/action-steps/{stepId}")
@UnlicensedSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class ActionStepResource {

    private final EditActionSteps editActionSteps;
    private final ActionStepViews views;
    private final ActionStepAnswers answers;

    public ActionStepResource(EditActionSteps editActionSteps, UserManager userManager, I18nResolver i18nResolver,
            ApplicationProperties applicationProperties, ReaderDates dates) {
        this.editActionSteps = editActionSteps;
        this.views = new ActionStepViews(i18nResolver, userManager, applicationProperties, dates);
        this.answers = new ActionStepAnswers(userManager, views, i18nResolver, dates);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("stepId") String stepId, byte[] body, @Context Providers providers) {
        return answers.answer(stepId, (caller, id) -> {
            ActionStepsJson.StepChange change = new JsonBodies(providers).read(body, ActionStepsJson.StepChange.class)
                    .orElseGet(() -> new ActionStepsJson.StepChange(null, null, null, null, null));
            return Response.ok(views.step(editActionSteps.update(caller, id, change.version(),
                    new ActionStepForm(change.text(), change.owner(), change.role(), change.dueOn())))).build();
        });
    }

    @PUT
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeStatus(@PathParam("stepId") String stepId, byte[] body, @Context Providers providers) {
        return answers.answer(stepId, (caller, id) -> {
            ActionStepsJson.StatusChange change = new JsonBodies(providers)
                    .read(body, ActionStepsJson.StatusChange.class)
                    .orElseGet(() -> new ActionStepsJson.StatusChange(null, null));
            return Response.ok(views.step(editActionSteps.changeStatus(caller, id, change.version(),
                    change.status()))).build();
        });
    }

    @DELETE
    public Response delete(@PathParam("stepId") String stepId, @QueryParam("version") String version) {
        return answers.answer(stepId, (caller, id) -> {
            editActionSteps.delete(caller, id, version);
            return Response.noContent().build();
        });
    }
}
