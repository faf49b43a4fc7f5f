package org.coachingconversations.domain.quality;

import static org.coachingconversations.domain.guide.ConversationQuality.LEAD_TO_ACTION;
import static org.coachingconversations.domain.guide.ConversationQuality.NON_DEFENSIVE;
import static org.coachingconversations.domain.guide.ConversationQuality.PROFESSIONAL_KNOWLEDGE;
import static org.coachingconversations.domain.guide.ConversationQuality.SUBSTANTIVE;
import static org.coachingconversations.testing.contract.VersionConflicts.assertStaleVersion;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.lifecycle.PageDataLifecycle;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.junit.Test;

/**
 * What every {@link SelfCheckStore} does, in memory as on a database: versions from 0, the conflict of a stale or a
 * second first save, every quality and note kept as saved, and the self-check following its page through trash,
 * restore, purge and the removal of its space. A subclass sets {@link #target} and {@link #pages} in its
 * {@code @Before}.
 */
public abstract class SelfCheckStoreContract {

    protected static final Instant SAVED_AT = Instant.parse("2026-12-03T10:12:00Z");

    protected SelfCheckStore target;
    /** The same store, as the page-event listener sees it. */
    protected PageDataLifecycle pages;

    @Test
    public void saveFirst_shouldStoreTheSelfCheckAtVersionZero() {
        // Given
        SavedSelfCheck saved = saved(42, "COACH", "coach-1",
                QualitySelfCheck.forConversation(42).present(SUBSTANTIVE, LEAD_TO_ACTION)
                        .note(SUBSTANTIVE, "We looked at Monday's exit tickets.").build());

        // When
        Versioned<SavedSelfCheck> stored = target.saveFirst(saved);

        // Then
        assertEquals(new Versioned<>(saved, 0), stored);
        assertEquals(Optional.of(stored), target.find(42));
    }

    @Test
    public void saveFirst_shouldKeepEveryQualityAndNote_exactlyAsSaved() {
        // Given
        QualitySelfCheck.Builder every = QualitySelfCheck.forConversation(42);
        for (ConversationQuality quality : ConversationQuality.values()) {
            String hostile = quality.id() + " <script>alert(1)</script> \"'&\n";
            every.present(quality).note(quality, hostile
                    + "\uD83D\uDC4D".repeat(QualitySelfCheck.NOTE_MAX_LENGTH - hostile.length()));
        }
        SavedSelfCheck saved = saved(42, "COACH", "k".repeat(SavedSelfCheck.MAX_KEY_LENGTH), every.build());

        // When
        target.saveFirst(saved);

        // Then
        assertEquals(Optional.of(new Versioned<>(saved, 0)), target.find(42));
    }

    @Test
    public void saveFirst_shouldRefuseASecondFirstSave_andKeepTheFirst() {
        // Given
        SavedSelfCheck first = saved(42, "COACH", "coach-1", QualitySelfCheck.forConversation(42).present(SUBSTANTIVE)
                .build());
        target.saveFirst(first);

        // When
        ConcurrentUpdateException refused = assertThrows(ConcurrentUpdateException.class, () -> target.saveFirst(
                saved(42, "COACH", "teacher-1", QualitySelfCheck.forConversation(42).build())));

        // Then
        assertEquals(OptionalLong.of(0), refused.storedVersion());
        assertEquals("Self-check on page 42 was already saved by someone else. Reload the page and try again.",
                refused.getMessage());
        assertEquals(Optional.of(new Versioned<>(first, 0)), target.find(42));
    }

    @Test
    public void saveChange_shouldReplaceTicksNotesAndWhoSaved_andAddOneToTheVersion_eachTime() {
        // Given
        target.saveFirst(saved(42, "COACH", "coach-1", QualitySelfCheck.forConversation(42).present(SUBSTANTIVE)
                .note(SUBSTANTIVE, "first").note(NON_DEFENSIVE, "gone later").build()));
        SavedSelfCheck second = new SavedSelfCheck("COACH", QualitySelfCheck.forConversation(42)
                .present(PROFESSIONAL_KNOWLEDGE).note(SUBSTANTIVE, "second").build(), "teacher-1",
                SAVED_AT.plusSeconds(60));
        SavedSelfCheck third = new SavedSelfCheck("MOVED", QualitySelfCheck.forConversation(42).build(), "coach-1",
                SAVED_AT.plusSeconds(120));

        // When
        Versioned<SavedSelfCheck> afterSecond = target.saveChange(second, 0);
        Versioned<SavedSelfCheck> afterThird = target.saveChange(third, 1);

        // Then
        assertEquals(new Versioned<>(second, 1), afterSecond);
        assertEquals(new Versioned<>(third, 2), afterThird);
        assertEquals(Optional.of(afterThird), target.find(42));
    }

    @Test
    public void saveChange_shouldRefuseAChangeMadeToAnOlderVersion_andChangeNothing() {
        // Given
        target.saveFirst(saved(42, "COACH", "coach-1", QualitySelfCheck.forConversation(42).build()));
        SavedSelfCheck current = saved(42, "COACH", "teacher-1", QualitySelfCheck.forConversation(42)
                .present(SUBSTANTIVE).build());
        target.saveChange(current, 0);

        // When / Then
        assertStaleVersion(0, 1, () -> target.saveChange(saved(42, "COACH", "coach-1",
                QualitySelfCheck.forConversation(42).present(LEAD_TO_ACTION).build()), 0));
        assertEquals(Optional.of(new Versioned<>(current, 1)), target.find(42));
    }

    @Test
    public void saveChange_shouldRefuseAPageWithoutSelfCheck() {
        // When
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> target.saveChange(
                saved(7, "COACH", "coach-1", QualitySelfCheck.forConversation(7).build()), 0));

        // Then
        assertEquals("Self-check on page 7 is not saved yet; save it for the first time.", refused.getMessage());
        assertEquals(Optional.empty(), target.find(7));
    }

    @Test
    public void pageTrashed_shouldHideTheSelfCheck_andRefuseEverySaveUntilRestored() {
        // Given
        SavedSelfCheck saved = saved(42, "COACH", "coach-1", QualitySelfCheck.forConversation(42).present(SUBSTANTIVE)
                .build());
        target.saveFirst(saved);
        target.saveFirst(saved(43, "COACH", "coach-1", QualitySelfCheck.forConversation(43).build()));

        // When
        pages.pageTrashed(42);

        // Then
        assertEquals(Optional.empty(), target.find(42));
        assertEquals(1, target.find(43).stream().count());
        List<String> refusals = List.of(
                assertThrows(IllegalStateException.class, () -> target.saveFirst(saved)).getMessage(),
                assertThrows(IllegalStateException.class, () -> target.saveChange(saved, 0)).getMessage());
        assertEquals(List.of("Self-check on page 42 is in the trash; restore the page first.",
                "Self-check on page 42 is in the trash; restore the page first."), refusals);
    }

    @Test
    public void pageRestored_shouldBringTheSelfCheckBackUnchanged_withItsVersion() {
        // Given
        target.saveFirst(saved(42, "COACH", "coach-1", QualitySelfCheck.forConversation(42).build()));
        SavedSelfCheck changed = saved(42, "COACH", "teacher-1", QualitySelfCheck.forConversation(42)
                .present(NON_DEFENSIVE).note(NON_DEFENSIVE, "kept").build());
        target.saveChange(changed, 0);
        pages.pageTrashed(42);

        // When
        pages.pageRestored(42);

        // Then
        assertEquals(Optional.of(new Versioned<>(changed, 1)), target.find(42));
    }

    @Test
    public void pagePurged_shouldDeleteTheSelfCheck_soThePageCanStartAgain_andLeaveOtherPagesAlone() {
        // Given
        target.saveFirst(saved(42, "COACH", "coach-1", QualitySelfCheck.forConversation(42).present(SUBSTANTIVE)
                .build()));
        SavedSelfCheck other = saved(43, "COACH", "coach-1", QualitySelfCheck.forConversation(43).build());
        target.saveFirst(other);
        pages.pageTrashed(42);

        // When
        pages.pagePurged(42);
        pages.pageRestored(42);

        // Then
        assertEquals(Optional.empty(), target.find(42));
        assertEquals(Optional.of(new Versioned<>(other, 0)), target.find(43));
        SavedSelfCheck fresh = saved(42, "COACH", "coach-1", QualitySelfCheck.forConversation(42).build());
        assertEquals(new Versioned<>(fresh, 0), target.saveFirst(fresh));
    }

    @Test
    public void spaceRemoved_shouldDeleteTheSpacesSelfChecks_trashedOnesToo_andNoOtherSpaces() {
        // Given
        target.saveFirst(saved(42, "COACH", "coach-1", QualitySelfCheck.forConversation(42).build()));
        target.saveFirst(saved(43, "COACH", "coach-1", QualitySelfCheck.forConversation(43).build()));
        SavedSelfCheck elsewhere = saved(44, "OTHER", "coach-1", QualitySelfCheck.forConversation(44).build());
        target.saveFirst(elsewhere);
        pages.pageTrashed(43);

        // When
        pages.spaceRemoved("COACH");
        pages.pageRestored(43);

        // Then
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(new Versioned<>(elsewhere, 0))),
                List.of(target.find(42), target.find(43), target.find(44)));
    }

    @Test
    public void everyCall_shouldRefuseAPageIdThatIsNotAPage() {
        // When
        List<String> messages = List.of(
                assertThrows(IllegalArgumentException.class, () -> target.find(0)).getMessage(),
                assertThrows(IllegalArgumentException.class, () -> pages.pageTrashed(-1)).getMessage(),
                assertThrows(IllegalArgumentException.class, () -> pages.pagePurged(0)).getMessage());

        // Then
        assertEquals(List.of("Self-check: the page id 0 is not a page.", "Self-check: the page id -1 is not a page.",
                "Self-check: the page id 0 is not a page."), messages);
    }

    protected static SavedSelfCheck saved(long pageId, String spaceKey, String savedBy, QualitySelfCheck check) {
        if (check.conversationId() != pageId) {
            throw new IllegalArgumentException("test data: the check is for another page");
        }
        return new SavedSelfCheck(spaceKey, check, savedBy, SAVED_AT);
    }
}
