package org.coachingconversations.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates and times as a reader of one language writes them ("Dec 3, 2026" in English, "3 dic 2026" in Spanish), for
 * what a screen or an e-mail shows. Values that are data (inputs, JSON fields, CSV cells, .ics files, storage format)
 * stay ISO and never pass through here. Immutable.
 */
public final class LocalizedDates {

    /** Languages a host offers are few; past this many, formats are built per call rather than kept. */
    private static final int KEPT_LANGUAGES = 64;
    private static final Map<Locale, LocalizedDates> KEPT = new ConcurrentHashMap<>();

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter moment;

    private LocalizedDates(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        // A moment names its zone: the same instant reads differently for a reader elsewhere.
        this.moment = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .appendLiteral(' ').appendZoneText(TextStyle.SHORT).toFormatter(locale);
    }

    /** The formats of {@code locale}; English when the host knows no language. */
    public static LocalizedDates in(Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        // Building the formatters costs more than a page's worth of formatting; they are immutable, so share them.
        LocalizedDates kept = KEPT.get(language);
        if (kept != null) {
            return kept;
        }
        return KEPT.size() < KEPT_LANGUAGES ? KEPT.computeIfAbsent(language, LocalizedDates::new)
                : new LocalizedDates(language);
    }

    public Locale locale() {
        return locale;
    }

    /** A day: "Dec 3, 2026", "3 dic 2026". */
    public String date(LocalDate day) {
        return date.format(Objects.requireNonNull(day, "day"));
    }

    /** A time of day: "3:05 PM", "15:05". */
    public String time(LocalTime clock) {
        return time.format(Objects.requireNonNull(clock, "clock"));
    }

    /** An instant in {@code zone}, zone shown: "Dec 3, 2026, 3:05 PM UTC", "3 dic 2026 15:05 UTC". */
    public String moment(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        // The offset Z would print as "Z"; readers know the zone by its name.
        ZoneId shown = ZoneOffset.UTC.equals(Objects.requireNonNull(zone, "zone")) ? ZoneId.of("UTC") : zone;
        return moment.format(instant.atZone(shown));
    }
}
