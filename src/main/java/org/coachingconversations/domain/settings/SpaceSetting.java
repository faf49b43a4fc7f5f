package org.coachingconversations.domain.settings;

/**
 * The settings a space administrator can change, so that a problem can point at the field it is about. Screens and
 * messages show the translated label of {@link #labelKey()}.
 */
public enum SpaceSetting {
    TIME_ZONE("time-zone"),
    WEEKEND_DAYS("weekend-days"),
    HOLIDAYS("holidays"),
    POST_CONFERENCE_WINDOW("post-conference-window"),
    SHARING_WINDOW("sharing-window"),
    FINALIZATION_WINDOW("finalization-window"),
    ACKNOWLEDGEMENT_WINDOW("acknowledgement-window"),
    DUE_SOON_DAYS("due-soon-days"),
    COVERAGE_WEEKS("coverage-weeks"),
    SPS_MINIMUM_RESPONSES("sps-minimum-responses"),
    LEADERS_GROUP("leaders-group"),
    RESTRICT_CYCLE_RECORDS("restrict-cycle-records"),
    RUBRIC_NAME("rubric-name"),
    RUBRIC_ELEMENTS("rubric-elements"),
    DIGEST_ENABLED("digest-enabled");

    private final String id;

    SpaceSetting(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String labelKey() {
        return "coaching.settings." + id + ".label";
    }
}
