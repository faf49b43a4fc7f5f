package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import java.util.ArrayList;
import java.util.Optional;
import org.coachingconversations.application.cyclerecord.AcknowledgeCycleRecord;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.application.cyclerecord.AcknowledgementStatus;
import org.coachingconversations.confluence.rest.AcknowledgementPresenter;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementStore;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

/**
 * The acknowledgement control of a Cycle Record (seed 003), rendered for the person viewing: who answered, when and
 * what; for the record's teacher the Acknowledge and Object buttons while she may answer; for its observer the
 * Mark finalized button while he may finalize. Which record, and who its teacher and observer are, come from what
 * this app stored for the page being rendered, never from parameters or page text. The buttons call the REST API
 * ({@code acknowledgement/acknowledgement.js}), which checks everything again.
 */
public class AcknowledgementMacro implements Macro {

    static final String TEMPLATE = "acknowledgement/acknowledgement.vm";

    /** Every text the template and its script show. */
    static final List<String> TEXTS = List.of("coaching.acknowledgement.macro.title",
            "coaching.acknowledgement.macro.not-a-record", "coaching.acknowledgement.answer.kind",
            "coaching.acknowledgement.answer.by", "coaching.acknowledgement.answer.at",
            "coaching.acknowledgement.answer.text", "coaching.acknowledgement.form.explanation",
            "coaching.acknowledgement.form.objected", "coaching.acknowledgement.form.text",
            "coaching.acknowledgement.form.acknowledge", "coaching.acknowledgement.form.object",
            "coaching.acknowledgement.form.finalize-explanation", "coaching.acknowledgement.form.finalize",
            "coaching.acknowledgement.form.unreachable", "coaching.acknowledgement.error.text-required");

    private final MacroTemplates templates;
    private final UserManager userManager;
    private final AcknowledgeCycleRecord acknowledgements;
    private final AcknowledgementPresenter presenter;

    public AcknowledgementMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, UserManager userManager,
            ApplicationProperties applicationProperties, CycleRecordStore cycleRecords,
            AcknowledgementStore acknowledgementStore, SpaceSettingsStore spaceSettings,
            PagePermissions pagePermissions, ReaderDates dates) {
        this(templateRenderer, userManager, new AcknowledgeCycleRecord(cycleRecords, acknowledgementStore,
                spaceSettings, pagePermissions, Clock.systemUTC()),
                new AcknowledgementPresenter(userManager, i18nResolver, applicationProperties, dates));
    }

    AcknowledgementMacro(TemplateRenderer templateRenderer, UserManager userManager,
            AcknowledgeCycleRecord acknowledgements, AcknowledgementPresenter presenter) {
        this.templates = new MacroTemplates(templateRenderer);
        this.userManager = userManager;
        this.acknowledgements = acknowledgements;
        this.presenter = presenter;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ContentEntityObject page = context == null ? null : context.getEntity();
        Optional<String> viewer = Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
        Optional<AcknowledgementStatus> status = page == null || page.getId() <= 0 ? Optional.empty()
                : acknowledgements.show(page.getId(), viewer);
        Map<String, String> texts = new LinkedHashMap<>();
        TEXTS.forEach(key -> texts.put(key, presenter.translate(key)));
        AcknowledgementView view = new AcknowledgementView(status.map(presenter::status).orElse(null),
                presenter.baseUrl(), status.map(AcknowledgementStatus::viewerIsTeacher).orElse(false),
                status.map(AcknowledgementStatus::viewerIsObserver).orElse(false),
                Acknowledgement.MAX_ADDITIONAL_INFORMATION_LENGTH, texts,
                status.map(this::calendarLinks).orElse(List.of()));
        return templates.render(TEMPLATE, "view", view);
    }

    /**
     * Until the record is finalized its post-conference and, once the conference date is set, its finalization
     * deadline are still ahead; after that neither is worth a calendar entry.
     */
    private List<CalendarLinkView> calendarLinks(AcknowledgementStatus status) {
        StoredCycleRecord record = status.record().value();
        if (record.dates().finalizedOn().isPresent()) {
            return List.of();
        }
        String base = presenter.baseUrl() + "/rest/coaching/1.0/calendar/pages/" + record.pageId();
        List<CalendarLinkView> links = new ArrayList<>();
        links.add(new CalendarLinkView(base + "/post-conference.ics",
                presenter.translate("coaching.calendar.link.post-conference")));
        if (record.dates().conferenceOn().isPresent()) {
            links.add(new CalendarLinkView(base + "/finalization.ics",
                    presenter.translate("coaching.calendar.link.finalization")));
        }
        return links;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
