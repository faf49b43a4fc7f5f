package org.coachingconversations.confluence.listener;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.application.blueprint.BlueprintPageRegistration;
import org.coachingconversations.application.blueprint.RegisterBlueprintPage;
import org.coachingconversations.confluence.blueprint.BlueprintFacts;
import org.coachingconversations.domain.conversation.ConversationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.coachingconversations.platform.HostEventListener;
import org.coachingconversations.platform.PluginKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Hands a page created from one of the app's four blueprints to {@link RegisterBlueprintPage}. Everything comes from
 * the {@link BlueprintFacts} the type's context provider put into the blueprint context, which the event carries; the
 * page id and space come from the saved page.
 *
 * <p>The page exists when the event arrives, so a failure must not undo it: it is logged with the page id, and the
 * use case has rolled back its unit of work, leaving no half-registered page.
 */
@Component
public class BlueprintPageCreatedListener extends HostEventListener {

    private static final String BLUEPRINT_PREFIX = "coaching-";
    private static final String BLUEPRINT_SUFFIX = "-blueprint";

    private static final Logger LOG = LoggerFactory.getLogger(BlueprintPageCreatedListener.class);

    private final RegisterBlueprintPage registerBlueprintPage;

    @Autowired
    public BlueprintPageCreatedListener(EventPublisher eventPublisher, RegisterBlueprintPage registerBlueprintPage) {
        super(eventPublisher);
        this.registerBlueprintPage = Objects.requireNonNull(registerBlueprintPage, "registerBlueprintPage");
    }

    /** The module key of the blueprint that creates pages of this type, e.g. {@code coaching-cycle-record-blueprint}. */
    public static String blueprintModuleKey(ConversationType type) {
        return BLUEPRINT_PREFIX + type.id() + BLUEPRINT_SUFFIX;
    }

    /** The type whose blueprint has this complete key; empty for any other blueprint. */
    static Optional<ConversationType> typeOf(ContentBlueprint blueprint) {
        String key = blueprint == null ? null : blueprint.getModuleCompleteKey();
        if (key == null) {
            return Optional.empty();
        }
        return Arrays.stream(ConversationType.values())
                .filter(type -> key.equals(PluginKey.completeKey(blueprintModuleKey(type))))
                .findFirst();
    }

    @EventListener
    public void onBlueprintPageCreated(BlueprintPageCreateEvent event) {
        Optional<ConversationType> type = typeOf(event.getBlueprint());
        if (type.isEmpty()) {
            return;
        }
        Page page = event.getPage();
        long pageId = page == null ? 0 : page.getId();
        try {
            if (page == null) {
                throw new IllegalArgumentException("the event names no page");
            }
            RegisterBlueprintPage.Outcome outcome = registerBlueprintPage.register(
                    registration(type.get(), pageId, page.getSpaceKey(), new BlueprintPageFacts(pageId, event.getContext())));
            if (outcome == RegisterBlueprintPage.Outcome.ALREADY_REGISTERED) {
                LOG.info("Coaching Conversations: page {} is already registered; its creation is not recorded twice",
                        pageId);
            }
        } catch (RuntimeException failure) {
            // The page is saved; only its entry in the app's tables is missing, and nothing of it was kept.
            LOG.error("Coaching Conversations: the {} page {} was created, but could not be registered; it is missing"
                    + " from dashboards, timelines and the next conversation's follow-up", type.get().id(), pageId, failure);
        }
    }

    private static BlueprintPageRegistration registration(ConversationType type, long pageId, String spaceKey,
            BlueprintPageFacts facts) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("page " + pageId + " is in no space");
        }
        String declaredType = facts.required(BlueprintFacts.CONVERSATION_TYPE);
        if (!declaredType.equals(type.id())) {
            throw new IllegalArgumentException("page " + pageId + " comes from the " + type.id() + " blueprint, but its "
                    + BlueprintFacts.CONVERSATION_TYPE + " is " + declaredType);
        }
        boolean cycleRecord = type == ConversationType.CYCLE_RECORD;
        return new BlueprintPageRegistration(type, pageId, spaceKey, facts.required(BlueprintFacts.TEACHER_USER_KEY),
                facts.optional(BlueprintFacts.OBSERVER_USER_KEY), facts.optional(BlueprintFacts.COACH_USER_KEY),
                facts.optionalDate(BlueprintFacts.OBSERVATION_DATE),
                cycleRecord ? Optional.of(facts.observationType()) : Optional.empty(),
                facts.optionalDate(BlueprintFacts.CONFERENCE_DATE),
                facts.optionalDate(BlueprintFacts.CONVERSATION_DATE),
                facts.optionalDate(BlueprintFacts.NEXT_CONVERSATION_DATE),
                facts.actionSteps());
    }
}
