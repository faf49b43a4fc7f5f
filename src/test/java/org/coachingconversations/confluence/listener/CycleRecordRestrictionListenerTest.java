package org.coachingconversations.confluence.listener;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.coachingconversations.testing.event.AnnotatedEventPublisher;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Element;

public class CycleRecordRestrictionListenerTest {

    private static final String SPACE = "LINCOLN";
    private static final ZoneId ZONE = ZoneId.of("America/Denver");
    private static final String SPS_BLUEPRINT =
            "org.coachingconversations.coaching-conversations:coaching-sps-reflection-blueprint";
    private static final HostUser TERESA = new HostUser("tmorales");
    private static final HostUser OMAR = new HostUser("ohaddad");
    private static final HostUser CREATOR = new HostUser("secretary");

    private final AnnotatedEventPublisher publisher = new AnnotatedEventPublisher();
    private final RecordingContentPermissions permissions = new RecordingContentPermissions();
    private final Map<String, ConfluenceUser> users = new HashMap<>(Map.of("tmorales", TERESA, "ohaddad", OMAR));
    private final UserAccessor userAccessor = users::get;
    private final Map<String, SpaceSettings> settings = new HashMap<>();
    private final SpaceSettingsStore store = new SpaceSettingsStore() {
        @Override
        public SpaceSettings get(String spaceKey) {
            return settings.getOrDefault(spaceKey, SpaceSettings.defaults(ZONE));
        }

        @Override
        public void save(String spaceKey, SpaceSettings value) {
            settings.put(spaceKey, value);
        }
    };

    private final CycleRecordRestrictionListener target =
            new CycleRecordRestrictionListener(publisher, permissions, userAccessor, store);

    @Before
    public void subscribe() {
        target.subscribe();
    }

    @Test
    public void onBlueprintPageCreated_shouldLetOnlyTeacherObserverAndLeadersView_andOnlyTeacherAndObserverEdit() {
        // Given
        useSettings(SpaceSettings.builder(ZONE).leadersGroup("lincoln-leaders"));
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, Map.of("teacher", "tmorales", "observer", "ohaddad")));

        // Then
        assertEquals(List.of("user:tmorales", "user:ohaddad", "group:lincoln-leaders"),
                permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
        assertEquals(List.of("user:tmorales", "user:ohaddad"), permissions.subjects(page, ContentPermission.EDIT_PERMISSION));
    }

    @Test
    public void onBlueprintPageCreated_shouldRestrictByDefault_toTeacherAndObserver_whenTheSpaceNamesNoLeaders() {
        // Given: a space nobody configured
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, Map.of("teacher", " tmorales ", "observer", List.of("ohaddad"))));

        // Then
        assertEquals(List.of("user:tmorales", "user:ohaddad"), permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
        assertEquals(List.of("user:tmorales", "user:ohaddad"), permissions.subjects(page, ContentPermission.EDIT_PERMISSION));
    }

    @Test
    public void onBlueprintPageCreated_shouldLeaveThePageOpen_whenTheSpaceTurnedRestrictionOff() {
        // Given
        useSettings(SpaceSettings.builder(ZONE).leadersGroup("lincoln-leaders").restrictCycleRecords(false));

        // When
        publisher.publish(cycleRecordCreated(page(4242), Map.of("teacher", "tmorales", "observer", "ohaddad")));

        // Then
        assertTrue(permissions.calls.isEmpty());
    }

    @Test
    public void onBlueprintPageCreated_shouldFollowTheSettingsOfThePagesOwnSpace() {
        // Given
        settings.put("OTHER", SpaceSettings.builder(ZONE).restrictCycleRecords(false).build());
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, Map.of("teacher", "tmorales", "observer", "ohaddad")));

        // Then
        assertEquals(List.of("user:tmorales", "user:ohaddad"), permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
    }

    @Test
    public void onBlueprintPageCreated_shouldLeaveOtherBlueprintsPagesAlone() {
        // Given
        BlueprintPageCreateEvent spsPage = new BlueprintPageCreateEvent(this, page(7), blueprint(SPS_BLUEPRINT), CREATOR,
                new LinkedHashMap<>(Map.of("teacher", "tmorales", "observer", "ohaddad")));

        // When
        publisher.publish(spsPage);

        // Then
        assertTrue(permissions.calls.isEmpty());
    }

    @Test
    public void onBlueprintPageCreated_shouldRestrictToWhoRemains_whenTheTeacherIsNoLongerKnown() {
        // Given
        users.remove("tmorales");
        useSettings(SpaceSettings.builder(ZONE).leadersGroup("lincoln-leaders"));
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, Map.of("teacher", "tmorales", "observer", "ohaddad")));

        // Then
        assertEquals(List.of("user:ohaddad", "group:lincoln-leaders"),
                permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
        assertEquals(List.of("user:ohaddad"), permissions.subjects(page, ContentPermission.EDIT_PERMISSION));
    }

    @Test
    public void onBlueprintPageCreated_shouldRestrictToTheCreator_ratherThanLeaveThePageOpen_whenNeitherIsKnown() {
        // Given
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, Map.of("teacher", "nobody")));

        // Then
        assertEquals(List.of("user:secretary"), permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
        assertEquals(List.of("user:secretary"), permissions.subjects(page, ContentPermission.EDIT_PERMISSION));
    }

    @Test
    public void unsubscribe_shouldStopRestrictingNewPages() {
        // Given
        target.unsubscribe();

        // When
        publisher.publish(cycleRecordCreated(page(4242), Map.of("teacher", "tmorales", "observer", "ohaddad")));

        // Then
        assertFalse(publisher.isRegistered(target));
        assertTrue(permissions.calls.isEmpty());
    }

    @Test
    public void cycleRecordBlueprint_shouldBeTheDescriptorsCycleRecordBlueprint_createdWithoutTheEditor() {
        // Given
        PluginDescriptor descriptor = PluginDescriptor.load();

        // When
        Element blueprint = descriptor.elements("blueprint").stream()
                .filter(element -> CycleRecordRestrictionListener.CYCLE_RECORD_BLUEPRINT
                        .equals(descriptor.pluginKey() + ":" + element.getAttribute("key")))
                .findFirst().orElseThrow(() -> new AssertionError("No blueprint "
                        + CycleRecordRestrictionListener.CYCLE_RECORD_BLUEPRINT + " in the descriptor"));

        // Then: the host publishes the creation event as it saves a page created directly
        assertEquals("coaching-cycle-record-template", blueprint.getAttribute("content-template-key"));
        assertEquals("view", blueprint.getAttribute("create-result"));
    }

    private void useSettings(SpaceSettings.Builder builder) {
        settings.put(SPACE, builder.build());
    }

    private static BlueprintPageCreateEvent cycleRecordCreated(Page page, Map<String, Object> context) {
        return new BlueprintPageCreateEvent(new Object(), page,
                blueprint(CycleRecordRestrictionListener.CYCLE_RECORD_BLUEPRINT), CREATOR, new LinkedHashMap<>(context));
    }

    private static ContentBlueprint blueprint(String completeKey) {
        ContentBlueprint blueprint = new ContentBlueprint();
        blueprint.setModuleCompleteKey(completeKey);
        return blueprint;
    }

    private static Page page(long id) {
        Page page = new Page();
        page.setId(id);
        page.setSpace(new Space(SPACE));
        return page;
    }

    /** A user of the host, known by name. */
    private record HostUser(String name) implements ConfluenceUser {
    }

    /**
     * The host's permission manager as its javadoc describes {@code setContentPermissions}: the permissions of that type
     * on that content are replaced by the given ones. Keeps every call, in order.
     */
    private static final class RecordingContentPermissions implements ContentPermissionManager {

        private final List<Call> calls = new ArrayList<>();
        private final Map<String, List<ContentPermission>> current = new LinkedHashMap<>();

        @Override
        public void setContentPermissions(Collection<ContentPermission> permissions, ContentEntityObject content,
                String type) {
            for (ContentPermission permission : permissions) {
                if (!type.equals(permission.getType())) {
                    throw new IllegalArgumentException("A " + permission.getType() + " permission set as " + type);
                }
            }
            calls.add(new Call(content.getId(), type));
            current.put(content.getId() + "/" + type, List.copyOf(permissions));
        }

        /** Who holds that type of permission on the page: "user:name" or "group:name", in the order given. */
        List<String> subjects(ContentEntityObject content, String type) {
            return current.getOrDefault(content.getId() + "/" + type, List.of()).stream()
                    .map(permission -> permission.isUserPermission()
                            ? "user:" + ((HostUser) permission.getUserSubject()).name()
                            : "group:" + permission.getGroupName())
                    .collect(Collectors.toList());
        }

        private record Call(long contentId, String type) {
        }
    }
}
