package org.coachingconversations.domain.settings;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Settings that cannot be saved; lists every problem at once so an administrator can fix them in one go. The
 * exception's own message is for logs; what a person reads is built from {@link #problems()} by the adapter.
 */
public final class InvalidSpaceSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<SettingsProblem> problems;

    public InvalidSpaceSettingsException(List<SettingsProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }

    private static String summary(List<SettingsProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid-settings error needs at least one problem.");
        }
        return problems.stream().map(SettingsProblem::describe).collect(Collectors.joining("; "));
    }
}
