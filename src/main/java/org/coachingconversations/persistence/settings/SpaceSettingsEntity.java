package org.coachingconversations.persistence.settings;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One space's settings: table {@code AO_16E8C7_SPACE_SETTINGS}, one row per configured space. Holidays and rubric
 * elements are lists kept in one text column each, in the format {@link SpaceSettingsMapper} documents: they are
 * always read and written whole, never queried.
 *
 * <p>Every number and flag is a value the administrator chose (0 is a real value, e.g. an acknowledgement window
 * that starts on the finalization day), so each column is {@code NOT NULL}; its default is the domain's default
 * ({@code SpaceSettings.defaults}), which a row written before model version 3 gets where it held NULL
 * ({@link SpaceSettingsSchema}). A NULL read as 0 or false would have silently turned the Cycle Record restriction
 * and the digest off. {@code SpaceSettingsSchemaTest} keeps the defaults here equal to the domain's.
 */
@Table("SpaceSettings")
public interface SpaceSettingsEntity extends Entity {

    String COLUMN_SPACE_KEY = "SPACE_KEY";
    String COLUMN_TIME_ZONE = "TIME_ZONE";
    String COLUMN_WEEKEND_DAYS = "WEEKEND_DAYS";
    String COLUMN_HOLIDAYS = "HOLIDAYS";
    String COLUMN_CONFERENCE_FEWEST = "CONFERENCE_FEWEST";
    String COLUMN_CONFERENCE_MOST = "CONFERENCE_MOST";
    String COLUMN_SHARING_FEWEST = "SHARING_FEWEST";
    String COLUMN_SHARING_MOST = "SHARING_MOST";
    String COLUMN_FINALIZATION_FEWEST = "FINALIZATION_FEWEST";
    String COLUMN_FINALIZATION_MOST = "FINALIZATION_MOST";
    String COLUMN_ACKNOWLEDGEMENT_FEWEST = "ACKNOWLEDGEMENT_FEWEST";
    String COLUMN_ACKNOWLEDGEMENT_MOST = "ACKNOWLEDGEMENT_MOST";
    String COLUMN_DUE_SOON_DAYS = "DUE_SOON_DAYS";
    String COLUMN_COVERAGE_WEEKS = "COVERAGE_WEEKS";
    String COLUMN_SPS_MINIMUM_RESPONSES = "SPS_MINIMUM_RESPONSES";
    String COLUMN_LEADERS_GROUP = "LEADERS_GROUP";
    String COLUMN_RESTRICT_CYCLE_RECORDS = "RESTRICT_CYCLE_RECORDS";
    String COLUMN_RUBRIC_NAME = "RUBRIC_NAME";
    String COLUMN_RUBRIC_ELEMENTS = "RUBRIC_ELEMENTS";
    String COLUMN_DIGEST_ENABLED = "DIGEST_ENABLED";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** An IANA zone id such as {@code America/Denver}. */
    @NotNull
    String getTimeZone();

    void setTimeZone(String timeZone);

    /** Comma-separated {@code DayOfWeek} names, e.g. {@code SATURDAY,SUNDAY}; null when school runs every day. */
    String getWeekendDays();

    void setWeekendDays(String weekendDays);

    @StringLength(StringLength.UNLIMITED)
    String getHolidays();

    void setHolidays(String holidays);

    @NotNull
    @Default("2")
    int getConferenceFewest();

    void setConferenceFewest(int days);

    @NotNull
    @Default("5")
    int getConferenceMost();

    void setConferenceMost(int days);

    @NotNull
    @Default("1")
    int getSharingFewest();

    void setSharingFewest(int days);

    @NotNull
    @Default("2")
    int getSharingMost();

    void setSharingMost(int days);

    @NotNull
    @Default("1")
    int getFinalizationFewest();

    void setFinalizationFewest(int days);

    @NotNull
    @Default("3")
    int getFinalizationMost();

    void setFinalizationMost(int days);

    @NotNull
    @Default("0")
    int getAcknowledgementFewest();

    void setAcknowledgementFewest(int days);

    @NotNull
    @Default("5")
    int getAcknowledgementMost();

    void setAcknowledgementMost(int days);

    @NotNull
    @Default("7")
    int getDueSoonDays();

    void setDueSoonDays(int days);

    @NotNull
    @Default("4")
    int getCoverageWeeks();

    void setCoverageWeeks(int weeks);

    @NotNull
    @Default("10")
    int getSpsMinimumResponses();

    void setSpsMinimumResponses(int responses);

    /** Null when the space names no leaders group. */
    String getLeadersGroup();

    void setLeadersGroup(String group);

    @NotNull
    @Default("true")
    boolean isRestrictCycleRecords();

    void setRestrictCycleRecords(boolean restrict);

    @NotNull
    String getRubricName();

    void setRubricName(String name);

    /** One element per line; null when none are listed. */
    @StringLength(StringLength.UNLIMITED)
    String getRubricElements();

    void setRubricElements(String elements);

    @NotNull
    @Default("true")
    boolean isDigestEnabled();

    void setDigestEnabled(boolean enabled);
}
