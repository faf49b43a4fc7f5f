package org.coachingconversations.domain.form;

import java.util.Optional;
import org.coachingconversations.domain.people.UserReference;

/** Cross-field checks more than one form makes. */
final class FormRules {

    private FormRules() {
    }

    /** A coach or observer talking with themselves is a slip in the wizard, not a conversation. */
    static void requireDifferentFromTeacher(FieldValidator check, Optional<UserReference> teacher,
            Optional<UserReference> other, FormField otherField) {
        if (teacher.isPresent() && other.isPresent() && teacher.get().isSameUserAs(other.get())) {
            check.reject(otherField, FormMessage.SAME_AS_TEACHER);
        }
    }
}
