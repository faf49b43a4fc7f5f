package org.coachingconversations.persistence.settings;

import static org.coachingconversations.persistence.settings.SpaceSettingsEntity.*;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.timeline.TimelineSettings;

/**
 * The space-settings table's part of the app's AO model upgrades, so that an upgrade task can migrate it without the
 * entity leaving this package.
 *
 * <p>Model version 3 makes every number and flag of a space's settings {@code NOT NULL} with the domain's default.
 * Before, AO 3.2.11 created the number columns nullable with {@code DEFAULT 0} and the flag columns nullable without a
 * default (checked on HSQLDB and PostgreSQL 15), so a column a row never set read as 0 or false: the Cycle Record
 * restriction and the digest silently off, a coverage gap or SPS minimum of 0 that makes the settings unreadable.
 * The upgrade gives the domain's default to
 * <ul>
 * <li>every NULL (a flag never set, or a value edited away by hand), and</li>
 * <li>a 0 in {@code COVERAGE_WEEKS} or {@code SPS_MINIMUM_RESPONSES}, which the app never writes (the domain refuses
 * it), so it can only be a column the row never set.</li>
 * </ul>
 * Every other value a row holds, 0 and false included, is a choice and is kept: 0 is a real window bound or due-soon
 * horizon.
 */
public final class SpaceSettingsSchema {

    private static final List<Column> COLUMNS = List.of(
            new Column(COLUMN_CONFERENCE_FEWEST, timeline -> timeline.conferenceAfterObservation().fewest(),
                    SpaceSettingsBeforeVersion3::getConferenceFewest, SpaceSettingsBeforeVersion3::setConferenceFewest),
            new Column(COLUMN_CONFERENCE_MOST, timeline -> timeline.conferenceAfterObservation().most(),
                    SpaceSettingsBeforeVersion3::getConferenceMost, SpaceSettingsBeforeVersion3::setConferenceMost),
            new Column(COLUMN_SHARING_FEWEST, timeline -> timeline.sharingBeforeConference().fewest(),
                    SpaceSettingsBeforeVersion3::getSharingFewest, SpaceSettingsBeforeVersion3::setSharingFewest),
            new Column(COLUMN_SHARING_MOST, timeline -> timeline.sharingBeforeConference().most(),
                    SpaceSettingsBeforeVersion3::getSharingMost, SpaceSettingsBeforeVersion3::setSharingMost),
            new Column(COLUMN_FINALIZATION_FEWEST, timeline -> timeline.finalizationAfterConference().fewest(),
                    SpaceSettingsBeforeVersion3::getFinalizationFewest,
                    SpaceSettingsBeforeVersion3::setFinalizationFewest),
            new Column(COLUMN_FINALIZATION_MOST, timeline -> timeline.finalizationAfterConference().most(),
                    SpaceSettingsBeforeVersion3::getFinalizationMost, SpaceSettingsBeforeVersion3::setFinalizationMost),
            new Column(COLUMN_ACKNOWLEDGEMENT_FEWEST, timeline -> timeline.acknowledgementAfterFinalization().fewest(),
                    SpaceSettingsBeforeVersion3::getAcknowledgementFewest,
                    SpaceSettingsBeforeVersion3::setAcknowledgementFewest),
            new Column(COLUMN_ACKNOWLEDGEMENT_MOST, timeline -> timeline.acknowledgementAfterFinalization().most(),
                    SpaceSettingsBeforeVersion3::getAcknowledgementMost,
                    SpaceSettingsBeforeVersion3::setAcknowledgementMost));

    private SpaceSettingsSchema() {
    }

    /**
     * Creates the table if it does not exist yet, gives the domain's default to every value a row never set (see
     * above), then alters the columns to the current entity ({@code NOT NULL}, with defaults). Safe to run again.
     */
    @SuppressWarnings("unchecked")
    public static void upgradeToVersion3(ActiveObjects activeObjects) {
        activeObjects.migrate(SpaceSettingsBeforeVersion3.class);
        activeObjects.executeInTransaction(() -> {
            for (SpaceSettingsBeforeVersion3 row : activeObjects.find(SpaceSettingsBeforeVersion3.class,
                    Query.select().where(needsDefault()))) {
                fillDefaults(row);
                row.save();
            }
            return null;
        });
        activeObjects.migrate(SpaceSettingsEntity.class);
    }

    private static String needsDefault() {
        List<String> columns = new ArrayList<>(COLUMNS.stream().map(Column::name).toList());
        columns.addAll(List.of(COLUMN_DUE_SOON_DAYS, COLUMN_COVERAGE_WEEKS, COLUMN_SPS_MINIMUM_RESPONSES,
                COLUMN_RESTRICT_CYCLE_RECORDS, COLUMN_DIGEST_ENABLED));
        return columns.stream().map(column -> column + " IS NULL").collect(Collectors.joining(" OR "))
                + " OR " + COLUMN_COVERAGE_WEEKS + " = 0 OR " + COLUMN_SPS_MINIMUM_RESPONSES + " = 0";
    }

    private static void fillDefaults(SpaceSettingsBeforeVersion3 row) {
        // the zone plays no part in the numbers and flags
        SpaceSettings defaults = SpaceSettings.defaults(ZoneOffset.UTC);
        for (Column column : COLUMNS) {
            if (column.read().apply(row) == null) {
                column.write().accept(row, column.fallback().apply(defaults.timeline()));
            }
        }
        if (row.getDueSoonDays() == null) {
            row.setDueSoonDays(defaults.dueSoonDays());
        }
        if (row.getCoverageWeeks() == null || row.getCoverageWeeks() == 0) {
            row.setCoverageWeeks(defaults.coverageWeeks());
        }
        if (row.getSpsMinimumResponses() == null || row.getSpsMinimumResponses() == 0) {
            row.setSpsMinimumResponses(defaults.spsMinimumResponses());
        }
        if (row.isRestrictCycleRecords() == null) {
            row.setRestrictCycleRecords(defaults.restrictCycleRecords());
        }
        if (row.isDigestEnabled() == null) {
            row.setDigestEnabled(defaults.digestEnabled());
        }
    }

    private record Column(String name, Function<TimelineSettings, Integer> fallback,
            Function<SpaceSettingsBeforeVersion3, Integer> read,
            BiConsumer<SpaceSettingsBeforeVersion3, Integer> write) {
    }
}
