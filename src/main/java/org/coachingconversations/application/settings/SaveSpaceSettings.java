package org.coachingconversations.application.settings;

import java.util.Objects;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.transaction.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Saves a space's settings. A database cannot count school days, so each Cycle Record stores its post-conference
 * window (in its row and in its page's milestones); a new calendar or new windows make those stale, and they are
 * recomputed in the same transaction.
 */
@Component
public class SaveSpaceSettings {

    private final SpaceSettingsStore settings;
    private final CycleRecordStore cycleRecords;
    private final UnitOfWork unitOfWork;

    @Autowired
    public SaveSpaceSettings(SpaceSettingsStore settings, CycleRecordStore cycleRecords, UnitOfWork unitOfWork) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cycleRecords = Objects.requireNonNull(cycleRecords, "cycleRecords");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
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
