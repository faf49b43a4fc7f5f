package org.coachingconversations.domain.cyclerecord;

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
}
