package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.application.actionstep.ListActionSteps;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.followup.ConversationRepository;
import org.coachingconversations.domain.followup.FollowedUpConversation;
import org.coachingconversations.domain.followup.ListedStep;
import org.coachingconversations.domain.followup.PageVisibility;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

/**
 * Lists action steps, read when the page is rendered, for the person viewing it: the steps of the page the macro is
 * on ({@code mode=page}, the default) or the open steps of the conversation this page's conversation follows up on
 * ({@code mode=previous}). Which pages those are comes from the conversations this app stored for the page being
 * rendered, never from parameters. Nothing of another page is shown unless the viewer may view it now; when they may
 * not, the macro says exactly what it says when there is no such page.
 */
public class ActionStepsMacro implements Macro {

    static final String TEMPLATE = "actionstep/action-steps.vm";
    static final String PARAM_MODE = "mode";
    private static final String PREFIX = "coaching.actionsteps.macro.";

    private final MacroTemplates templates;
    private final I18nResolver i18n;
    private final UserManager userManager;
    private final ApplicationProperties applicationProperties;
    private final ListActionSteps listings;

    public ActionStepsMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, UserManager userManager,
            ApplicationProperties applicationProperties, ConversationStore conversationStore,
            ConversationRepository conversations, ActionStepStore actionSteps, SpaceSettingsStore spaceSettings,
            PageVisibility pageVisibility) {
        this(templateRenderer, i18nResolver, userManager, applicationProperties, new ListActionSteps(
                conversationStore, conversations, actionSteps, spaceSettings, pageVisibility, Clock.systemUTC()));
    }

    ActionStepsMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, UserManager userManager,
            ApplicationProperties applicationProperties, ListActionSteps listings) {
        this.templates = new MacroTemplates(templateRenderer);
        this.i18n = i18nResolver;
        this.userManager = userManager;
        this.applicationProperties = applicationProperties;
        this.listings = listings;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String requested = parameters == null ? null : parameters.get(PARAM_MODE);
        Optional<ActionStepsMode> mode = ActionStepsMode.parse(requested);
        if (mode.isEmpty()) {
            return templates.renderError(new MacroErrorView(i18n.getText(PREFIX + "error.title"),
                    i18n.getText(PREFIX + "error.unknown-mode", requested)));
        }
        ContentEntityObject page = context == null ? null : context.getEntity();
        Optional<Long> pageId = page == null || page.getId() <= 0 ? Optional.empty() : Optional.of(page.getId());
        Optional<String> viewer = Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
        ActionStepsView view = mode.get() == ActionStepsMode.PAGE
                ? pageView(pageId.map(id -> listings.onPage(id, viewer)).orElse(List.of()))
                : previousView(pageId.flatMap(id -> listings.previousOf(id, viewer)));
        return templates.render(TEMPLATE, "view", view);
    }

    private ActionStepsView pageView(List<ListedStep> steps) {
        return new ActionStepsView(ActionStepsMode.PAGE.id(), null, null, null, i18n.getText(PREFIX + "page.none"),
                columns(), steps.stream().map(this::row).toList());
    }

    private ActionStepsView previousView(Optional<FollowedUpConversation> previous) {
        if (previous.isEmpty()) {
            return new ActionStepsView(ActionStepsMode.PREVIOUS.id(), null, null, null,
                    i18n.getText(PREFIX + "previous.none"), columns(), List.of());
        }
        FollowedUpConversation conversation = previous.get();
        String linkText = i18n.getText(PREFIX + "previous.link", i18n.getText(conversation.conversation().type().nameKey()),
                conversation.conversation().heldOn().toString());
        return new ActionStepsView(ActionStepsMode.PREVIOUS.id(),
                i18n.getText(PREFIX + "previous.source"), linkText,
                baseUrl() + "/pages/viewpage.action?pageId=" + conversation.conversation().pageId(),
                i18n.getText(PREFIX + "previous.all-closed"), columns(),
                conversation.openSteps().stream().map(this::row).toList());
    }

    private List<String> columns() {
        return List.of(i18n.getText(PREFIX + "column.step"), i18n.getText(PREFIX + "column.owner"),
                i18n.getText(PREFIX + "column.due"), i18n.getText(PREFIX + "column.status"));
    }

    private ActionStepView row(ListedStep listed) {
        ActionStep step = listed.step();
        String ownerName;
        String ownerUrl = null;
        if (step.ownerKey().isEmpty()) {
            ownerName = i18n.getText(step.role().nameKey());
        } else {
            UserProfile owner = userManager.getUserProfile(new UserKey(step.ownerKey().get()));
            if (owner == null) {
                ownerName = i18n.getText(PREFIX + "owner.unknown");
            } else {
                ownerName = owner.getFullName() == null || owner.getFullName().isBlank() ? owner.getUsername()
                        : owner.getFullName();
                ownerUrl = profileUrl(owner.getProfilePageUri());
            }
        }
        String deadlineId = switch (listed.dueState()) {
            case OVERDUE -> "overdue";
            case DUE_SOON -> "due-soon";
            default -> null;
        };
        return new ActionStepView(step.id(), step.description(), ownerName, ownerUrl,
                step.dueOn().map(Object::toString).orElseGet(() -> i18n.getText(PREFIX + "due.none")),
                step.status().id(), i18n.getText(step.status().nameKey()),
                deadlineId, deadlineId == null ? null : i18n.getText(PREFIX + "deadline." + deadlineId));
    }

    /** The profile's address below the base URL, as SAL gives it; an absolute one only over http(s). */
    private String profileUrl(URI profile) {
        if (profile == null) {
            return null;
        }
        if (profile.isAbsolute()) {
            String scheme = profile.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? profile.toString() : null;
        }
        String path = profile.toString();
        return baseUrl() + (path.startsWith("/") ? "" : "/") + path;
    }

    private String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        return base == null ? "" : base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
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
