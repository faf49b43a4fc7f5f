package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.user.ConfluenceUser;

import java.util.Map;

/**
 * Compile-only stand-in with the members the plugin (and its tests) call. No javadoc page was readable; checked against
 * the decompiled create-content plugin of Confluence 8.7.2: {@code @PublicApi public class BlueprintPageCreateEvent}
 * extending the deprecated {@code ...createcontent.events.BlueprintPageCreateEvent} (left out), itself a
 * {@code PageEvent}; constructor {@code (Object, Page, ContentBlueprint, ConfluenceUser, Map<String, Object>)},
 * {@code getBlueprint()}, {@code getCreator()}, {@code getContext()}. The event keeps what it was built with.
 */
public class BlueprintPageCreateEvent extends PageEvent {

    private final ContentBlueprint blueprint;
    private final ConfluenceUser creator;
    private final Map<String, Object> context;

    public BlueprintPageCreateEvent(Object source, Page page, ContentBlueprint blueprint, ConfluenceUser creator,
            Map<String, Object> context) {
        super(source, page, false);
        this.blueprint = blueprint;
        this.creator = creator;
        this.context = context;
    }

    public ContentBlueprint getBlueprint() {
        return blueprint;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }

    public Map<String, Object> getContext() {
        return context;
    }
}
