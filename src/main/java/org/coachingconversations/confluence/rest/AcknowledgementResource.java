package org.coachingconversations.confluence.rest;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.coachingconversations.application.cyclerecord.AcknowledgeCycleRecord;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.application.cyclerecord.AcknowledgementStatus;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.acknowledgement.AcknowledgementRefusedException;
import org.coachingconversations.domain.acknowledgement.AcknowledgementStore;
import org.coachingconversations.domain.acknowledgement.InvalidAcknowledgementException;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.cyclerecord.FinalizationRefusedException;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.text.TextRules;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;

/**
 * The teacher's answer to a Cycle Record (seed 003) over REST: read it, give or change it, and the observer's
 * finalization that opens it. Parses the request, makes one {@link AcknowledgeCycleRecord} call, and answers with
 * {@link AcknowledgementJson} or a {@link RestResponses} error; who may do what is decided by the use case and the
 * domain from the facts this app stored for the page.
 */
@Path("/pages/{pageId}/acknowledgement")
@UnlicensedSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class AcknowledgementResource {

    private final UserManager userManager;
    private final AcknowledgeCycleRecord acknowledgements;
    private final AcknowledgementPresenter presenter;
    private final I18nResolver i18n;

    public AcknowledgementResource(UserManager userManager, I18nResolver i18nResolver,
            ApplicationProperties applicationProperties, CycleRecordStore cycleRecords,
            AcknowledgementStore acknowledgementStore, SpaceSettingsStore spaceSettings,
            PagePermissions pagePermissions, ReaderDates dates) {
        this(userManager, new AcknowledgeCycleRecord(cycleRecords, acknowledgementStore, spaceSettings,
                pagePermissions, Clock.systemUTC()),
                new AcknowledgementPresenter(userManager, i18nResolver, applicationProperties, dates), i18nResolver);
    }

    AcknowledgementResource(UserManager userManager, AcknowledgeCycleRecord acknowledgements,
            AcknowledgementPresenter presenter, I18nResolver i18n) {
        this.i18n = i18n;
        this.userManager = userManager;
        this.acknowledgements = acknowledgements;
        this.presenter = presenter;
    }

    @GET
    public Response get(@PathParam("pageId") String pageId) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return RestResponses.unauthorized(i18n);
        }
        OptionalLong page = pageId(pageId);
        if (page.isEmpty()) {
            return RestResponses.notFound(i18n);
        }
        return ok(acknowledgements.show(page.getAsLong(), caller));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("pageId") String pageId, byte[] body, @Context Providers providers) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return RestResponses.unauthorized(i18n);
        }
        OptionalLong page = pageId(pageId);
        if (page.isEmpty()) {
            return RestResponses.notFound(i18n);
        }
        AcknowledgementJson.AnswerRequest request;
        try {
            request = new JsonBodies(providers).read(body, AcknowledgementJson.AnswerRequest.class).orElse(null);
        } catch (JsonBodies.MalformedBodyException malformed) {
            return RestResponses.badRequest(JsonBodies.BODY, i18n.getText(JsonBodies.MALFORMED_KEY));
        }
        if (request == null) {
            return RestResponses.badRequest("kind", presenter.text("error.kind"));
        }
        Optional<AcknowledgementKind> kind = kind(request.kind());
        if (kind.isEmpty()) {
            return RestResponses.badRequest("kind", presenter.text("error.kind"));
        }
        if (request.version() != null && request.version() < 0) {
            return RestResponses.badRequest("version", presenter.text("error.version"));
        }
        OptionalLong version = request.version() == null ? OptionalLong.empty() : OptionalLong.of(request.version());
        long id = page.getAsLong();
        try {
            return ok(acknowledgements.answer(id, caller, kind.get(), request.text(), version));
        } catch (InvalidAcknowledgementException e) {
            return RestResponses.badRequest("text", textProblem(e.problem(), request.text()));
        } catch (AcknowledgementRefusedException e) {
            return answerRefused(id, caller, e);
        } catch (ConcurrentUpdateException e) {
            return conflict(id, caller, current -> current.answer() == null
                    ? presenter.text("conflict.record", current.stageMessage())
                    : presenter.text("conflict.answered", current.answer().by().displayName(),
                            current.answer().kindLabel(), current.answer().atLabel()));
        }
    }

    @PUT
    @Path("/finalization")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response finalizeRecord(@PathParam("pageId") String pageId, byte[] body,
            @Context Providers providers) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return RestResponses.unauthorized(i18n);
        }
        OptionalLong page = pageId(pageId);
        if (page.isEmpty()) {
            return RestResponses.notFound(i18n);
        }
        AcknowledgementJson.FinalizationRequest request;
        try {
            request = new JsonBodies(providers).read(body, AcknowledgementJson.FinalizationRequest.class).orElse(null);
        } catch (JsonBodies.MalformedBodyException malformed) {
            return RestResponses.badRequest(JsonBodies.BODY, i18n.getText(JsonBodies.MALFORMED_KEY));
        }
        if (request == null || request.version() == null || request.version() < 0) {
            return RestResponses.badRequest("version", presenter.text("error.version"));
        }
        long id = page.getAsLong();
        try {
            return ok(acknowledgements.markFinalized(id, caller, request.version()));
        } catch (FinalizationRefusedException e) {
            if (e.reason() == FinalizationRefusedException.Reason.NOT_THE_OBSERVER) {
                return forbidden(id, caller, status -> presenter.text("error.not-observer",
                        status.observer().displayName()));
            }
            if (e.reason() == FinalizationRefusedException.Reason.CONFERENCE_NOT_HELD) {
                return conflict(id, caller, current -> presenter.text("error.conference-not-held"));
            }
            return conflict(id, caller, current -> finalizationConflict(current));
        } catch (ConcurrentUpdateException e) {
            return conflict(id, caller, current -> finalizationConflict(current));
        }
    }

    private String finalizationConflict(AcknowledgementJson.Status current) {
        return current.finalizedOn() == null
                ? presenter.text("conflict.record", current.stageMessage())
                : presenter.text("conflict.finalized", current.observer().displayName(),
                        presenter.date(LocalDate.parse(current.finalizedOn())));
    }

    private Response answerRefused(long pageId, Optional<String> caller, AcknowledgementRefusedException e) {
        return switch (e.reason()) {
            case NOT_THE_TEACHER -> forbidden(pageId, caller, status -> presenter.text("error.not-teacher",
                    status.teacher().displayName()));
            case NOT_FINALIZED -> conflict(pageId, caller, status -> presenter.text("error.not-finalized",
                    status.observer().displayName()));
            case ALREADY_ACKNOWLEDGED -> conflict(pageId, caller, status -> presenter.text(
                    "error.already-acknowledged", status.teacher().displayName(),
                    status.answer() == null ? "" : status.answer().atLabel()));
        };
    }

    private Response forbidden(long pageId, Optional<String> caller,
            Function<AcknowledgementJson.Status, String> message) {
        return current(pageId, caller).map(status -> RestResponses.forbidden(message.apply(status)))
                .orElseGet(() -> RestResponses.notFound(i18n));
    }

    /** A 409 with the record as it is now; a 404 if it went away (trashed, restricted) in between. */
    private Response conflict(long pageId, Optional<String> caller,
            Function<AcknowledgementJson.Status, String> message) {
        return current(pageId, caller).map(status -> RestResponses.conflict(message.apply(status), status))
                .orElseGet(() -> RestResponses.notFound(i18n));
    }

    private Optional<AcknowledgementJson.Status> current(long pageId, Optional<String> caller) {
        return acknowledgements.show(pageId, caller).map(presenter::status);
    }

    private String textProblem(Acknowledgement.InputProblem problem, String text) {
        return switch (problem) {
            case OBJECTION_WITHOUT_TEXT -> presenter.text("error.text-required");
            case TEXT_TOO_LONG -> presenter.text("error.text-too-long", TextRules.length(text.strip()),
                    Acknowledgement.MAX_ADDITIONAL_INFORMATION_LENGTH);
            case CONTROL_CHARACTER -> presenter.text("error.text-control");
        };
    }

    private Response ok(Optional<AcknowledgementStatus> status) {
        return status.map(found -> Response.ok(presenter.status(found), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> RestResponses.notFound(i18n));
    }

    private Optional<String> caller() {
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? Optional.empty() : Optional.of(key.getStringValue());
    }

    /** A page id that is not a positive number names no page: the same 404 as any other. */
    private static OptionalLong pageId(String value) {
        try {
            long id = Long.parseLong(value);
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static Optional<AcknowledgementKind> kind(String id) {
        if ("received".equals(id)) {
            return Optional.of(AcknowledgementKind.ACKNOWLEDGED);
        }
        if ("objection".equals(id)) {
            return Optional.of(AcknowledgementKind.OBJECTED);
        }
        return Optional.empty();
    }
}
