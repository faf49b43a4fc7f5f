package org.coachingconversations.domain.conversation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Titles of conversation pages: "Type name — Teacher — yyyy-MM-dd" (or, for a page about a period rather than a
 * day, "Type name — Teacher — period"), numbered " (2)", " (3)" … when a page in the space already has the
 * title, and cut to Confluence's title limit without losing the number, the date or the period.
 */
public final class ConversationPageTitles {

    /** Confluence refuses page titles longer than this (counted in UTF-16 units, like Java). */
    public static final int MAX_LENGTH = 255;
    static final String SEPARATOR = " \u2014 ";
    private static final String ELLIPSIS = "\u2026";
    /** A space with this many same-named pages is a runaway script, not a school. */
    private static final int MAX_NUMBER = 10_000;
    private static final Pattern SPACES_AND_CONTROLS = Pattern.compile("[\\s\\p{Cc}\\p{Zs}]+");

    /**
     * The first free title.
     *
     * @param typeName           the type's name in the page's language
     * @param teacherDisplayName the teacher's display name
     * @param date               the conversation's date
     * @param titleExists        whether a page with a title already exists in the target space
     */
    public String titleFor(String typeName, String teacherDisplayName, LocalDate date, Predicate<String> titleExists) {
        Objects.requireNonNull(date, "date");
        return titleFor(typeName, teacherDisplayName, date.toString(), titleExists);
    }

    /**
     * The first free title for a page about a period (e.g. an SPS reflection on "Spring 2026") rather than a day.
     * The period is kept whole, like a date; it should be short (a wizard field of at most 100 characters).
     *
     * @param period what the page is about, e.g. the survey period
     */
    public String titleFor(String typeName, String teacherDisplayName, String period, Predicate<String> titleExists) {
        String type = tidy(typeName, "typeName");
        String teacher = tidy(teacherDisplayName, "teacherDisplayName");
        String when = tidy(period, "period");
        Objects.requireNonNull(titleExists, "titleExists");
        for (int number = 1; number <= MAX_NUMBER; number++) {
            String candidate = fit(type, teacher, when, number == 1 ? "" : " (" + number + ")");
            if (!titleExists.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free page title after " + MAX_NUMBER + " tries for " + type + SEPARATOR
                + teacher + SEPARATOR + when);
    }

    private static String fit(String type, String teacher, String date, String suffix) {
        String full = type + SEPARATOR + teacher + SEPARATOR + date + suffix;
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        // The teacher's name gives way first: type and date are what a list of pages is read by.
        int teacherRoom = MAX_LENGTH - (type + SEPARATOR + SEPARATOR + date + suffix + ELLIPSIS).length();
        if (teacherRoom > 0) {
            return type + SEPARATOR + cut(teacher, teacherRoom) + ELLIPSIS + SEPARATOR + date + suffix;
        }
        String base = type + SEPARATOR + teacher + SEPARATOR + date;
        return cut(base, MAX_LENGTH - suffix.length() - ELLIPSIS.length()) + ELLIPSIS + suffix;
    }

    /** At most {@code room} UTF-16 units, never half a surrogate pair, no trailing space. */
    private static String cut(String text, int room) {
        int end = Math.min(room, text.length());
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing();
    }

    private static String tidy(String text, String name) {
        Objects.requireNonNull(text, name);
        String tidy = SPACES_AND_CONTROLS.matcher(text).replaceAll(" ").strip();
        if (tidy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return tidy;
    }
}
