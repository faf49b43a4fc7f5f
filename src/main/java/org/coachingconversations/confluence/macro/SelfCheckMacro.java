package org.coachingconversations.confluence.macro;

import org.coachingconversations.platform.SiteLinks;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.application.quality.SelfCheckSheet;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.application.quality.ShowSelfCheck;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.quality.SelfCheckStore;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * The conversation-quality self-check of the page it is on (seed 001), rendered for the person viewing: the seven
 * qualities, which were ticked as present, the notes, who saved it last and when. A viewer who may save it
 * ({@code SelfCheckRules}) gets checkboxes, note fields and a Save button, which the control's script sends to the
 * REST resource without leaving the page. The page is always the one being rendered; the macro has no parameters.
 */
public class SelfCheckMacro implements Macro {

    static final String TEMPLATE = "quality/self-check.vm";
    static final String PREFIX = "coaching.selfcheck.";
    /** The zone a self-check's saving moment is shown in (named next to it); the REST API shows the same text. */
    public static final ZoneId SAVED_AT_ZONE = ZoneOffset.UTC;
    private static final List<String> LABELS = List.of("title", "introduction", "read-only", "note", "note-hint",
            "save", "saving", "saved", "failed", "not-saved", "saved-by", "saved-at", "present", "absent");

    private final MacroTemplates templates;
    private final I18nResolver i18n;
    private final UserManager userManager;
    private final SiteLinks links;
    private final ShowSelfCheck selfChecks;
    private final ReaderDates dates;

    public SelfCheckMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, UserManager userManager,
            ApplicationProperties applicationProperties, ConversationStore conversations, SelfCheckStore selfChecks,
            PagePermissions pagePermissions, ReaderDates dates) {
        this(templateRenderer, i18nResolver, userManager, applicationProperties,
                new ShowSelfCheck(conversations, selfChecks, pagePermissions), dates);
    }

    SelfCheckMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, UserManager userManager,
            ApplicationProperties applicationProperties, ShowSelfCheck selfChecks, ReaderDates dates) {
        this.templates = new MacroTemplates(templateRenderer);
        this.dates = dates;
        this.i18n = i18nResolver;
        this.userManager = userManager;
        this.links = new SiteLinks(applicationProperties);
        this.selfChecks = selfChecks;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ContentEntityObject page = context == null ? null : context.getEntity();
        Optional<String> viewer = Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
        Optional<SelfCheckSheet> sheet = page == null || page.getId() <= 0 ? Optional.empty()
                : selfChecks.forViewer(page.getId(), viewer);
        Map<String, String> labels = labels();
        SelfCheckView view = sheet.map(found -> view(found, labels))
                .orElseGet(() -> SelfCheckView.unavailable(i18n.getText(PREFIX + "unavailable"), labels));
        return templates.render(TEMPLATE, "view", view);
    }

    private SelfCheckView view(SelfCheckSheet sheet, Map<String, String> labels) {
        Optional<SavedSelfCheck> saved = sheet.saved().map(Versioned::value);
        QualitySelfCheck check = saved.map(SavedSelfCheck::check)
                .orElseGet(() -> QualitySelfCheck.forConversation(sheet.pageId()).build());
        List<SelfCheckQualityView> qualities = Arrays.stream(ConversationQuality.values())
                .map(quality -> new SelfCheckQualityView(quality.id(), i18n.getText(quality.termKey()),
                        i18n.getText(quality.explanationKey()), check.isPresent(quality),
                        check.note(quality).orElse(null)))
                .toList();
        return SelfCheckView.of(sheet.pageId(), links.baseUrl(),
                sheet.saved().map(versioned -> Long.toString(versioned.version())).orElse(""), sheet.maySave(),
                qualities, saved.map(this::savedBy).orElse(null), labels);
    }

    private SelfCheckSavedByView savedBy(SavedSelfCheck saved) {
        UserProfile person = userManager.getUserProfile(new UserKey(saved.savedByKey()));
        String name;
        String profileUrl = null;
        if (person == null) {
            name = i18n.getText(PREFIX + "unknown-user");
        } else {
            name = person.getFullName() == null || person.getFullName().isBlank() ? person.getUsername()
                    : person.getFullName();
            profileUrl = links.profileUrl(person.getProfilePageUri());
        }
        Instant at = saved.savedAt();
        return new SelfCheckSavedByView(name, profileUrl, dates.moment(at, SAVED_AT_ZONE), at.toString());
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : LABELS) {
            labels.put(name, name.equals("note-hint")
                    ? i18n.getText(PREFIX + name, QualitySelfCheck.NOTE_MAX_LENGTH)
                    : i18n.getText(PREFIX + name));
        }
        return labels;
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
