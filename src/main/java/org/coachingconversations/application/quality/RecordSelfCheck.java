package org.coachingconversations.application.quality;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.quality.InvalidSelfCheckException;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.quality.SelfCheckRefusedException;
import org.coachingconversations.domain.quality.SelfCheckRules;
import org.coachingconversations.domain.quality.SelfCheckStore;
import org.coachingconversations.domain.quality.SelfCheckVersionException;
import org.coachingconversations.domain.quality.UnknownQualityException;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * The use case "save a page's conversation-quality self-check" (seed 001). The checks run in the order that reveals
 * least: may the caller view the page and does it carry a self-check (else not found, as for no page at all), may the
 * caller save it ({@link SelfCheckRules}), is the input valid, does it name the version the caller saw. Only then is
 * it stored, with the caller and the moment, by the {@link SelfCheckStore}, which refuses a stale version.
 */
public final class RecordSelfCheck {

    private final ConversationStore conversations;
    private final SelfCheckStore selfChecks;
    private final PagePermissionChecks permissions;
    private final Clock clock;

    public RecordSelfCheck(ConversationStore conversations, SelfCheckStore selfChecks, PagePermissions permissions,
            Clock clock) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.selfChecks = Objects.requireNonNull(selfChecks, "selfChecks");
        this.permissions = new PagePermissionChecks(Objects.requireNonNull(permissions, "permissions"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param presentIds  the ids of the qualities ticked as present
     * @param notes       quality id → note
     * @param sentVersion the version the caller saw; empty when the caller saw no saved self-check
     * @throws SelfCheckNotFoundException when the caller may not view the page or it carries no self-check
     * @throws SelfCheckRefusedException  when the caller may view it but not save it
     * @throws UnknownQualityException    when an id is not a quality
     * @throws InvalidSelfCheckException  when a note is too long or holds a control character
     * @throws SelfCheckVersionException  when a change names no version, or a first save names one
     * @throws ConcurrentUpdateException  when someone else saved since the caller's version
     */
    public Versioned<SavedSelfCheck> record(long pageId, Optional<String> callerKey, Collection<String> presentIds,
            Map<String, String> notes, OptionalLong sentVersion) {
        if (pageId <= 0 || !permissions.canView(callerKey, pageId)) {
            throw new SelfCheckNotFoundException();
        }
        StoredConversation conversation = conversations.find(pageId).map(Versioned::value)
                .filter(SelfCheckRules::isSelfChecked).orElseThrow(SelfCheckNotFoundException::new);
        if (!SelfCheckRules.isParticipant(conversation, callerKey)) {
            SelfCheckRules.checkMaySave(conversation, callerKey, permissions.canEdit(callerKey, pageId));
        }
        QualitySelfCheck check = SelfCheckRules.parse(pageId, presentIds, notes);
        Optional<Versioned<SavedSelfCheck>> stored = selfChecks.find(pageId);
        SelfCheckRules.checkVersionSent(pageId, stored, sentVersion);
        SavedSelfCheck saved = new SavedSelfCheck(conversation.spaceKey(), check, callerKey.orElseThrow(),
                clock.instant());
        return sentVersion.isEmpty() ? selfChecks.saveFirst(saved)
                : selfChecks.saveChange(saved, sentVersion.getAsLong());
    }
}
