package org.coachingconversations.domain.form;

import java.util.Objects;
import org.coachingconversations.domain.people.UserReference;

/** Invariants the input records share; the forms check the same rules first with field messages. */
final class InputRules {

    private InputRules() {
    }

    static void requireDifferentPeople(UserReference teacher, UserReference other, String role) {
        Objects.requireNonNull(teacher, "teacher");
        Objects.requireNonNull(other, role);
        if (teacher.isSameUserAs(other)) {
            throw new IllegalArgumentException("The " + role + " must be someone other than the teacher");
        }
    }

    static String requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text;
    }
}
