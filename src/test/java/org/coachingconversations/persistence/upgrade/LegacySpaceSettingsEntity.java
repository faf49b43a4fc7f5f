package org.coachingconversations.persistence.upgrade;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** {@code AO_16E8C7_SPACE_SETTINGS} before model version 3: numbers and flags nullable, without defaults. */
@Table("SpaceSettings")
public interface LegacySpaceSettingsEntity extends Entity {

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

    int getConferenceFewest();

    void setConferenceFewest(int days);

    int getConferenceMost();

    void setConferenceMost(int days);

    int getSharingFewest();

    void setSharingFewest(int days);

    int getSharingMost();

    void setSharingMost(int days);

    int getFinalizationFewest();

    void setFinalizationFewest(int days);

    int getFinalizationMost();

    void setFinalizationMost(int days);

    int getAcknowledgementFewest();

    void setAcknowledgementFewest(int days);

    int getAcknowledgementMost();

    void setAcknowledgementMost(int days);

    int getDueSoonDays();

    void setDueSoonDays(int days);

    int getCoverageWeeks();

    void setCoverageWeeks(int weeks);

    int getSpsMinimumResponses();

    void setSpsMinimumResponses(int responses);

    String getLeadersGroup();

    void setLeadersGroup(String group);

    boolean isRestrictCycleRecords();

    void setRestrictCycleRecords(boolean restrict);

    @NotNull
    String getRubricName();

    void setRubricName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getRubricElements();

    void setRubricElements(String elements);

    boolean isDigestEnabled();

    void setDigestEnabled(boolean enabled);
}
