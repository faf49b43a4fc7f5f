package org.coachingconversations.application.actionstep;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.followup.ConversationRepository;
import org.coachingconversations.domain.followup.FollowedUpConversation;
import org.coachingconversations.domain.followup.ListedStep;
import org.coachingconversations.domain.followup.PageVisibility;
import org.coachingconversations.domain.followup.PreviousConversations;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * What the action-steps macro shows, read from the stores each time a page is viewed, for that viewer: nothing of a
 * page is shown unless the viewer may view that page at that moment. A page the viewer may not view, a page in the
 * trash and a permission check that fails all look exactly like no page at all.
 */
public final class ListActionSteps {

    private static final System.Logger LOG = System.getLogger(ListActionSteps.class.getName());

    private final ConversationStore conversationStore;
    private final PreviousConversations previousConversations;
    private final ActionStepStore steps;
    private final SpaceSettingsStore settings;
    private final PageVisibility visibility;
    private final Clock clock;

    public ListActionSteps(ConversationStore conversationStore, ConversationRepository conversations,
            ActionStepStore steps, SpaceSettingsStore settings, PageVisibility visibility, Clock clock) {
        this.conversationStore = Objects.requireNonNull(conversationStore, "conversationStore");
        this.previousConversations = new PreviousConversations(conversations);
        this.steps = Objects.requireNonNull(steps, "steps");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Every step of the page, in the order they were added; none when the viewer may not view the page.
     *
     * @param viewerKey the viewer's user key; empty for an anonymous visitor
     */
    public List<ListedStep> onPage(long pageId, Optional<String> viewerKey) {
        if (!mayView(viewerKey, pageId)) {
            return List.of();
        }
        return listed(steps.findOnPage(pageId).stream().map(Versioned::value).toList());
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
        if (previous.isEmpty() || !mayView(viewerKey, previous.get().pageId())) {
            return Optional.empty();
        }
        List<ActionStep> open = steps.findOnPage(previous.get().pageId()).stream().map(Versioned::value)
                .filter(ActionStep::isOpen).toList();
        return Optional.of(new FollowedUpConversation(previous.get(), listed(open)));
    }

    private boolean mayView(Optional<String> viewerKey, long pageId) {
        try {
            Set<Long> visible = visibility.visiblePageIds(viewerKey, List.of(pageId));
            return visible != null && visible.contains(pageId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check whether the viewer may view page " + pageId
                    + "; showing nothing of it", e);
            return false;
        }
    }

    private List<ListedStep> listed(List<ActionStep> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        SpaceSettings space = settings.get(found.get(0).spaceKey());
        ActionStepDeadlines deadlines = new ActionStepDeadlines(space.calendar(), clock, space.dueSoonDays());
        return found.stream().map(step -> new ListedStep(step, deadlines.stateOf(step))).toList();
    }
}
