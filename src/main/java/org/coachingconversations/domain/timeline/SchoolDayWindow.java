package org.coachingconversations.domain.timeline;

/**
 * A deadline rule counted in school days, such as "2-5 days after the observation" (seed 003).
 * Both ends are included. Whether it counts forward or backward from its anchor is up to the
 * milestone that uses it.
 */
public record SchoolDayWindow(int fewest, int most) {

    /** Union contracts go up to 10 school days; anything far beyond is a typing mistake. */
    public static final int MAX_SCHOOL_DAYS = 60;

    public SchoolDayWindow {
        if (fewest < 0) {
            throw new IllegalArgumentException("the fewest school days (" + fewest + ") cannot be negative.");
        }
        if (most < fewest) {
            throw new IllegalArgumentException("the most school days (" + most
                    + ") is less than the fewest (" + fewest + ").");
        }
        if (most > MAX_SCHOOL_DAYS) {
            throw new IllegalArgumentException("the most school days (" + most + ") is above the limit of "
                    + MAX_SCHOOL_DAYS + ".");
        }
    }

    public static SchoolDayWindow of(int fewest, int most) {
        return new SchoolDayWindow(fewest, most);
    }

    @Override
    public String toString() {
        return fewest + "-" + most + " school days";
    }
}
