package org.coachingconversations.confluence.listener;

import static org.junit.Assert.assertEquals;

import com.atlassian.confluence.event.events.security.ContentPermissionEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.spaces.Space;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coachingconversations.application.dashboard.TrackRestrictedPages;
import org.coachingconversations.domain.dashboard.RestrictedPages;
import org.coachingconversations.platform.PluginKey;
import org.coachingconversations.testing.event.AnnotatedEventPublisher;
import org.junit.Before;
import org.junit.Test;

/** Which host events list a page as restricted for the dashboard. */
public class PageRestrictionListenerTest {

    private final Map<Long, String> listed = new HashMap<>();
    private final AnnotatedEventPublisher publisher = new AnnotatedEventPublisher();

    private PageRestrictionListener target;

    @Before
    public void setUp() {
        RestrictedPages pages = new RestrictedPages() {
            @Override
            public Set<Long> inSpace(String spaceKey) {
                return listed.entrySet().stream().filter(entry -> entry.getValue().equals(spaceKey))
                        .map(Map.Entry::getKey).collect(Collectors.toSet());
            }

            @Override
            public void add(long pageId, String spaceKey) {
                listed.put(pageId, spaceKey);
            }
        };
        target = new PageRestrictionListener(publisher, new TrackRestrictedPages(pages));
        target.subscribe();
    }

    private static Page page(long id) {
        Page page = new Page();
        page.setId(id);
        page.setSpace(new Space("LINCOLN"));
        return page;
    }

    private static BlueprintPageCreateEvent created(long pageId, String blueprintKey) {
        ContentBlueprint blueprint = new ContentBlueprint();
        blueprint.setModuleCompleteKey(blueprintKey);
        return new BlueprintPageCreateEvent(new Object(), page(pageId), blueprint, null, Map.of());
    }

    @Test
    public void onContentPermission_shouldListThePage_whenItsViewPermissionsChangeEitherWay() {
        // When
        publisher.publish(new ContentPermissionEvent(this, page(7),
                ContentPermission.createGroupPermission(ContentPermission.VIEW_PERMISSION, "teachers")));
        publisher.publish(new ContentPermissionEvent(this, page(8), null));

        // Then
        assertEquals(Map.of(7L, "LINCOLN", 8L, "LINCOLN"), listed);
    }

    @Test
    public void onContentPermission_shouldIgnoreEditPermissions() {
        // When
        publisher.publish(new ContentPermissionEvent(this, page(7),
                ContentPermission.createGroupPermission(ContentPermission.EDIT_PERMISSION, "teachers")));

        // Then
        assertEquals(Map.of(), listed);
    }

    @Test
    public void onBlueprintPageCreated_shouldListNewCycleRecordsOnly() {
        // When
        publisher.publish(created(21, CycleRecordRestrictionListener.CYCLE_RECORD_BLUEPRINT));
        publisher.publish(created(22, PluginKey.completeKey("coaching-coaching-conversation-blueprint")));

        // Then
        assertEquals(Map.of(21L, "LINCOLN"), listed);
    }
}
