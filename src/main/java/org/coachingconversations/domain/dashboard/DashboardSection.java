package org.coachingconversations.domain.dashboard;

import java.util.Arrays;
import java.util.Optional;

/** The lists of the follow-up dashboard, in the order they are shown; each id is used in REST, CSV and i18n keys. */
public enum DashboardSection {
    OVERDUE("overdue"),
    DUE_SOON("due-soon"),
    COVERAGE_GAPS("coverage-gaps"),
    FOLLOW_UPS_PAST_DUE("follow-ups"),
    OUTSIDE_WINDOW("outside-window"),
    AWAITING_FINALIZATION("awaiting-finalization"),
    AWAITING_ACKNOWLEDGEMENT("awaiting-acknowledgement"),
    OBJECTIONS("objections");

    private final String id;

    DashboardSection(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DashboardSection> byId(String id) {
        return Arrays.stream(values()).filter(section -> section.id.equals(id)).findFirst();
    }
}
