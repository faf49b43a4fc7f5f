package org.coachingconversations.domain.cyclerecord;

import java.time.LocalDate;
import java.util.Optional;

/** A Cycle Record page: its people and the protocol dates (seed 003). */
public record StoredCycleRecord(
        long pageId,
        String spaceKey,
        String teacherKey,
        String observerKey,
        CycleRecordDates dates) {

    public StoredCycleRecord {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("Cycle Record on page " + pageId + ": the space key is required.");
        }
        if (teacherKey == null || teacherKey.isBlank()) {
            throw new IllegalArgumentException("Cycle Record on page " + pageId + ": the teacher is required.");
        }
        if (observerKey == null || observerKey.isBlank()) {
            throw new IllegalArgumentException("Cycle Record on page " + pageId + ": the observer is required.");
        }
        if (dates == null) {
            throw new IllegalArgumentException("Cycle Record on page " + pageId + ": the dates are required.");
        }
    }

    /**
     * Why {@code personKey} may not mark this record finalized on {@code today}, if anything stops it. Seed 003: the
     * observer finalizes the ratings and the record after the post-conference; after that the teacher acknowledges.
     * Finalization is never undone, because the teacher's answer refers to the finalized record.
     */
    public Optional<FinalizationRefusedException> finalizationRefusal(String personKey, LocalDate today) {
        if (personKey == null || !personKey.equals(observerKey)) {
            return Optional.of(new FinalizationRefusedException(FinalizationRefusedException.Reason.NOT_THE_OBSERVER,
                    "Only the observer of the Cycle Record on page " + pageId + " may mark it finalized."));
        }
        if (dates.finalizedOn().isPresent()) {
            return Optional.of(new FinalizationRefusedException(FinalizationRefusedException.Reason.ALREADY_FINALIZED,
                    "The Cycle Record on page " + pageId + " was finalized on " + dates.finalizedOn().get() + "."));
        }
        Optional<LocalDate> conference = dates.conferenceOn();
        if (conference.isEmpty() || conference.get().isAfter(today)) {
            return Optional.of(new FinalizationRefusedException(FinalizationRefusedException.Reason.CONFERENCE_NOT_HELD,
                    "The Cycle Record on page " + pageId + " can be finalized after its post-conference"
                            + conference.map(date -> " on " + date).orElse("") + "."));
        }
        return Optional.empty();
    }

    /**
     * This record finalized by {@code personKey} on {@code today}.
     *
     * @throws FinalizationRefusedException when {@link #finalizationRefusal} names a reason
     */
    public StoredCycleRecord finalizedBy(String personKey, LocalDate today) {
        finalizationRefusal(personKey, today).ifPresent(refusal -> {
            throw refusal;
        });
        return new StoredCycleRecord(pageId, spaceKey, teacherKey, observerKey, dates.withFinalizedOn(today));
    }
}
