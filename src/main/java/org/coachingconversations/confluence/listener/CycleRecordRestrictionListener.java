package org.coachingconversations.confluence.listener;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.core.DefaultDeleteContext;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.confluence.blueprint.BlueprintFacts;
import org.coachingconversations.confluence.blueprint.StorageFormat;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.platform.HostEventListener;
import org.coachingconversations.platform.PluginKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Restricts a new Cycle Record page (seed 003) as soon as the create-content plugin has saved it: unless the space
 * turned {@code restrictCycleRecords} off, only the teacher, the observer and the space's leaders group may view it,
 * and only the teacher and the observer may edit it.
 *
 * <p>The people are the user keys the Cycle Record's context provider wrote ({@link BlueprintFacts#TEACHER_USER_KEY},
 * {@link BlueprintFacts#OBSERVER_USER_KEY}), never the wizard's fields, which are user input. The space comes from
 * the page, the blueprint from the event, so nothing a wizard could send decides whether a page is restricted.
 *
 * <p>Fails closed. By the time this runs the page is saved and open to the whole space, and the host's event
 * dispatcher logs and swallows whatever a listener throws, so throwing would leave it open. Instead:
 * <ol>
 * <li>when the full restriction cannot be set (or the facts naming the people are missing), the page is restricted
 * to its creator alone and a warning at its top tells the creator so (saved without notifications);</li>
 * <li>when even that fails, the page is moved to the trash.</li>
 * </ol>
 * Every fallback is logged at ERROR with the page id and space, for administrators (docs/admin-guide.md).
 */
@Component
public class CycleRecordRestrictionListener extends HostEventListener {

    /** The blueprint module's complete key. */
    public static final String CYCLE_RECORD_BLUEPRINT = PluginKey.completeKey("coaching-cycle-record-blueprint");

    static final String WARNING_TITLE = "coaching.restriction.creator-only.title";
    static final String WARNING_TEXT = "coaching.restriction.creator-only.text";

    private static final Logger LOG = LoggerFactory.getLogger(CycleRecordRestrictionListener.class);

    private final ContentPermissionManager contentPermissions;
    private final UserAccessor userAccessor;
    private final PageManager pageManager;
    private final I18nResolver i18n;
    private final SpaceSettingsStore spaceSettings;

    public CycleRecordRestrictionListener(EventPublisher eventPublisher, ContentPermissionManager contentPermissions,
            UserAccessor userAccessor, PageManager pageManager, I18nResolver i18n, SpaceSettingsStore spaceSettings) {
        super(eventPublisher);
        this.contentPermissions = Objects.requireNonNull(contentPermissions, "contentPermissions");
        this.userAccessor = Objects.requireNonNull(userAccessor, "userAccessor");
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.spaceSettings = Objects.requireNonNull(spaceSettings, "spaceSettings");
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        if (event.getBlueprint() == null
                || !CYCLE_RECORD_BLUEPRINT.equals(event.getBlueprint().getModuleCompleteKey())) {
            return;
        }
        Page page = event.getPage();
        try {
            close(page, event.getContext(), event.getCreator());
        } catch (RuntimeException unexpected) {
            // close() handles every failure it expects; whatever is left must still not reach the dispatcher
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} may be open to the whole space;"
                    + " restrict it by hand", page.getId(), page.getSpaceKey(), unexpected);
        }
    }

    private void close(Page page, Map<String, Object> context, ConfluenceUser creator) {
        Optional<SpaceSettings> settings = settings(page);
        if (settings.isPresent() && !settings.get().restrictCycleRecords()) {
            return;
        }
        if (settings.isPresent()) {
            Optional<List<ConfluenceUser>> participants = participants(page, context);
            if (participants.isPresent()) {
                try {
                    restrict(page, participants.get(), settings.get().leadersGroupName());
                    return;
                } catch (RuntimeException failure) {
                    LOG.error("Coaching Conversations: the Cycle Record page {} in space {} could not be restricted to"
                            + " its teacher, observer and leaders; restricting it to its creator", page.getId(),
                            page.getSpaceKey(), failure);
                }
            }
        }
        if (creator != null) {
            try {
                restrict(page, List.of(creator), Optional.empty());
                warnCreator(page);
                return;
            } catch (RuntimeException failure) {
                LOG.error("Coaching Conversations: the Cycle Record page {} in space {} could not be restricted to its"
                        + " creator either; moving it to the trash", page.getId(), page.getSpaceKey(), failure);
            }
        } else {
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} names no creator to restrict it to;"
                    + " moving it to the trash", page.getId(), page.getSpaceKey());
        }
        trash(page);
    }

    /** Empty when the settings cannot be read: the page is then closed as if its facts were missing. */
    private Optional<SpaceSettings> settings(Page page) {
        try {
            return Optional.of(spaceSettings.get(page.getSpaceKey()));
        } catch (RuntimeException failure) {
            LOG.error("Coaching Conversations: the settings of space {} could not be read for the new Cycle Record page"
                    + " {}; restricting it to its creator", page.getSpaceKey(), page.getId(), failure);
            return Optional.empty();
        }
    }

    /** The teacher and the observer the provider named; empty (and logged) when either cannot be found. */
    private Optional<List<ConfluenceUser>> participants(Page page, Map<String, Object> context) {
        List<ConfluenceUser> participants = new ArrayList<>();
        for (String fact : List.of(BlueprintFacts.TEACHER_USER_KEY, BlueprintFacts.OBSERVER_USER_KEY)) {
            Object userKey = context == null ? null : context.get(fact);
            ConfluenceUser user = userKey instanceof String key && !key.isBlank()
                    ? userAccessor.getUserByKey(new UserKey(key.strip()))
                    : null;
            if (user == null) {
                LOG.error("Coaching Conversations: the Cycle Record page {} in space {} has no known user under {};"
                        + " restricting it to its creator", page.getId(), page.getSpaceKey(), fact);
                return Optional.empty();
            }
            participants.add(user);
        }
        return Optional.of(participants);
    }

    /** Viewers are the users and the group; editors the users. An empty list would lift the restriction. */
    private void restrict(Page page, List<ConfluenceUser> users, Optional<String> viewingGroup) {
        List<ContentPermission> viewers = new ArrayList<>();
        List<ContentPermission> editors = new ArrayList<>();
        for (ConfluenceUser user : users) {
            viewers.add(ContentPermission.createUserPermission(ContentPermission.VIEW_PERMISSION, user));
            editors.add(ContentPermission.createUserPermission(ContentPermission.EDIT_PERMISSION, user));
        }
        viewingGroup.ifPresent(group ->
                viewers.add(ContentPermission.createGroupPermission(ContentPermission.VIEW_PERMISSION, group)));
        contentPermissions.setContentPermissions(viewers, page, ContentPermission.VIEW_PERMISSION);
        contentPermissions.setContentPermissions(editors, page, ContentPermission.EDIT_PERMISSION);
    }

    /**
     * Puts a warning at the top of the page, which only its creator can now open. The page stays closed whether or
     * not this works.
     */
    private void warnCreator(Page page) {
        try {
            StorageFormat storage = new StorageFormat();
            String warning = storage.panel(StorageFormat.Panel.WARNING, i18n.getText(WARNING_TITLE),
                    storage.paragraph(i18n.getText(WARNING_TEXT, String.valueOf(page.getId())))).markup();
            String body = page.getBodyAsString();
            page.setBodyAsString(warning + (body == null ? "" : body));
            pageManager.saveContentEntity(page, DefaultSaveContext.SUPPRESS_NOTIFICATIONS);
        } catch (RuntimeException failure) {
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} is restricted to its creator, but"
                    + " the warning saying so could not be added to it", page.getId(), page.getSpaceKey(), failure);
        }
    }

    private void trash(Page page) {
        try {
            pageManager.trashPage(page, DefaultDeleteContext.DEFAULT);
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} was moved to the trash because it"
                    + " could not be restricted", page.getId(), page.getSpaceKey());
        } catch (RuntimeException failure) {
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} could not be restricted nor moved to"
                    + " the trash and is open to the whole space; restrict or delete it by hand", page.getId(),
                    page.getSpaceKey(), failure);
        }
    }
}
