package org.coachingconversations.domain.settings;

import org.coachingconversations.domain.conversation.CycleRecordStore;
import org.coachingconversations.domain.transaction.UnitOfWork;

/**
 * Saves a space's settings. A database cannot count school days, so each Cycle Record stores its post-conference
 * window; a new calendar or new windows make those stale, and they are recomputed in the same transaction.
 */
public final class SpaceSettingsService {

    private final SpaceSettingsStore settings;
    private final CycleRecordStore cycleRecords;
    private final UnitOfWork unitOfWork;

    public SpaceSettingsService(SpaceSettingsStore settings, CycleRecordStore cycleRecords, UnitOfWork unitOfWork) {
        this.settings = settings;
        this.cycleRecords = cycleRecords;
        this.unitOfWork = unitOfWork;
    }

    public SpaceSettings get(String spaceKey) {
        return settings.get(spaceKey);
    }

    /** Returns how many Cycle Records had their window recomputed. */
    public int save(String spaceKey, SpaceSettings newSettings) {
        return unitOfWork.run(() -> {
            SpaceSettings previous = settings.get(spaceKey);
            settings.save(spaceKey, newSettings);
            boolean windowsMove = !previous.calendar().equals(newSettings.calendar())
                    || !previous.timeline().equals(newSettings.timeline());
            return windowsMove ? cycleRecords.recomputeConferenceWindows(spaceKey) : 0;
        });
    }
}
