package org.coachingconversations.domain.timeline;

/**
 * A space's deadline windows for the post-conference protocol, in school days. The defaults are
 * those of seed 003 except the acknowledgement window, which the seed leaves open.
 *
 * @param conferenceAfterObservation post-conference after the observation (seed: 2-5 days)
 * @param sharingBeforeConference teacher reflection and observer ratings shared before the
 *     conference (seed: 1-2 days)
 * @param finalizationAfterConference Cycle Record finalized after the conference (seed: 1-3 days)
 * @param acknowledgementAfterFinalization teacher acknowledges or objects after finalization (app
 *     default 0-5 days: the seed sets no deadline, and a school week is the usual expectation)
 */
public record TimelineSettings(
        SchoolDayWindow conferenceAfterObservation,
        SchoolDayWindow sharingBeforeConference,
        SchoolDayWindow finalizationAfterConference,
        SchoolDayWindow acknowledgementAfterFinalization) {

    public static final SchoolDayWindow DEFAULT_CONFERENCE_AFTER_OBSERVATION = SchoolDayWindow.of(2, 5);
    public static final SchoolDayWindow DEFAULT_SHARING_BEFORE_CONFERENCE = SchoolDayWindow.of(1, 2);
    public static final SchoolDayWindow DEFAULT_FINALIZATION_AFTER_CONFERENCE = SchoolDayWindow.of(1, 3);
    public static final SchoolDayWindow DEFAULT_ACKNOWLEDGEMENT_AFTER_FINALIZATION = SchoolDayWindow.of(0, 5);

    public TimelineSettings {
        required("post-conference window", conferenceAfterObservation);
        required("sharing window", sharingBeforeConference);
        required("finalization window", finalizationAfterConference);
        required("acknowledgement window", acknowledgementAfterFinalization);
    }

    public static TimelineSettings defaults() {
        return new TimelineSettings(DEFAULT_CONFERENCE_AFTER_OBSERVATION, DEFAULT_SHARING_BEFORE_CONFERENCE,
                DEFAULT_FINALIZATION_AFTER_CONFERENCE, DEFAULT_ACKNOWLEDGEMENT_AFTER_FINALIZATION);
    }

    /**
     * Settings from numbers an administrator typed, each window checked under its own name.
     *
     * @throws IllegalArgumentException naming the window that is wrong
     */
    public static TimelineSettings of(int conferenceFewest, int conferenceMost, int sharingFewest, int sharingMost,
            int finalizationFewest, int finalizationMost, int acknowledgementFewest, int acknowledgementMost) {
        return new TimelineSettings(
                window("Post-conference window (school days after the observation)", conferenceFewest, conferenceMost),
                window("Sharing window (school days before the post-conference)", sharingFewest, sharingMost),
                window("Finalization window (school days after the post-conference)",
                        finalizationFewest, finalizationMost),
                window("Acknowledgement window (school days after finalization)",
                        acknowledgementFewest, acknowledgementMost));
    }

    public TimelineSettings withConferenceAfterObservation(SchoolDayWindow window) {
        return new TimelineSettings(window, sharingBeforeConference, finalizationAfterConference,
                acknowledgementAfterFinalization);
    }

    private static SchoolDayWindow window(String name, int fewest, int most) {
        try {
            return new SchoolDayWindow(fewest, most);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(name + ": " + invalid.getMessage(), invalid);
        }
    }

    private static void required(String name, SchoolDayWindow window) {
        if (window == null) {
            throw new IllegalArgumentException("Timeline settings: the " + name + " is required.");
        }
    }
}
