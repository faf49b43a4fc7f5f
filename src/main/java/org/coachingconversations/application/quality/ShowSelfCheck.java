package org.coachingconversations.application.quality;

import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.quality.SelfCheckRules;
import org.coachingconversations.domain.quality.SelfCheckStore;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * The use case "see a page's conversation-quality self-check": for one viewer, read when asked. The viewer's view
 * permission is checked before anything of the page is read, and a page the viewer may not view looks exactly like a
 * page with no self-check.
 */
public final class ShowSelfCheck {

    private final ConversationStore conversations;
    private final SelfCheckStore selfChecks;
    private final PagePermissionChecks permissions;

    public ShowSelfCheck(ConversationStore conversations, SelfCheckStore selfChecks, PagePermissions permissions) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.selfChecks = Objects.requireNonNull(selfChecks, "selfChecks");
        this.permissions = new PagePermissionChecks(Objects.requireNonNull(permissions, "permissions"));
    }

    /**
     * @param viewerKey the viewer's user key; empty for an anonymous visitor, who sees nothing
     * @return empty when the viewer may not view the page, or it carries no self-check
     *         ({@link SelfCheckRules#isSelfChecked})
     */
    public Optional<SelfCheckSheet> forViewer(long pageId, Optional<String> viewerKey) {
        if (pageId <= 0 || !permissions.canView(viewerKey, pageId)) {
            return Optional.empty();
        }
        Optional<StoredConversation> conversation = conversations.find(pageId).map(Versioned::value)
                .filter(SelfCheckRules::isSelfChecked);
        if (conversation.isEmpty()) {
            return Optional.empty();
        }
        StoredConversation stored = conversation.get();
        boolean maySave = SelfCheckRules.isParticipant(stored, viewerKey)
                || SelfCheckRules.maySave(stored, viewerKey, permissions.canEdit(viewerKey, pageId));
        return Optional.of(new SelfCheckSheet(stored, selfChecks.find(pageId), maySave));
    }
}
