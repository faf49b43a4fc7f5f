package org.coachingconversations.domain.followup;

/** The teachers a space coaches, as the space's administrators set it up. */
public interface SpaceTeachers {

    /** User keys of the space's teachers in a stable order, one page at a time. */
    ResultPage<String> teacherKeys(String spaceKey, ResultPageRequest page);
}
