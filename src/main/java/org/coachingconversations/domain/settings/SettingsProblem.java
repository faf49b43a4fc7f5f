package org.coachingconversations.domain.settings;

import java.util.Objects;

/** One thing wrong with the settings an administrator entered: which setting, and what to do about it. */
public record SettingsProblem(SpaceSetting setting, String message) {

    public SettingsProblem {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(message, "message");
    }

    /** The message prefixed with the setting's name, e.g. "Rubric name: the name is required." */
    public String describe() {
        return setting.label() + ": " + message;
    }
}
