package org.coachingconversations.confluence.listener;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.security.ContentPermission;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.conversation.FormField;
import org.coachingconversations.domain.conversation.FormInput;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Restricts a new Cycle Record page (seed 003) as soon as the create-content plugin has saved it: unless the space
 * turned {@code restrictCycleRecords} off, only the teacher, the observer and the space's leaders group may view it,
 * and only the teacher and the observer may edit it.
 *
 * <p>The people are read from the wizard's fields ({@code teacher}, {@code observer}: user names from the user
 * pickers), which the event's context carries on every path the host creates a blueprint page by; the context
 * provider checked them before the page was generated. The space comes from the page, the blueprint from the event,
 * so nothing a wizard could send decides whether a page is restricted.
 *
 * <p>Fails closed: when neither teacher nor observer can be found any more, the page is restricted to whoever created
 * it rather than left open; an empty set of permissions would lift the restriction instead.
 */
@Component
public class CycleRecordRestrictionListener {

    /** The blueprint module's complete key; the plugin key is fixed by the descriptor (see PluginDescriptorTest). */
    public static final String CYCLE_RECORD_BLUEPRINT =
            "org.coachingconversations.coaching-conversations:coaching-cycle-record-blueprint";

    private static final Logger LOG = LoggerFactory.getLogger(CycleRecordRestrictionListener.class);

    private final EventPublisher eventPublisher;
    private final ContentPermissionManager contentPermissions;
    private final UserAccessor userAccessor;
    private final SpaceSettingsStore spaceSettings;

    public CycleRecordRestrictionListener(EventPublisher eventPublisher, ContentPermissionManager contentPermissions,
            UserAccessor userAccessor, SpaceSettingsStore spaceSettings) {
        this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
        this.contentPermissions = Objects.requireNonNull(contentPermissions, "contentPermissions");
        this.userAccessor = Objects.requireNonNull(userAccessor, "userAccessor");
        this.spaceSettings = Objects.requireNonNull(spaceSettings, "spaceSettings");
    }

    @PostConstruct
    public void subscribe() {
        eventPublisher.register(this);
    }

    @PreDestroy
    public void unsubscribe() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        if (event.getBlueprint() == null
                || !CYCLE_RECORD_BLUEPRINT.equals(event.getBlueprint().getModuleCompleteKey())) {
            return;
        }
        Page page = event.getPage();
        try {
            restrict(page, event.getContext(), event.getCreator());
        } catch (RuntimeException failure) {
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} could not be restricted to its"
                    + " teacher, observer and leaders; check its restrictions by hand", page.getId(), page.getSpaceKey(),
                    failure);
            throw failure;
        }
    }

    private void restrict(Page page, Map<String, Object> context, ConfluenceUser creator) {
        SpaceSettings settings = spaceSettings.get(page.getSpaceKey());
        if (!settings.restrictCycleRecords()) {
            return;
        }
        FormInput wizard = FormInput.of(context == null ? Map.of() : context);
        List<ConfluenceUser> participants = new ArrayList<>();
        for (FormField field : List.of(FormField.TEACHER, FormField.OBSERVER)) {
            Optional<ConfluenceUser> user = user(wizard, field);
            if (user.isPresent()) {
                participants.add(user.get());
            } else {
                LOG.warn("Coaching Conversations: the Cycle Record page {} names no known {}; it is restricted without"
                        + " them", page.getId(), field.wireName());
            }
        }
        if (participants.isEmpty() && creator != null) {
            participants.add(creator);
        }
        List<ContentPermission> viewers = new ArrayList<>();
        List<ContentPermission> editors = new ArrayList<>();
        for (ConfluenceUser participant : participants) {
            viewers.add(ContentPermission.createUserPermission(ContentPermission.VIEW_PERMISSION, participant));
            editors.add(ContentPermission.createUserPermission(ContentPermission.EDIT_PERMISSION, participant));
        }
        settings.leadersGroupName().ifPresent(group ->
                viewers.add(ContentPermission.createGroupPermission(ContentPermission.VIEW_PERMISSION, group)));
        if (viewers.isEmpty()) {
            throw new IllegalStateException("Nobody to restrict the page to: no teacher, observer, creator or leaders"
                    + " group");
        }
        contentPermissions.setContentPermissions(viewers, page, ContentPermission.VIEW_PERMISSION);
        if (!editors.isEmpty()) {
            contentPermissions.setContentPermissions(editors, page, ContentPermission.EDIT_PERMISSION);
        }
    }

    /** The user a wizard field names; the same name twice (teacher as observer) is refused by the form before. */
    private Optional<ConfluenceUser> user(FormInput wizard, FormField field) {
        return wizard.values(field).stream()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .findFirst()
                .map(userAccessor::getUserByName);
    }
}
