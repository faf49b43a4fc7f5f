package org.coachingconversations.confluence.macro;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the action-steps macro lists: the {@code mode} parameter, as the macro browser offers it. */
public enum ActionStepsMode {
    /** Every step of the page the macro is on. */
    PAGE("page"),
    /** The open steps of the conversation this page's conversation follows up on. */
    PREVIOUS("previous"),
    /** The steps one person (the {@code teacher} parameter) owns in the space of the page the macro is on. */
    TEACHER("teacher");

    private final String id;

    ActionStepsMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The mode a parameter names; {@link #PAGE} when it is absent or blank; empty when it names none. */
    public static Optional<ActionStepsMode> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(PAGE);
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(mode -> mode.id.equals(wanted)).findFirst();
    }
}
