package org.coachingconversations.persistence.conversation;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.ZoneOffset;
import net.java.ao.Query;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.TimelineSettings;
import org.coachingconversations.persistence.rows.DayNumbers;

/**
 * The conversation tables' part of the app's AO model upgrades, so that upgrade tasks can migrate
 * these entities without the entities leaving this package.
 *
 * <p>Model version 1. Before it, {@code CONVERSATION} and {@code CYCLE_RECORD} held the page facts
 * without {@code VERSION} and {@code TRASHED}, and {@code CYCLE_RECORD} had no stored window
 * ({@code CONFERENCE_EARLIEST}, {@code CONFERENCE_LATEST}, {@code CONFERENCE_PLACEMENT});
 * {@code MILESTONE} and {@code ACKNOWLEDGEMENT} did not exist.
 */
public final class ConversationSchema {

    /** Rows filled per statement batch, so a large table never sits in memory at once. */
    static final int FILL_BATCH = 500;

    private ConversationSchema() {
    }

    /**
     * Creates or alters the four tables to the current entities, then fills what older rows lack:
     * version 0, not trashed, and each Cycle Record's window with the default calendar (Saturday and
     * Sunday off, no holidays) and the seed's settings. Spaces with their own settings get their
     * windows recomputed when those settings are saved. Safe to run again: it fills only rows whose
     * new columns are empty.
     */
    @SuppressWarnings("unchecked")
    public static void upgradeToVersion1(ActiveObjects activeObjects) {
        activeObjects.migrate(ConversationEntity.class, CycleRecordEntity.class, MilestoneEntity.class,
                AcknowledgementEntity.class);
        fillConversations(activeObjects);
        fillCycleRecords(activeObjects);
    }

    private static void fillConversations(ActiveObjects activeObjects) {
        String unfilled = ConversationEntity.COLUMN_VERSION + " IS NULL OR " + ConversationEntity.COLUMN_TRASHED
                + " IS NULL";
        ConversationEntity[] batch;
        do {
            batch = activeObjects.find(ConversationEntity.class, Query.select().where(unfilled).order("ID")
                    .limit(FILL_BATCH));
            ConversationEntity[] rows = batch;
            activeObjects.executeInTransaction(() -> {
                for (ConversationEntity row : rows) {
                    row.setVersion(0);
                    row.setTrashed(false);
                    row.save();
                }
                return null;
            });
        } while (batch.length == FILL_BATCH);
    }

    private static void fillCycleRecords(ActiveObjects activeObjects) {
        CycleRecordTimeline defaults = new CycleRecordTimeline(TimelineSettings.defaults(),
                SchoolCalendar.standard(ZoneOffset.UTC));
        String unfilled = CycleRecordEntity.COLUMN_CONFERENCE_PLACEMENT + " IS NULL OR "
                + CycleRecordEntity.COLUMN_VERSION + " IS NULL OR " + CycleRecordEntity.COLUMN_TRASHED + " IS NULL";
        CycleRecordEntity[] batch;
        do {
            batch = activeObjects.find(CycleRecordEntity.class, Query.select().where(unfilled).order("ID")
                    .limit(FILL_BATCH));
            CycleRecordEntity[] rows = batch;
            activeObjects.executeInTransaction(() -> {
                for (CycleRecordEntity row : rows) {
                    row.setVersion(0);
                    row.setTrashed(false);
                    ConversationMapper.copyInto(defaults.conferenceWindow(DayNumbers.toDate(row.getObservedOn())), row);
                    row.save();
                }
                return null;
            });
        } while (batch.length == FILL_BATCH);
    }
}
