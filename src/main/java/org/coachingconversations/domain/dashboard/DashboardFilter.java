package org.coachingconversations.domain.dashboard;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.conversation.ConversationType;

/**
 * What a viewer narrowed the dashboard to. Teacher, coach (or observer) and page type select conversation pages; the
 * date range applies to each list's own date (the due date of a step, the agreed follow-up date, a Cycle Record's
 * observation date, a teacher's last conversation).
 *
 * @param teacherKey the teacher of the page
 * @param coachKey the coach or observer who led the conversation
 * @param types page types; empty for every type
 */
public record DashboardFilter(Optional<String> teacherKey, Optional<String> coachKey, Set<ConversationType> types,
        Optional<LocalDate> from, Optional<LocalDate> to) {

    public DashboardFilter {
        teacherKey = teacherKey == null ? Optional.empty() : teacherKey.filter(key -> !key.isBlank());
        coachKey = coachKey == null ? Optional.empty() : coachKey.filter(key -> !key.isBlank());
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("The date range ends (" + to.get() + ") before it starts ("
                    + from.get() + ").");
        }
    }

    public static DashboardFilter none() {
        return new DashboardFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
    }

    /** Whether the filter selects conversation pages (by teacher, coach or type), not only dates. */
    public boolean selectsPages() {
        return teacherKey.isPresent() || coachKey.isPresent() || !types.isEmpty();
    }
}
