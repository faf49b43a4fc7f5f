package org.coachingconversations.confluence.listener;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.event.events.security.ContentPermissionEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.util.Objects;
import org.coachingconversations.application.dashboard.TrackRestrictedPages;
import org.coachingconversations.platform.HostEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells the dashboard which pages carry view restrictions: every page whose view restrictions the host announces as
 * changed ({@link ContentPermissionEvent}), and every new Cycle Record, which the app restricts as it is created. If
 * an event is missed, the dashboard still never shows a row the host hides: it checks every row it lists and lists
 * the page then.
 */
@Component
public class PageRestrictionListener extends HostEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(PageRestrictionListener.class);

    private final TrackRestrictedPages trackRestrictedPages;

    @Autowired
    public PageRestrictionListener(EventPublisher eventPublisher, TrackRestrictedPages trackRestrictedPages) {
        super(eventPublisher);
        this.trackRestrictedPages = Objects.requireNonNull(trackRestrictedPages, "trackRestrictedPages");
    }

    @EventListener
    public void onContentPermission(ContentPermissionEvent event) {
        ContentPermission permission = event.getContentPermission();
        if (permission != null && ContentPermission.EDIT_PERMISSION.equals(permission.getType())) {
            return;
        }
        track(event.getContent());
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        if (event.getBlueprint() != null && CycleRecordRestrictionListener.CYCLE_RECORD_BLUEPRINT
                .equals(event.getBlueprint().getModuleCompleteKey())) {
            track(event.getPage());
        }
    }

    private void track(ContentEntityObject content) {
        if (!(content instanceof SpaceContentEntityObject page) || page.getSpaceKey() == null) {
            return;
        }
        try {
            trackRestrictedPages.restrictionsChanged(page.getId(), page.getSpaceKey());
        } catch (RuntimeException e) {
            LOG.error("Coaching Conversations: could not note that page {} carries restrictions; the follow-up"
                    + " dashboard notes it when it first finds the page hidden from a viewer", page.getId(), e);
        }
    }
}
