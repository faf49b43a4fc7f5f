package org.coachingconversations.application.actionstep;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.followup.ActionStepQuery;
import org.coachingconversations.domain.followup.ActionStepRepository;
import org.coachingconversations.domain.followup.ConversationRepository;
import org.coachingconversations.domain.followup.FollowedUpConversation;
import org.coachingconversations.domain.followup.ListedStep;
import org.coachingconversations.domain.followup.PageVisibility;
import org.coachingconversations.domain.followup.PreviousConversations;
import org.coachingconversations.domain.followup.ResultPageRequest;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * What the action-steps macro shows, read from the stores each time a page is viewed, for that viewer: nothing of a
 * page is shown unless the viewer may view that page at that moment. A page the viewer may not view, a page in the
 * trash and a permission check that fails all look exactly like no page at all. Each step says whether this viewer
 * may change it ({@link ActionStep#mayBeChangedBy}: whoever may edit its page, and its owner); only someone who may
 * edit a page adds steps to it. An edit-permission check that fails counts as "no".
 */
public final class ListActionSteps {

    /** The most steps of one owner the macro lists: the earliest due first, so what is urgent is never cut off. */
    public static final int MAX_OWNER_STEPS = 200;

    private static final System.Logger LOG = System.getLogger(ListActionSteps.class.getName());

    private final ConversationStore conversationStore;
    private final PreviousConversations previousConversations;
    private final ActionStepStore steps;
    private final ActionStepRepository stepQueries;
    private final SpaceSettingsStore settings;
    private final PageVisibility visibility;
    private final PagePermissions permissions;
    private final Clock clock;

    public ListActionSteps(ConversationStore conversationStore, ConversationRepository conversations,
            ActionStepStore steps, ActionStepRepository stepQueries, SpaceSettingsStore settings,
            PageVisibility visibility, PagePermissions permissions, Clock clock) {
        this.conversationStore = Objects.requireNonNull(conversationStore, "conversationStore");
        this.previousConversations = new PreviousConversations(conversations);
        this.steps = Objects.requireNonNull(steps, "steps");
        this.stepQueries = Objects.requireNonNull(stepQueries, "stepQueries");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Every step of the page, in the order they were added; none when the viewer may not view the page.
     *
     * @param viewerKey the viewer's user key; empty for an anonymous visitor
     */
    public List<ListedStep> onPage(long pageId, Optional<String> viewerKey) {
        if (!visible(viewerKey, List.of(pageId)).contains(pageId)) {
            return List.of();
        }
        return listed(steps.findOnPage(pageId), viewerKey);
    }

    /**
     * Whether the viewer may add steps to the page: only someone who may view and edit it, and only to a page that
     * holds a conversation of this app (a page created from one of its blueprints), whose space the steps belong to.
     */
    public boolean mayAddTo(long pageId, Optional<String> viewerKey) {
        return viewerKey.isPresent() && visible(viewerKey, List.of(pageId)).contains(pageId)
                && mayEdit(viewerKey, pageId) && conversationStore.find(pageId).isPresent();
    }

    /**
     * The conversation the page's own stored conversation follows up on ({@link PreviousConversations}) with its open
     * steps; empty when the page holds no conversation, when there is no earlier one, or when the viewer may not view
     * it.
     *
     * @param viewerKey the viewer's user key; empty for an anonymous visitor
     */
    public Optional<FollowedUpConversation> previousOf(long pageId, Optional<String> viewerKey) {
        Optional<StoredConversation> previous = conversationStore.find(pageId).map(Versioned::value)
                .flatMap(previousConversations::of);
        if (previous.isEmpty()
                || !visible(viewerKey, List.of(previous.get().pageId())).contains(previous.get().pageId())) {
            return Optional.empty();
        }
        List<Versioned<ActionStep>> open = steps.findOnPage(previous.get().pageId()).stream()
                .filter(step -> step.value().isOpen()).toList();
        return Optional.of(new FollowedUpConversation(previous.get(), listed(open, viewerKey)));
    }

    /**
     * The steps one person owns in a space, on pages the viewer may view now, earliest due first (steps without a due
     * date last), at most {@value #MAX_OWNER_STEPS}; each with the conversation its page holds, when it holds one.
     * Steps on pages the viewer may not view are left out without a trace: no count, no gap.
     *
     * @param viewerKey the viewer's user key; empty for an anonymous visitor
     */
    public List<OwnedStep> ownedBy(String spaceKey, String ownerKey, Optional<String> viewerKey) {
        List<ActionStep> found = stepQueries.find(new ActionStepQuery(Optional.of(spaceKey), Optional.of(ownerKey),
                EnumSet.allOf(ActionStepStatus.class), Optional.empty(), Optional.empty()),
                ResultPageRequest.first(MAX_OWNER_STEPS)).items();
        Set<Long> pages = new LinkedHashSet<>();
        found.forEach(step -> pages.add(step.pageId()));
        Set<Long> visiblePages = visible(viewerKey, pages);
        Map<Long, Versioned<ActionStep>> current = new HashMap<>();
        Map<Long, Optional<StoredConversation>> conversations = new HashMap<>();
        for (long pageId : visiblePages) {
            steps.findOnPage(pageId).forEach(step -> current.put(step.value().id(), step));
            conversations.put(pageId, conversationStore.find(pageId).map(Versioned::value));
        }
        List<Versioned<ActionStep>> shown = found.stream().filter(step -> visiblePages.contains(step.pageId()))
                .map(step -> current.get(step.id())).filter(Objects::nonNull)
                .filter(step -> step.value().ownerKey().equals(Optional.of(ownerKey))).toList();
        List<OwnedStep> owned = new ArrayList<>();
        for (ListedStep step : listed(shown, viewerKey)) {
            owned.add(new OwnedStep(step, conversations.get(step.step().pageId())));
        }
        return owned;
    }

    /** A step one person owns, and the conversation of the page it is on, when that page holds one. */
    public record OwnedStep(ListedStep listed, Optional<StoredConversation> conversation) {

        public OwnedStep {
            Objects.requireNonNull(listed, "listed");
            conversation = conversation == null ? Optional.empty() : conversation;
        }
    }

    private Set<Long> visible(Optional<String> viewerKey, Collection<Long> pageIds) {
        if (pageIds.isEmpty()) {
            return Set.of();
        }
        try {
            Set<Long> visible = visibility.visiblePageIds(viewerKey, pageIds);
            return visible == null ? Set.of() : visible;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check whether the viewer may view pages " + pageIds
                    + "; showing nothing of them", e);
            return Set.of();
        }
    }

    private List<ListedStep> listed(List<Versioned<ActionStep>> found, Optional<String> viewerKey) {
        if (found.isEmpty()) {
            return List.of();
        }
        SpaceSettings space = settings.get(found.get(0).value().spaceKey());
        ActionStepDeadlines deadlines = new ActionStepDeadlines(space.calendar(), clock, space.dueSoonDays());
        Map<Long, Boolean> editable = new HashMap<>();
        return found.stream().map(stored -> {
            ActionStep step = stored.value();
            boolean mayEditPage = viewerKey.isPresent()
                    && editable.computeIfAbsent(step.pageId(), pageId -> mayEdit(viewerKey, pageId));
            return new ListedStep(step, stored.version(), deadlines.stateOf(step),
                    step.mayBeChangedBy(viewerKey, mayEditPage));
        }).toList();
    }

    private boolean mayEdit(Optional<String> viewerKey, long pageId) {
        try {
            return permissions.canEdit(viewerKey, pageId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check whether the viewer may edit page " + pageId
                    + "; showing no controls for it", e);
            return false;
        }
    }
}
