package org.coachingconversations.domain.sps;

/** The averages a teacher's results are compared with. */
public enum Benchmark {
    SCHOOL,
    DISTRICT
}
