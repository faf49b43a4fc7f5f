package org.coachingconversations.domain.actionstep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.coachingconversations.domain.people.ParticipantRole;

/** Builds action steps for tests, valid unless a test says otherwise. */
public final class ActionStepTestData {

    /** Who makes a change in a test that is not about who made it. */
    public static final ChangedBy SOMEONE = new ChangedBy("coach-1", Instant.parse("2024-01-10T09:00:00Z"));

    private long id = 1L;
    private long pageId = 100L;
    private String spaceKey = "SCH";
    private String ownerKey = "teacher-1";
    private ParticipantRole role = ParticipantRole.TEACHER;
    private String description = "Plan two higher-order questions for the opening task";
    private LocalDate dueOn = LocalDate.parse("2024-01-15");
    private ActionStepStatus status = ActionStepStatus.OPEN;
    private LocalDate completedOn;
    private ActionStepChange lastChange;

    private ActionStepTestData() {
    }

    public static ActionStepTestData anActionStep() {
        return new ActionStepTestData();
    }

    public ActionStepTestData withId(long value) {
        id = value;
        return this;
    }

    public ActionStepTestData onPage(long value) {
        pageId = value;
        return this;
    }

    public ActionStepTestData inSpace(String value) {
        spaceKey = value;
        return this;
    }

    public ActionStepTestData ownedBy(String value) {
        ownerKey = value;
        return this;
    }

    public ActionStepTestData withRole(ParticipantRole value) {
        role = value;
        return this;
    }

    public ActionStepTestData withDescription(String value) {
        description = value;
        return this;
    }

    public ActionStepTestData dueOn(String isoDate) {
        dueOn = isoDate == null ? null : LocalDate.parse(isoDate);
        return this;
    }

    public ActionStepTestData doneOn(String isoDate) {
        status = ActionStepStatus.DONE;
        completedOn = LocalDate.parse(isoDate);
        return this;
    }

    public ActionStepTestData dropped() {
        status = ActionStepStatus.DROPPED;
        completedOn = null;
        return this;
    }

    public ActionStepTestData lastChanged(ActionStepChange value) {
        lastChange = value;
        return this;
    }

    public ActionStep build() {
        return new ActionStep(id, pageId, spaceKey, Optional.ofNullable(ownerKey), role, description,
                Optional.ofNullable(dueOn), status, Optional.ofNullable(completedOn), Optional.ofNullable(lastChange));
    }
}
