package org.coachingconversations.confluence.macro;

import org.coachingconversations.platform.SiteLinks;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.application.actionstep.ListActionSteps;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.application.actionstep.ListActionSteps.OwnedStep;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.followup.ActionStepRepository;
import org.coachingconversations.domain.followup.ConversationRepository;
import org.coachingconversations.domain.followup.FollowedUpConversation;
import org.coachingconversations.domain.followup.ListedStep;
import org.coachingconversations.domain.followup.PageVisibility;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

/**
 * Lists action steps, read when the page is rendered, for the person viewing it: the steps of the page the macro is
 * on ({@code mode=page}, the default), the open steps of the conversation this page's conversation follows up on
 * ({@code mode=previous}), or the steps one person owns in the page's space ({@code mode=teacher} with the
 * {@code teacher} parameter, a user name). Which pages those are comes from what this app stored, never from a page
 * named in a parameter. Nothing of another page is shown unless the viewer may view it now; when they may not, the
 * macro says exactly what it says when there is no such page. The optional {@code role} parameter lists only the
 * steps of that participant role (and new steps start with it).
 *
 * <p>Each row the viewer may change ({@link ActionStep#mayBeChangedBy}) gets its controls, and a viewer who may edit
 * the page may add steps; the script of the {@code coaching-action-steps-resources} web resource makes them work
 * through the app's REST API.
 */
public class ActionStepsMacro implements Macro {

    static final String TEMPLATE = "actionstep/action-steps.vm";
    static final String PARAM_MODE = "mode";
    static final String PARAM_TEACHER = "teacher";
    static final String PARAM_ROLE = "role";
    private static final String PREFIX = "coaching.actionsteps.macro.";
    private static final String CONTROL = "coaching.actionsteps.control.";
    /** Longer than any user name Confluence accepts: anything longer is not one. */
    private static final int MAX_USERNAME_LENGTH = 255;
    /** The words the script shows, by the name it reads them under; each is {@value #CONTROL}{@code <name>}. */
    private static final List<String> CONTROL_LABELS = List.of("edit", "done", "drop", "reopen", "remove",
            "remove-question", "remove-confirm", "keep", "save", "cancel", "add", "saving", "text", "owner",
            "owner-hint", "role", "due", "removed", "saved", "added", "error-network", "error-status",
            "editor-edit", "editor-add");

    private final MacroTemplates templates;
    private final I18nResolver i18n;
    private final UserManager userManager;
    private final SiteLinks links;
    private final ListActionSteps listings;
    private final ReaderDates dates;

    public ActionStepsMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, UserManager userManager,
            ApplicationProperties applicationProperties, ConversationStore conversationStore,
            ConversationRepository conversations, ActionStepStore actionSteps, ActionStepRepository stepQueries,
            SpaceSettingsStore spaceSettings, PageVisibility pageVisibility, PagePermissions pagePermissions,
            ReaderDates dates) {
        this(templateRenderer, i18nResolver, userManager, applicationProperties, new ListActionSteps(
                conversationStore, conversations, actionSteps, stepQueries, spaceSettings, pageVisibility,
                pagePermissions, Clock.systemUTC()), dates);
    }

    ActionStepsMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, UserManager userManager,
            ApplicationProperties applicationProperties, ListActionSteps listings, ReaderDates dates) {
        this.templates = new MacroTemplates(templateRenderer);
        this.dates = dates;
        this.i18n = i18nResolver;
        this.userManager = userManager;
        this.links = new SiteLinks(applicationProperties);
        this.listings = listings;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        String requestedMode = given.get(PARAM_MODE);
        String teacherName = blankToNull(given.get(PARAM_TEACHER));
        String requestedRole = blankToNull(given.get(PARAM_ROLE));
        Optional<ActionStepsMode> mode = requestedMode == null || requestedMode.isBlank()
                ? Optional.of(teacherName == null ? ActionStepsMode.PAGE : ActionStepsMode.TEACHER)
                : ActionStepsMode.parse(requestedMode);
        if (mode.isEmpty()) {
            return error(i18n.getText(PREFIX + "error.unknown-mode", requestedMode));
        }
        Optional<ParticipantRole> role = Optional.empty();
        if (requestedRole != null) {
            role = ParticipantRole.fromId(requestedRole);
            if (role.isEmpty()) {
                return error(i18n.getText(PREFIX + "error.unknown-role", requestedRole));
            }
        }
        ContentEntityObject page = context == null ? null : context.getEntity();
        Optional<Long> pageId = page == null || page.getId() <= 0 ? Optional.empty() : Optional.of(page.getId());
        Optional<String> viewer = Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
        return switch (mode.get()) {
            case PAGE -> render(pageView(pageId, viewer, role));
            case PREVIOUS -> render(previousView(pageId.flatMap(id -> listings.previousOf(id, viewer)), role));
            case TEACHER -> teacherView(teacherName, spaceKey(page), viewer, role);
        };
    }

    private String render(ActionStepsView view) throws MacroExecutionException {
        return templates.render(TEMPLATE, "view", view);
    }

    private String error(String message) throws MacroExecutionException {
        return templates.renderError(new MacroErrorView(i18n.getText(PREFIX + "error.title"), message));
    }

    private ActionStepsView pageView(Optional<Long> pageId, Optional<String> viewer, Optional<ParticipantRole> role) {
        List<ListedStep> steps = pageId.map(id -> listings.onPage(id, viewer)).orElse(List.of());
        boolean mayAdd = pageId.map(id -> listings.mayAddTo(id, viewer)).orElse(false);
        String none = i18n.getText(PREFIX + "page.none");
        return new ActionStepsView(ActionStepsMode.PAGE.id(), null, null, null, none, columns(false), false,
                rows(steps, role), controls(pageId.orElse(0L), mayAdd, role, none));
    }

    private ActionStepsView previousView(Optional<FollowedUpConversation> previous, Optional<ParticipantRole> role) {
        if (previous.isEmpty()) {
            return new ActionStepsView(ActionStepsMode.PREVIOUS.id(), null, null, null,
                    i18n.getText(PREFIX + "previous.none"), columns(false), List.of());
        }
        FollowedUpConversation conversation = previous.get();
        String allClosed = i18n.getText(PREFIX + "previous.all-closed");
        return new ActionStepsView(ActionStepsMode.PREVIOUS.id(),
                i18n.getText(PREFIX + "previous.source"), conversationName(conversation.conversation()),
                pageUrl(conversation.conversation().pageId()), allClosed, columns(false), false,
                rows(conversation.openSteps(), role), controls(0, false, role, allClosed));
    }

    /**
     * The steps one person owns in the space of the page the macro is on. The user name is typed in the macro
     * browser: anything that does not name exactly one user gets a message and no steps.
     */
    private String teacherView(String teacherName, Optional<String> spaceKey, Optional<String> viewer,
            Optional<ParticipantRole> role) throws MacroExecutionException {
        if (teacherName == null) {
            return error(i18n.getText(PREFIX + "error.teacher-missing"));
        }
        if (teacherName.length() > MAX_USERNAME_LENGTH || teacherName.contains(",")
                || teacherName.chars().anyMatch(Character::isISOControl)) {
            return error(i18n.getText(PREFIX + "error.teacher-not-a-user", abbreviate(teacherName)));
        }
        UserProfile teacher = userManager.getUserProfile(teacherName);
        if (teacher == null || teacher.getUserKey() == null) {
            return error(i18n.getText(PREFIX + "error.teacher-unknown", teacherName));
        }
        List<OwnedStep> owned = spaceKey
                .map(space -> listings.ownedBy(space, teacher.getUserKey().getStringValue(), viewer))
                .orElse(List.of());
        List<ActionStepView> rows = new ArrayList<>();
        for (OwnedStep step : owned) {
            if (role.isEmpty() || step.listed().step().role() == role.get()) {
                long sourcePage = step.listed().step().pageId();
                rows.add(row(step.listed(), step.conversation().map(this::conversationName)
                        .orElseGet(() -> i18n.getText(PREFIX + "teacher.source-page")), pageUrl(sourcePage)));
            }
        }
        String none = i18n.getText(PREFIX + "teacher.none", displayName(teacher));
        return render(new ActionStepsView(ActionStepsMode.TEACHER.id(), null, null, null, none, columns(true), true,
                rows, controls(0, false, role, none)));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "\u2026";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Optional<String> spaceKey(ContentEntityObject page) {
        return page instanceof SpaceContentEntityObject content ? Optional.ofNullable(content.getSpaceKey())
                .filter(key -> !key.isBlank()) : Optional.empty();
    }

    private String conversationName(StoredConversation conversation) {
        return i18n.getText(PREFIX + "previous.link", i18n.getText(conversation.type().nameKey()),
                dates.date(conversation.heldOn()));
    }

    private String pageUrl(long pageId) {
        return links.baseUrl() + "/pages/viewpage.action?pageId=" + pageId;
    }

    private List<String> columns(boolean withSource) {
        List<String> columns = new ArrayList<>(List.of(i18n.getText(PREFIX + "column.step"),
                i18n.getText(PREFIX + "column.owner"), i18n.getText(PREFIX + "column.due"),
                i18n.getText(PREFIX + "column.status")));
        if (withSource) {
            columns.add(i18n.getText(PREFIX + "column.source"));
        }
        return columns;
    }

    /** @param emptyMessage what the list says once its last step is removed */
    private ActionStepsControls controls(long pageId, boolean mayAdd, Optional<ParticipantRole> role,
            String emptyMessage) {
        List<ScriptLabel> labels = new ArrayList<>();
        labels.add(new ScriptLabel("empty", emptyMessage));
        CONTROL_LABELS.forEach(name -> labels.add(new ScriptLabel(name, i18n.getText(CONTROL + name))));
        labels.add(new ScriptLabel("actions", i18n.getText(PREFIX + "column.actions")));
        labels.add(new ScriptLabel("no-due", i18n.getText(PREFIX + "due.none")));
        Arrays.stream(ParticipantRole.values()).forEach(each -> labels.add(
                new ScriptLabel("role-" + each.id(), i18n.getText(each.nameKey()))));
        return new ActionStepsControls(pageId, links.baseUrl(), mayAdd, role.orElse(ParticipantRole.TEACHER).id(), labels);
    }

    private List<ActionStepView> rows(List<ListedStep> steps, Optional<ParticipantRole> role) {
        return steps.stream().filter(listed -> role.isEmpty() || listed.step().role() == role.get())
                .map(listed -> row(listed, null, null)).toList();
    }

    private ActionStepView row(ListedStep listed, String sourceText, String sourceUrl) {
        ActionStep step = listed.step();
        String ownerName;
        String ownerUrl = null;
        String ownerUsername = "";
        if (step.ownerKey().isEmpty()) {
            ownerName = i18n.getText(step.role().nameKey());
        } else {
            UserProfile owner = userManager.getUserProfile(new UserKey(step.ownerKey().get()));
            if (owner == null) {
                ownerName = i18n.getText(PREFIX + "owner.unknown");
            } else {
                ownerName = displayName(owner);
                ownerUrl = links.profileUrl(owner.getProfilePageUri());
                ownerUsername = owner.getUsername();
            }
        }
        String deadlineId = switch (listed.dueState()) {
            case OVERDUE -> "overdue";
            case DUE_SOON -> "due-soon";
            default -> null;
        };
        ActionStepView.Change change = listed.changeable() ? new ActionStepView.Change(listed.version(),
                ownerUsername, step.role().id(), step.dueOn().map(Object::toString).orElse("")) : null;
        return new ActionStepView(step.id(), step.description(), ownerName, ownerUrl,
                step.dueOn().map(dates::date).orElseGet(() -> i18n.getText(PREFIX + "due.none")),
                step.status().id(), i18n.getText(step.status().nameKey()),
                deadlineId, deadlineId == null ? null : i18n.getText(PREFIX + "deadline." + deadlineId),
                change, sourceText, sourceUrl, calendarUrl(step), i18n.getText("coaching.calendar.link"));
    }

    /** Only a date still to be met is worth a calendar entry: an open step with a due date. */
    private String calendarUrl(ActionStep step) {
        if (step.status() != ActionStepStatus.OPEN || step.dueOn().isEmpty()) {
            return null;
        }
        return links.baseUrl() + "/rest/coaching/1.0/calendar/action-steps/" + step.id() + ".ics";
    }

    private static String displayName(UserProfile user) {
        return user.getFullName() == null || user.getFullName().isBlank() ? user.getUsername() : user.getFullName();
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
