package org.coachingconversations.domain.cyclerecord;

import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.guide.ObservationType;

/**
 * The dates a post-conference Cycle Record (seed 003) carries. Only the observation is required:
 * the rest are filled in as the cycle goes on. The conference date may be a planned date.
 *
 * @param teacherRespondedOn when the teacher acknowledged (received) or objected to the record;
 *     either answer completes the teacher's step
 * @param followUpHeldOn when the follow-up set in the conference took place
 */
public record CycleRecordDates(
        LocalDate observedOn,
        ObservationType observationType,
        Optional<LocalDate> conferenceOn,
        Optional<LocalDate> reflectionSharedOn,
        Optional<LocalDate> ratingsSharedOn,
        Optional<LocalDate> finalizedOn,
        Optional<LocalDate> teacherRespondedOn,
        Optional<LocalDate> followUpOn,
        Optional<LocalDate> followUpHeldOn) {

    public CycleRecordDates {
        if (observedOn == null) {
            throw new IllegalArgumentException("Cycle Record: the observation date is required.");
        }
        if (observationType == null) {
            throw new IllegalArgumentException("Cycle Record: the observation type is required"
                    + " (Full, Focused or Short).");
        }
        conferenceOn = orEmpty(conferenceOn);
        reflectionSharedOn = orEmpty(reflectionSharedOn);
        ratingsSharedOn = orEmpty(ratingsSharedOn);
        finalizedOn = orEmpty(finalizedOn);
        teacherRespondedOn = orEmpty(teacherRespondedOn);
        followUpOn = orEmpty(followUpOn);
        followUpHeldOn = orEmpty(followUpHeldOn);

        checkOrder(observedOn, conferenceOn, reflectionSharedOn, ratingsSharedOn, finalizedOn, teacherRespondedOn,
                followUpOn, followUpHeldOn);
    }

    /** A record right after the observation, before anything else happened. */
    public static CycleRecordDates observed(LocalDate observedOn, ObservationType type) {
        return new CycleRecordDates(observedOn, type, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CycleRecordDates withConferenceOn(LocalDate date) {
        return new CycleRecordDates(observedOn, observationType, Optional.ofNullable(date), reflectionSharedOn,
                ratingsSharedOn, finalizedOn, teacherRespondedOn, followUpOn, followUpHeldOn);
    }

    public CycleRecordDates withReflectionSharedOn(LocalDate date) {
        return new CycleRecordDates(observedOn, observationType, conferenceOn, Optional.ofNullable(date),
                ratingsSharedOn, finalizedOn, teacherRespondedOn, followUpOn, followUpHeldOn);
    }

    public CycleRecordDates withRatingsSharedOn(LocalDate date) {
        return new CycleRecordDates(observedOn, observationType, conferenceOn, reflectionSharedOn,
                Optional.ofNullable(date), finalizedOn, teacherRespondedOn, followUpOn, followUpHeldOn);
    }

    public CycleRecordDates withFinalizedOn(LocalDate date) {
        return new CycleRecordDates(observedOn, observationType, conferenceOn, reflectionSharedOn,
                ratingsSharedOn, Optional.ofNullable(date), teacherRespondedOn, followUpOn, followUpHeldOn);
    }

    public CycleRecordDates withTeacherRespondedOn(LocalDate date) {
        return new CycleRecordDates(observedOn, observationType, conferenceOn, reflectionSharedOn,
                ratingsSharedOn, finalizedOn, Optional.ofNullable(date), followUpOn, followUpHeldOn);
    }

    public CycleRecordDates withFollowUpOn(LocalDate date) {
        return new CycleRecordDates(observedOn, observationType, conferenceOn, reflectionSharedOn,
                ratingsSharedOn, finalizedOn, teacherRespondedOn, Optional.ofNullable(date), followUpHeldOn);
    }

    public CycleRecordDates withFollowUpHeldOn(LocalDate date) {
        return new CycleRecordDates(observedOn, observationType, conferenceOn, reflectionSharedOn,
                ratingsSharedOn, finalizedOn, teacherRespondedOn, followUpOn, Optional.ofNullable(date));
    }

    /** Seed 003 asks for the Teacher Reflection Guide on Full and Focused observations only. */
    public boolean expectsTeacherReflection() {
        return observationType != ObservationType.SHORT;
    }

    private static void checkOrder(LocalDate observedOn, Optional<LocalDate> conferenceOn,
            Optional<LocalDate> reflectionSharedOn, Optional<LocalDate> ratingsSharedOn, Optional<LocalDate> finalizedOn,
            Optional<LocalDate> teacherRespondedOn, Optional<LocalDate> followUpOn, Optional<LocalDate> followUpHeldOn) {
        notBefore("post-conference date", conferenceOn, "observation date", observedOn);
        notBefore("teacher reflection shared date", reflectionSharedOn, "observation date", observedOn);
        notBefore("observer ratings shared date", ratingsSharedOn, "observation date", observedOn);
        requires("finalization date", finalizedOn, "post-conference date", conferenceOn);
        conferenceOn.ifPresent(conference ->
                notBefore("finalization date", finalizedOn, "post-conference date", conference));
        requires("teacher acknowledgement date", teacherRespondedOn, "finalization date", finalizedOn);
        finalizedOn.ifPresent(finalized ->
                notBefore("teacher acknowledgement date", teacherRespondedOn, "finalization date", finalized));
        notBefore("follow-up date", followUpOn, "observation date", observedOn);
        conferenceOn.ifPresent(conference ->
                notBefore("follow-up date", followUpOn, "post-conference date", conference));
        requires("follow-up held date", followUpHeldOn, "follow-up date", followUpOn);
        conferenceOn.ifPresent(conference ->
                notBefore("follow-up held date", followUpHeldOn, "post-conference date", conference));
    }

    private static Optional<LocalDate> orEmpty(Optional<LocalDate> value) {
        return value == null ? Optional.empty() : value;
    }

    private static void notBefore(String field, Optional<LocalDate> value, String anchorName, LocalDate anchor) {
        value.filter(date -> date.isBefore(anchor)).ifPresent(date -> {
            throw new IllegalArgumentException("Cycle Record: the " + field + " " + date
                    + " is before the " + anchorName + " " + anchor + ".");
        });
    }

    private static void requires(String field, Optional<LocalDate> value, String needed, Optional<LocalDate> anchor) {
        if (value.isPresent() && anchor.isEmpty()) {
            throw new IllegalArgumentException("Cycle Record: a " + field + " needs a " + needed + " first.");
        }
    }
}
