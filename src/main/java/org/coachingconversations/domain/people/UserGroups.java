package org.coachingconversations.domain.people;

import java.util.List;

/** The host's user groups, as a space administrator picks one (the leaders group). */
public interface UserGroups {

    /** Whether a group of exactly this name exists. */
    boolean exists(String groupName);

    /**
     * Names of groups whose name contains the query (case ignored), sorted, at most {@code max}.
     *
     * @param max at least 1
     */
    List<String> find(String query, int max);
}
