package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;

/**
 * Compile-only stand-in with the member the plugin calls. {@code getSpace()} is listed as inherited from this class
 * on https://docs.atlassian.com/atlassian-confluence/1000.1829.0/com/atlassian/confluence/event/events/space/SpaceRemoveEvent.html
 * Kind and constructor checked against the decompiled Confluence 8.7.2 class
 * ({@code public abstract class SpaceEvent extends ConfluenceEvent}, {@code SpaceEvent(Object src, Space space)});
 * ConfluenceEvent is left out: nothing of it is used. The space is kept because {@code getSpace()} must return it.
 */
public abstract class SpaceEvent {

    private final Space space;

    public SpaceEvent(Object src, Space space) {
        this.space = space;
    }

    public Space getSpace() {
        return space;
    }
}
