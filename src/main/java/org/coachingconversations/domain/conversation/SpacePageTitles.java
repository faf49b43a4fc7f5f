package org.coachingconversations.domain.conversation;

/**
 * Port: which page titles a space already uses. Confluence refuses a second page with the same title in a space,
 * so a new conversation page asks before it picks its title (see {@link ConversationPageTitles}).
 */
public interface SpacePageTitles {

    boolean exists(String spaceKey, String title);
}
