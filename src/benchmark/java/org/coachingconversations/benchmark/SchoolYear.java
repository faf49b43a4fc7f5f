package org.coachingconversations.benchmark;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.settings.SpaceSettings;

/**
 * The fixed world the benchmark runs in: a school year, "now" in the middle of it, and the spaces (one per school)
 * with their sizes, time zones and people. Everything derives from the options and fixed seeds, so two runs with
 * the same options see the same data.
 */
final class SchoolYear {

    /** A Monday morning in February, 10:00 in Denver: every US zone is on the same date. */
    static final Instant NOW = Instant.parse("2026-02-02T17:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 8, 18);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 12);

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Denver"), ZoneId.of("America/Chicago"),
            ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"), ZoneId.of("America/Phoenix"));

    private static final List<Holiday> HOLIDAYS = List.of(
            Holiday.on("Labor Day", LocalDate.of(2025, 9, 1)),
            Holiday.between("Thanksgiving break", LocalDate.of(2025, 11, 26), LocalDate.of(2025, 11, 28)),
            Holiday.between("Winter break", LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 2)),
            Holiday.on("Martin Luther King Jr. Day", LocalDate.of(2026, 1, 19)),
            Holiday.between("Spring break", LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27)),
            Holiday.on("Memorial Day", LocalDate.of(2026, 5, 25)));

    private final BenchmarkOptions options;

    SchoolYear(BenchmarkOptions options) {
        this.options = options;
    }

    int spaces() {
        return options.spaces();
    }

    /** The measured space is the first one. */
    String bigSpaceKey() {
        return spaceKey(0);
    }

    static String spaceKey(int space) {
        return space == 0 ? "DISTRICT" : String.format("SCHOOL%04d", space);
    }

    int stepsIn(int space) {
        if (space == 0) {
            return options.bigSpaceSteps();
        }
        int others = options.spaces() - 1;
        int rest = options.steps() - options.bigSpaceSteps();
        return rest / others + (space <= rest % others ? 1 : 0);
    }

    /** About one teacher per 25 steps a year: the big space is a whole district, a school has a few dozen. */
    int teachersIn(int space) {
        return Math.max(4, stepsIn(space) / 25);
    }

    int observersIn(int space) {
        return Math.max(2, teachersIn(space) / 8);
    }

    int coachesIn(int space) {
        return Math.max(1, teachersIn(space) / 40);
    }

    static String teacher(int space, int index) {
        return "t" + space + "-" + index;
    }

    static String observer(int space, int index) {
        return "o" + space + "-" + index;
    }

    static String coach(int space, int index) {
        return "c" + space + "-" + index;
    }

    ZoneId zoneOf(int space) {
        return space == 0 ? ZONES.get(0) : ZONES.get(space % ZONES.size());
    }

    LocalDate todayIn(int space) {
        return LocalDate.now(CLOCK.withZone(zoneOf(space)));
    }

    SpaceSettings settingsOf(int space) {
        return SpaceSettings.builder(zoneOf(space))
                .weekendDays(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                .holidays(HOLIDAYS)
                .build();
    }
}
