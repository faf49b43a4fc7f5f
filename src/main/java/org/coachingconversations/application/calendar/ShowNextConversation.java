package org.coachingconversations.application.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.conversation.ConversationStore;

/**
 * The next coaching conversation agreed on a conversation page, for one viewer: the date this app stored when the
 * page was created from its blueprint, never text on the page (the page's text, and the wizard's fields it was made
 * from, are user input). Nothing at all unless the viewer may view the page; a failing permission check is a "no".
 */
public final class ShowNextConversation {

    /**
     * What the page shows.
     *
     * @param conversationPage whether this app stored a conversation for the page of a kind that plans the next one
     * @param date the next conversation's date, when one was agreed
     */
    public record NextConversation(long pageId, boolean conversationPage, Optional<LocalDate> date) {
        public NextConversation {
            Objects.requireNonNull(date, "date");
            if (!conversationPage && date.isPresent()) {
                throw new IllegalArgumentException("Only a conversation page has a next conversation date.");
            }
        }
    }

    private final PagePermissions pagePermissions;
    private final ConversationStore conversations;

    public ShowNextConversation(PagePermissions pagePermissions, ConversationStore conversations) {
        this.pagePermissions = Objects.requireNonNull(pagePermissions, "pagePermissions");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
    }

    /** @return empty when the viewer may not view the page, or the permission check fails */
    public Optional<NextConversation> show(long pageId, Optional<String> viewerKey) {
        if (!mayView(viewerKey, pageId)) {
            return Optional.empty();
        }
        return Optional.of(conversations.find(pageId).map(found -> found.value())
                .filter(conversation -> conversation.type().plansNextConversation())
                .map(conversation -> new NextConversation(pageId, true, conversation.nextConversationOn()))
                .orElseGet(() -> new NextConversation(pageId, false, Optional.empty())));
    }

    private boolean mayView(Optional<String> viewerKey, long pageId) {
        try {
            return pagePermissions.canView(viewerKey, pageId);
        } catch (RuntimeException failed) {
            return false;
        }
    }
}
