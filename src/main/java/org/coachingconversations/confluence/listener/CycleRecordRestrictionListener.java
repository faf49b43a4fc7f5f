package org.coachingconversations.confluence.listener;

import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.application.cyclerecord.RestrictCycleRecord;
import org.coachingconversations.confluence.blueprint.BlueprintFacts;
import org.coachingconversations.confluence.blueprint.StorageFormat;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.platform.ConfluenceCreatedPageControls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.coachingconversations.platform.HostEventListener;
import org.coachingconversations.platform.PluginKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Hands a new Cycle Record page (seed 003), as soon as the create-content plugin has saved it, to
 * {@link RestrictCycleRecord}, which decides who may view and edit it and fails closed.
 *
 * <p>The people are the user keys the Cycle Record's context provider wrote ({@link BlueprintFacts#TEACHER_USER_KEY},
 * {@link BlueprintFacts#OBSERVER_USER_KEY}), never the wizard's fields, which are user input. The space comes from
 * the page, the blueprint from the event, so nothing a wizard could send decides whether a page is restricted. The
 * host's event dispatcher logs and swallows whatever a listener throws, which would leave the page open, so nothing
 * is thrown from here.
 */
@Component
public class CycleRecordRestrictionListener extends HostEventListener {

    /** The blueprint module's complete key; the plugin key is fixed by the descriptor (see PluginDescriptorTest). */
    public static final String CYCLE_RECORD_BLUEPRINT = PluginKey.completeKey("coaching-cycle-record-blueprint");

    static final String WARNING_TITLE = "coaching.restriction.creator-only.title";
    static final String WARNING_TEXT = "coaching.restriction.creator-only.text";

    private static final Logger LOG = LoggerFactory.getLogger(CycleRecordRestrictionListener.class);

    private final ContentPermissionManager contentPermissions;
    private final UserAccessor userAccessor;
    private final PageManager pageManager;
    private final I18nResolver i18n;
    private final RestrictCycleRecord restrictCycleRecord;

    @Autowired
    public CycleRecordRestrictionListener(EventPublisher eventPublisher, ContentPermissionManager contentPermissions,
            UserAccessor userAccessor, PageManager pageManager, I18nResolver i18n, RestrictCycleRecord restrictCycleRecord) {
        super(eventPublisher);
        this.contentPermissions = Objects.requireNonNull(contentPermissions, "contentPermissions");
        this.userAccessor = Objects.requireNonNull(userAccessor, "userAccessor");
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.restrictCycleRecord = Objects.requireNonNull(restrictCycleRecord, "restrictCycleRecord");
    }

    public CycleRecordRestrictionListener(EventPublisher eventPublisher, ContentPermissionManager contentPermissions,
            UserAccessor userAccessor, PageManager pageManager, I18nResolver i18n, SpaceSettingsStore spaceSettings) {
        this(eventPublisher, contentPermissions, userAccessor, pageManager, i18n, new RestrictCycleRecord(spaceSettings));
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        if (event.getBlueprint() == null
                || !CYCLE_RECORD_BLUEPRINT.equals(event.getBlueprint().getModuleCompleteKey())) {
            return;
        }
        Page page = event.getPage();
        try {
            Map<String, Object> context = event.getContext();
            restrictCycleRecord.restrict(
                    new ConfluenceCreatedPageControls(page, event.getCreator(), contentPermissions, userAccessor,
                            pageManager, () -> creatorOnlyWarning(page)),
                    fact(context, BlueprintFacts.TEACHER_USER_KEY), fact(context, BlueprintFacts.OBSERVER_USER_KEY));
        } catch (RuntimeException unexpected) {
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} may be open to the whole space;"
                    + " restrict it by hand", page == null ? null : page.getId(),
                    page == null ? null : page.getSpaceKey(), unexpected);
        }
    }

    private static Optional<String> fact(Map<String, Object> context, String key) {
        return context != null && context.get(key) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    private String creatorOnlyWarning(Page page) {
        StorageFormat storage = new StorageFormat();
        return storage.panel(StorageFormat.Panel.WARNING, i18n.getText(WARNING_TITLE),
                storage.paragraph(i18n.getText(WARNING_TEXT, String.valueOf(page.getId())))).markup();
    }
}
