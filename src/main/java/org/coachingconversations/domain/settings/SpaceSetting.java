package org.coachingconversations.domain.settings;

/**
 * The settings a space administrator can change, so that a problem can point at the field it is about. The English
 * label is what validation messages use; the admin screen shows the translated label of {@link #labelKey()}.
 */
public enum SpaceSetting {
    TIME_ZONE("time-zone", "Time zone"),
    WEEKEND_DAYS("weekend-days", "Weekend days"),
    HOLIDAYS("holidays", "Holidays"),
    POST_CONFERENCE_WINDOW("post-conference-window", "Post-conference window (school days after the observation)"),
    SHARING_WINDOW("sharing-window", "Sharing window (school days before the post-conference)"),
    FINALIZATION_WINDOW("finalization-window", "Finalization window (school days after the post-conference)"),
    ACKNOWLEDGEMENT_WINDOW("acknowledgement-window", "Acknowledgement window (school days after finalization)"),
    DUE_SOON_DAYS("due-soon-days", "Due-soon horizon (days)"),
    COVERAGE_WEEKS("coverage-weeks", "Coverage gap (weeks without a conversation)"),
    SPS_MINIMUM_RESPONSES("sps-minimum-responses", "SPS minimum responses"),
    LEADERS_GROUP("leaders-group", "Leaders group"),
    RESTRICT_CYCLE_RECORDS("restrict-cycle-records", "Restrict Cycle Records by default"),
    RUBRIC_NAME("rubric-name", "Rubric name"),
    RUBRIC_ELEMENTS("rubric-elements", "Rubric elements"),
    DIGEST_ENABLED("digest-enabled", "Overdue digest");

    private final String id;
    private final String label;

    SpaceSetting(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The English name used in validation messages. */
    public String label() {
        return label;
    }

    public String labelKey() {
        return "coaching.settings." + id + ".label";
    }
}
