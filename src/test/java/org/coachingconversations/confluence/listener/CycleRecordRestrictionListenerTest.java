package org.coachingconversations.confluence.listener;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.core.DefaultDeleteContext;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.core.DeleteContext;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coachingconversations.confluence.blueprint.BlueprintFacts;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.coachingconversations.testing.event.AnnotatedEventPublisher;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Element;

public class CycleRecordRestrictionListenerTest {

    private static final String SPACE = "LINCOLN";
    private static final ZoneId ZONE = ZoneId.of("America/Denver");
    private static final String SPS_BLUEPRINT =
            "org.coachingconversations.coaching-conversations:coaching-sps-reflection-blueprint";
    private static final String BODY = "<h2>Observation details</h2><p>Teacher: Teresa Morales</p>";
    private static final HostUser TERESA = new HostUser("key-teresa", "tmorales");
    private static final HostUser OMAR = new HostUser("key-omar", "ohaddad");
    private static final HostUser CREATOR = new HostUser("key-secretary", "secretary");

    private final AnnotatedEventPublisher publisher = new AnnotatedEventPublisher();
    private final HostContentPermissions permissions = new HostContentPermissions();
    private final HostPageManager pages = new HostPageManager();
    private final Map<String, HostUser> users = new HashMap<>(Map.of(TERESA.key(), TERESA, OMAR.key(), OMAR,
            CREATOR.key(), CREATOR));
    private final UserAccessor userAccessor = new UserAccessor() {
        @Override
        public ConfluenceUser getUserByKey(UserKey key) {
            return users.get(key.getStringValue());
        }

        @Override
        public ConfluenceUser getUserByName(String name) {
            return users.values().stream().filter(user -> user.name().equals(name)).findFirst().orElse(null);
        }

        @Override
        public com.atlassian.user.Group getGroup(String name) {
            return null;
        }

        @Override
        public java.util.List<com.atlassian.user.Group> getGroupsAsList() {
            return java.util.List.of();
        }
    };
    private final Map<String, SpaceSettings> settings = new HashMap<>();
    private RuntimeException settingsFailure;
    private final SpaceSettingsStore store = new SpaceSettingsStore() {
        @Override
        public SpaceSettings get(String spaceKey) {
            if (settingsFailure != null) {
                throw settingsFailure;
            }
            return settings.getOrDefault(spaceKey, SpaceSettings.defaults(ZONE));
        }

        @Override
        public void save(String spaceKey, SpaceSettings value) {
            settings.put(spaceKey, value);
        }
    };

    private final CycleRecordRestrictionListener target = new CycleRecordRestrictionListener(publisher, permissions,
            userAccessor, pages, BundleI18nResolver.fromDescriptor(), store);

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
        publisher.publish(cycleRecordCreated(page, facts(TERESA, OMAR)));

        // Then
        assertEquals(List.of("user:tmorales", "user:ohaddad", "group:lincoln-leaders"),
                permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
        assertEquals(List.of("user:tmorales", "user:ohaddad"), permissions.subjects(page, ContentPermission.EDIT_PERMISSION));
        assertEquals(BODY, page.getBodyAsString());
        assertTrue(pages.saved.isEmpty());
        assertTrue(pages.trashed.isEmpty());
    }

    @Test
    public void onBlueprintPageCreated_shouldRestrictByDefault_toTeacherAndObserver_whenTheSpaceNamesNoLeaders() {
        // Given: a space nobody configured
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, facts(TERESA, OMAR)));

        // Then
        assertEquals(List.of("user:tmorales", "user:ohaddad"), permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
        assertEquals(List.of("user:tmorales", "user:ohaddad"), permissions.subjects(page, ContentPermission.EDIT_PERMISSION));
    }

    @Test
    public void onBlueprintPageCreated_shouldReadThePeopleFromTheProvidersFacts_notFromTheWizardsFields() {
        // Given the wizard's fields name someone else than the facts the provider wrote
        Map<String, Object> context = facts(TERESA, OMAR);
        context.put("teacher", "secretary");
        context.put("observer", "secretary");
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, context));

        // Then
        assertEquals(List.of("user:tmorales", "user:ohaddad"), permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
    }

    @Test
    public void onBlueprintPageCreated_shouldLeaveThePageOpen_whenTheSpaceTurnedRestrictionOff() {
        // Given
        useSettings(SpaceSettings.builder(ZONE).leadersGroup("lincoln-leaders").restrictCycleRecords(false));

        // When
        publisher.publish(cycleRecordCreated(page(4242), facts(TERESA, OMAR)));

        // Then
        assertTrue(permissions.calls.isEmpty());
        assertTrue(pages.saved.isEmpty());
    }

    @Test
    public void onBlueprintPageCreated_shouldFollowTheSettingsOfThePagesOwnSpace() {
        // Given
        settings.put("OTHER", SpaceSettings.builder(ZONE).restrictCycleRecords(false).build());
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, facts(TERESA, OMAR)));

        // Then
        assertEquals(List.of("user:tmorales", "user:ohaddad"), permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
    }

    @Test
    public void onBlueprintPageCreated_shouldLeaveOtherBlueprintsPagesAlone() {
        // Given
        BlueprintPageCreateEvent spsPage = new BlueprintPageCreateEvent(this, page(7), blueprint(SPS_BLUEPRINT), CREATOR,
                facts(TERESA, OMAR));

        // When
        publisher.publish(spsPage);

        // Then
        assertTrue(permissions.calls.isEmpty());
    }

    @Test
    public void onBlueprintPageCreated_shouldRestrictToTheCreatorAndWarnThem_whenTheFactsNameNoPeople() {
        // Given only the wizard's fields, which are user input
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, new LinkedHashMap<>(Map.of("teacher", "tmorales",
                "observer", "ohaddad"))));

        // Then
        assertRestrictedToTheCreatorWithAWarning(page);
    }

    @Test
    public void onBlueprintPageCreated_shouldRestrictToTheCreator_whenTheTeacherIsNoLongerKnown() {
        // Given
        users.remove(TERESA.key());
        useSettings(SpaceSettings.builder(ZONE).leadersGroup("lincoln-leaders"));
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, facts(TERESA, OMAR)));

        // Then
        assertRestrictedToTheCreatorWithAWarning(page);
    }

    @Test
    public void onBlueprintPageCreated_shouldRestrictToTheCreatorAndWarnThem_whenTheFullRestrictionFails() {
        // Given a host that refuses to restrict a page to anyone but its creator
        useSettings(SpaceSettings.builder(ZONE).leadersGroup("lincoln-leaders"));
        permissions.refuseAnyoneBut(CREATOR);
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, facts(TERESA, OMAR)));

        // Then
        assertRestrictedToTheCreatorWithAWarning(page);
        assertSame(DefaultSaveContext.SUPPRESS_NOTIFICATIONS, pages.saved.get(0).context());
    }

    @Test
    public void onBlueprintPageCreated_shouldRestrictToTheCreator_whenTheEditRestrictionFailsAfterTheViewRestriction() {
        // Given
        permissions.refuseAnyoneBut(CREATOR, ContentPermission.EDIT_PERMISSION);
        useSettings(SpaceSettings.builder(ZONE).leadersGroup("lincoln-leaders"));
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, facts(TERESA, OMAR)));

        // Then
        assertRestrictedToTheCreatorWithAWarning(page);
    }

    @Test
    public void onBlueprintPageCreated_shouldRestrictToTheCreator_whenTheSpaceSettingsCannotBeRead() {
        // Given
        settingsFailure = new IllegalStateException("database unavailable");
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, facts(TERESA, OMAR)));

        // Then
        assertRestrictedToTheCreatorWithAWarning(page);
    }

    @Test
    public void onBlueprintPageCreated_shouldMoveThePageToTheTrash_whenNoRestrictionCanBeSet() {
        // Given
        permissions.refuseEverything();
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, facts(TERESA, OMAR)));

        // Then
        assertEquals(List.of(4242L), pages.trashed);
        assertTrue(pages.saved.isEmpty());
    }

    @Test
    public void onBlueprintPageCreated_shouldMoveThePageToTheTrash_whenThereIsNoCreatorToFallBackTo() {
        // Given
        permissions.refuseAnyoneBut(CREATOR);
        Page page = page(4242);

        // When
        publisher.publish(new BlueprintPageCreateEvent(new Object(), page,
                blueprint(CycleRecordRestrictionListener.CYCLE_RECORD_BLUEPRINT), null, facts(TERESA, OMAR)));

        // Then
        assertEquals(List.of(4242L), pages.trashed);
    }

    @Test
    public void onBlueprintPageCreated_shouldKeepThePageClosed_whenTheWarningCannotBeSaved() {
        // Given
        permissions.refuseAnyoneBut(CREATOR);
        pages.refuseSaving = true;
        Page page = page(4242);

        // When
        publisher.publish(cycleRecordCreated(page, facts(TERESA, OMAR)));

        // Then
        assertEquals(List.of("user:secretary"), permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
        assertTrue(pages.trashed.isEmpty());
    }

    @Test
    public void onBlueprintPageCreated_shouldNeverThrowToTheHostsDispatcher_whenEvenTheTrashFails() {
        // Given
        permissions.refuseEverything();
        pages.refuseTrashing = true;

        // When
        publisher.publish(cycleRecordCreated(page(4242), facts(TERESA, OMAR)));

        // Then: reaching this line is the test (the publisher rethrows what a listener throws)
        assertTrue(pages.trashed.isEmpty());
    }

    @Test
    public void unsubscribe_shouldStopRestrictingNewPages() {
        // Given
        target.unsubscribe();

        // When
        publisher.publish(cycleRecordCreated(page(4242), facts(TERESA, OMAR)));

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

    private void assertRestrictedToTheCreatorWithAWarning(Page page) {
        assertEquals(List.of("user:secretary"), permissions.subjects(page, ContentPermission.VIEW_PERMISSION));
        assertEquals(List.of("user:secretary"), permissions.subjects(page, ContentPermission.EDIT_PERMISSION));
        assertTrue(pages.trashed.isEmpty());
        assertEquals(1, pages.saved.size());
        assertSame(page, pages.saved.get(0).content());
        assertThat(page.getBodyAsString(), startsWith("<ac:structured-macro ac:name=\"warning\""));
        assertThat(page.getBodyAsString(), containsString("Only you can see this Cycle Record"));
        assertThat(page.getBodyAsString(), containsString("the error about page 4242 in the log"));
        assertThat(page.getBodyAsString(), containsString("the space&#39;s leaders"));
        assertTrue(page.getBodyAsString().endsWith(BODY));
    }

    private void useSettings(SpaceSettings.Builder builder) {
        settings.put(SPACE, builder.build());
    }

    /** The facts the Cycle Record's context provider writes about the people. */
    private static Map<String, Object> facts(HostUser teacher, HostUser observer) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put(BlueprintFacts.TEACHER_USER_KEY, teacher.key());
        context.put(BlueprintFacts.OBSERVER_USER_KEY, observer.key());
        return context;
    }

    private static BlueprintPageCreateEvent cycleRecordCreated(Page page, Map<String, Object> context) {
        return new BlueprintPageCreateEvent(new Object(), page,
                blueprint(CycleRecordRestrictionListener.CYCLE_RECORD_BLUEPRINT), CREATOR, context);
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
        page.setBodyAsString(BODY);
        return page;
    }

    /** A user of the host, known by key and name. */
    private record HostUser(String key, String name) implements ConfluenceUser {
    }

    /**
     * The host's permission manager as its javadoc describes {@code setContentPermissions}: the permissions of that
     * type on that content are replaced by the given ones. It can be told to fail as a host can (a group or user the
     * directory cannot resolve, a database error): then it changes nothing and throws.
     */
    private static final class HostContentPermissions implements ContentPermissionManager {

        private final List<Call> calls = new ArrayList<>();
        private final Map<String, List<ContentPermission>> current = new LinkedHashMap<>();
        private HostUser onlyAllowed;
        private String refusedType;
        private boolean refuseAll;

        void refuseAnyoneBut(HostUser user) {
            refuseAnyoneBut(user, null);
        }

        /** @param type the permission type refused, or null for both */
        void refuseAnyoneBut(HostUser user, String type) {
            this.onlyAllowed = user;
            this.refusedType = type;
        }

        void refuseEverything() {
            refuseAll = true;
        }

        @Override
        public void setContentPermissions(Collection<ContentPermission> permissions, ContentEntityObject content,
                String type) {
            for (ContentPermission permission : permissions) {
                if (!type.equals(permission.getType())) {
                    throw new IllegalArgumentException("A " + permission.getType() + " permission set as " + type);
                }
            }
            calls.add(new Call(content.getId(), type));
            boolean refused = refuseAll || (onlyAllowed != null && (refusedType == null || refusedType.equals(type))
                    && !permissions.stream().allMatch(permission -> onlyAllowed.equals(permission.getUserSubject())));
            if (refused) {
                throw new IllegalStateException("The directory is unavailable");
            }
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

    /** Keeps what was saved (with its save context) and what was trashed; can be told to refuse either. */
    private static final class HostPageManager implements PageManager {

        private final List<Save> saved = new ArrayList<>();
        private final List<Long> trashed = new ArrayList<>();
        private boolean refuseSaving;
        private boolean refuseTrashing;

        @Override
        public Page getPage(String spaceKey, String pageTitle) {
            return null;
        }

        @Override
        public AbstractPage getAbstractPage(long id) {
            return null;
        }

        @Override
        public void saveContentEntity(ContentEntityObject obj, SaveContext saveContext) {
            if (refuseSaving) {
                throw new IllegalStateException("The database is unavailable");
            }
            saved.add(new Save(obj, saveContext));
        }

        @Override
        public void trashPage(AbstractPage page, DeleteContext deleteContext) {
            if (refuseTrashing) {
                throw new IllegalStateException("The database is unavailable");
            }
            assertSame(DefaultDeleteContext.DEFAULT, deleteContext);
            trashed.add(page.getId());
        }

        private record Save(ContentEntityObject content, SaveContext context) {
        }
    }
}
