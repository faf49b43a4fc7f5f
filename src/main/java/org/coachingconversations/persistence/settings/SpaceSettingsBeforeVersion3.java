package org.coachingconversations.persistence.settings;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The space-settings table as it was before model version 3: the same columns as {@link SpaceSettingsEntity}, its
 * numbers and flags nullable. Read through wrappers, so that the upgrade can tell a NULL from a 0 or a false. Used by
 * {@link SpaceSettingsSchema#upgradeToVersion3} only.
 */
@Table("SpaceSettings")
interface SpaceSettingsBeforeVersion3 extends Entity {

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getTimeZone();

    void setTimeZone(String timeZone);

    String getWeekendDays();

    void setWeekendDays(String weekendDays);

    @StringLength(StringLength.UNLIMITED)
    String getHolidays();

    void setHolidays(String holidays);

    Integer getConferenceFewest();

    void setConferenceFewest(Integer days);

    Integer getConferenceMost();

    void setConferenceMost(Integer days);

    Integer getSharingFewest();

    void setSharingFewest(Integer days);

    Integer getSharingMost();

    void setSharingMost(Integer days);

    Integer getFinalizationFewest();

    void setFinalizationFewest(Integer days);

    Integer getFinalizationMost();

    void setFinalizationMost(Integer days);

    Integer getAcknowledgementFewest();

    void setAcknowledgementFewest(Integer days);

    Integer getAcknowledgementMost();

    void setAcknowledgementMost(Integer days);

    Integer getDueSoonDays();

    void setDueSoonDays(Integer days);

    Integer getCoverageWeeks();

    void setCoverageWeeks(Integer weeks);

    Integer getSpsMinimumResponses();

    void setSpsMinimumResponses(Integer responses);

    String getLeadersGroup();

    void setLeadersGroup(String group);

    Boolean isRestrictCycleRecords();

    void setRestrictCycleRecords(Boolean restrict);

    @NotNull
    String getRubricName();

    void setRubricName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getRubricElements();

    void setRubricElements(String elements);

    Boolean isDigestEnabled();

    void setDigestEnabled(Boolean enabled);
}
