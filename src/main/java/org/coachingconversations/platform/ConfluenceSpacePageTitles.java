package org.coachingconversations.platform;

import com.atlassian.confluence.pages.PageManager;
import org.coachingconversations.domain.conversation.SpacePageTitles;
import org.springframework.stereotype.Component;

/** Page titles of a space, asked the way Confluence's create-content plugin asks before it creates a page. */
@Component
public class ConfluenceSpacePageTitles implements SpacePageTitles {

    private final PageManager pageManager;

    public ConfluenceSpacePageTitles(PageManager pageManager) {
        this.pageManager = pageManager;
    }

    @Override
    public boolean exists(String spaceKey, String title) {
        return pageManager.getPage(spaceKey, title) != null;
    }
}
