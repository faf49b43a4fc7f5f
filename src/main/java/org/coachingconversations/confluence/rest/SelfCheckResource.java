package org.coachingconversations.confluence.rest;

import org.coachingconversations.platform.SiteLinks;
import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.application.quality.RecordSelfCheck;
import org.coachingconversations.application.quality.SelfCheckNotFoundException;
import org.coachingconversations.application.quality.SelfCheckSheet;
import org.coachingconversations.application.quality.ShowSelfCheck;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.confluence.macro.SelfCheckMacro;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.quality.InvalidSelfCheckException;
import org.coachingconversations.domain.quality.NoteProblem;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.quality.SelfCheckRefusedException;
import org.coachingconversations.domain.quality.SelfCheckStore;
import org.coachingconversations.domain.quality.SelfCheckVersionException;
import org.coachingconversations.domain.quality.UnknownQualityException;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * A page's conversation-quality self-check: {@code GET} and {@code PUT /pages/{pageId}/self-check} (docs/rest-api.md).
 * The caller is SAL's remote user; {@link ShowSelfCheck} and {@link RecordSelfCheck} check that the caller may view the
 * page (else 404, the same as no page) and, for a save, may save it (else 403), before anything of the page is read.
 */
@Path("/pages/{pageId}/self-check")
@UnlicensedSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class SelfCheckResource {

    private final UserManager userManager;
    private final I18nResolver i18n;
    private final SiteLinks links;
    private final ShowSelfCheck show;
    private final RecordSelfCheck record;
    private final ReaderDates dates;

    public SelfCheckResource(UserManager userManager, I18nResolver i18nResolver,
            ApplicationProperties applicationProperties, ConversationStore conversations, SelfCheckStore selfChecks,
            PagePermissions pagePermissions, ReaderDates dates) {
        this(userManager, i18nResolver, applicationProperties,
                new ShowSelfCheck(conversations, selfChecks, pagePermissions),
                new RecordSelfCheck(conversations, selfChecks, pagePermissions, Clock.systemUTC()), dates);
    }

    SelfCheckResource(UserManager userManager, I18nResolver i18nResolver, ApplicationProperties applicationProperties,
            ShowSelfCheck show, RecordSelfCheck record, ReaderDates dates) {
        this.dates = dates;
        this.userManager = userManager;
        this.i18n = i18nResolver;
        this.links = new SiteLinks(applicationProperties);
        this.show = show;
        this.record = record;
    }

    @GET
    public Response get(@PathParam("pageId") String pageId) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return RestResponses.unauthorized(i18n);
        }
        Optional<Long> page = pageIdOf(pageId);
        Optional<SelfCheckSheet> sheet = page.flatMap(id -> show.forViewer(id, caller));
        return sheet.map(found -> Response.ok(json(found)).build()).orElseGet(() -> RestResponses.notFound(i18n));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("pageId") String pageId, String body) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return RestResponses.unauthorized(i18n);
        }
        Optional<Long> page = pageIdOf(pageId);
        if (page.isEmpty()) {
            return RestResponses.notFound(i18n);
        }
        try {
            // Whether the caller may view and save is settled before the body is read, so a caller who may not
            // learns nothing from the answer to a bad body.
            Optional<SelfCheckSheet> before = show.forViewer(page.get(), caller);
            if (before.isEmpty()) {
                return RestResponses.notFound(i18n);
            }
            if (!before.get().maySave()) {
                return RestResponses.forbidden(messages().forbidden());
            }
            SelfCheckBody request = SelfCheckBody.parse(body);
            record.record(page.get(), caller, request.present(), request.notes(), request.version());
            return current(page.get(), caller).map(json -> Response.ok(json).build())
                    .orElseGet(() -> RestResponses.notFound(i18n));
        } catch (SelfCheckNotFoundException e) {
            return RestResponses.notFound(i18n);
        } catch (IllegalStateException e) {
            // The store refuses a self-check whose page went to the trash after the checks above.
            return RestResponses.notFound(i18n);
        } catch (SelfCheckRefusedException e) {
            return RestResponses.forbidden(messages().forbidden());
        } catch (SelfCheckBody.Malformed e) {
            return RestResponses.badRequest(e.field(), messages().body(e));
        } catch (UnknownQualityException e) {
            return RestResponses.badRequest(e.field(), messages().unknownQuality(e));
        } catch (InvalidSelfCheckException e) {
            NoteProblem first = e.problems().get(0);
            return RestResponses.badRequest("notes." + first.quality().id(), messages().notes(e));
        } catch (SelfCheckVersionException e) {
            return RestResponses.badRequest("version", versionMessage(e, current(page.get(), caller)));
        } catch (ConcurrentUpdateException e) {
            Optional<SelfCheckJson> now = current(page.get(), caller);
            return RestResponses.conflict(conflictMessage(now), now.orElse(null));
        }
    }

    private Optional<SelfCheckJson> current(long pageId, Optional<String> caller) {
        return show.forViewer(pageId, caller).map(this::json);
    }

    /** Who changed the self-check and when, from the fresh state; the conflict's own words when that is gone. */
    private String conflictMessage(Optional<SelfCheckJson> now) {
        Optional<LastSavedJson> last = now.map(SelfCheckJson::lastSaved);
        if (last.isEmpty()) {
            return messages().conflictSaving();
        }
        return messages().conflictSavedBy(last.get().by().displayName(), last.get().atLabel());
    }

    /**
     * A save without version while a self-check is stored is what a page opened before the first save sends: say who
     * saved it meanwhile, as a conflict would.
     */
    private String versionMessage(SelfCheckVersionException refusal, Optional<SelfCheckJson> now) {
        Optional<LastSavedJson> last = now.map(SelfCheckJson::lastSaved);
        if (last.isEmpty()) {
            return messages().version(refusal);
        }
        return messages().versionSavedBy(last.get().by().displayName(), last.get().atLabel(), now.get().version());
    }

    private SelfCheckMessages messages() {
        return new SelfCheckMessages(i18n);
    }

    private SelfCheckJson json(SelfCheckSheet sheet) {
        Optional<Versioned<SavedSelfCheck>> saved = sheet.saved();
        QualitySelfCheck check = saved.map(versioned -> versioned.value().check())
                .orElseGet(() -> QualitySelfCheck.forConversation(sheet.pageId()).build());
        Map<String, String> notes = new LinkedHashMap<>();
        List<QualityJson> qualities = Arrays.stream(ConversationQuality.values()).map(quality -> {
            String note = check.note(quality).orElse(null);
            if (note != null) {
                notes.put(quality.id(), note);
            }
            return new QualityJson(quality.id(), i18n.getText(quality.termKey()), check.isPresent(quality), note);
        }).toList();
        List<String> present = check.presentQualities().stream().map(ConversationQuality::id).toList();
        return new SelfCheckJson(sheet.pageId(), saved.map(Versioned::version).orElse(null), sheet.maySave(),
                present, notes, qualities, saved.map(versioned -> lastSaved(versioned.value())).orElse(null));
    }

    private LastSavedJson lastSaved(SavedSelfCheck saved) {
        return new LastSavedJson(person(saved.savedByKey()), saved.savedAt().toString(),
                dates.moment(saved.savedAt(), SelfCheckMacro.SAVED_AT_ZONE));
    }

    private PersonJson person(String userKey) {
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        if (profile == null) {
            return new PersonJson(null, i18n.getText("coaching.selfcheck.unknown-user"), null);
        }
        String name = profile.getFullName() == null || profile.getFullName().isBlank() ? profile.getUsername()
                : profile.getFullName();
        return new PersonJson(profile.getUsername(), name, links.profileUrl(profile.getProfilePageUri()));
    }


    private Optional<String> caller() {
        return Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
    }

    /** A page id that is no positive number names no page. */
    private static Optional<Long> pageIdOf(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A page's self-check as JSON.
     *
     * @param version null before the first save; send it back with a change
     * @param canSave whether the caller may save it
     * @param present the ids of the qualities ticked as present, in the seed's order
     * @param notes quality id → note, only the qualities with a note
     * @param qualities all seven, in the seed's order, with their names
     * @param lastSaved null before the first save
     */
    public record SelfCheckJson(long pageId, Long version, boolean canSave, List<String> present,
            Map<String, String> notes, List<QualityJson> qualities, LastSavedJson lastSaved) {
    }

    /** One quality: its id, its name (the seed's term), whether it was ticked, its note or null. */
    public record QualityJson(String id, String name, boolean present, String note) {
    }

    /** @param at ISO-8601 UTC; {@code atLabel} the same moment for people */
    public record LastSavedJson(PersonJson by, String at, String atLabel) {
    }

    /** A person as every resource of the app shows one. */
    public record PersonJson(String username, String displayName, String profileUrl) {
    }
}
