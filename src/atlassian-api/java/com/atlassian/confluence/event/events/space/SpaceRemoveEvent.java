package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.core.util.ProgressMeter;

/**
 * Compile-only stand-in: the space was removed. Checked against
 * https://docs.atlassian.com/atlassian-confluence/1000.1829.0/com/atlassian/confluence/event/events/space/SpaceRemoveEvent.html
 * ({@code SpaceRemoveEvent(Object src, Space removedSpace, ProgressMeter progressMeter)}; same in the decompiled
 * Confluence 8.7.2 class).
 */
public class SpaceRemoveEvent extends SpaceEvent {

    public SpaceRemoveEvent(Object src, Space removedSpace, ProgressMeter progressMeter) {
        super(src, removedSpace);
    }
}
