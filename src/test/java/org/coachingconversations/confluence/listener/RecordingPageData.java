package org.coachingconversations.confluence.listener;

import java.util.ArrayList;
import java.util.List;
import org.coachingconversations.domain.lifecycle.PageDataLifecycle;

/** A store of page data that writes down what it was told, in order. */
class RecordingPageData implements PageDataLifecycle {

    private final List<String> calls = new ArrayList<>();

    List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void pageTrashed(long pageId) {
        calls.add("trashed " + pageId);
    }

    @Override
    public void pageRestored(long pageId) {
        calls.add("restored " + pageId);
    }

    @Override
    public void pagePurged(long pageId) {
        calls.add("purged " + pageId);
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        calls.add("space removed " + spaceKey);
    }
}
