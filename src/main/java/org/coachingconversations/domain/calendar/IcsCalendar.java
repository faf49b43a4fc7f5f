package org.coachingconversations.domain.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes one {@link CalendarEvent} as an iCalendar file (RFC 5545): one VCALENDAR with one VEVENT, CRLF line ends,
 * lines folded at 75 octets without splitting a UTF-8 character, and every TEXT value escaped (§3.3.11), so that text
 * people typed cannot end a property or add one.
 */
public final class IcsCalendar {

    public static final String PRODUCT_ID = "-//Coaching Conversations for Confluence//Calendar 1.0//EN";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsCalendar() {
    }

    /**
     * The file's text.
     *
     * @param stamp when the file is made (DTSTAMP), written in UTC
     */
    public static String write(CalendarEvent event, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODUCT_ID);
        line(out, "CALSCALE:GREGORIAN");
        // No METHOD: a file to import is not an iTIP message, and METHOD:PUBLISH would make it one that needs an
        // ORGANIZER (RFC 5546 §3.2.1), which a date of a page does not have.
        // Widely read by calendar programs; the dates themselves are floating days of this zone.
        line(out, "X-WR-TIMEZONE:" + text(event.zone().getId()));
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(event.uid()));
        line(out, "DTSTAMP:" + UTC_STAMP.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
        line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
        line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
        line(out, "SUMMARY:" + text(event.summary()));
        String description = event.description().isEmpty() ? event.pageUrl()
                : event.description() + "\n" + event.pageUrl();
        line(out, "DESCRIPTION:" + text(description));
        line(out, "URL:" + uri(event.pageUrl()));
        line(out, "TRANSP:TRANSPARENT");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines escaped; other controls dropped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || c >= 0x20 && c != 0x7F) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A URI value may hold no control character or space; anything else stays as given. */
    private static String uri(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().filter(cp -> cp > 0x20 && cp != 0x7F).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    /** Appends one content line, folded (§3.1) so no line is longer than 75 octets, a character never split. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int charCount = Character.charCount(codePoint);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                // The leading space of a continuation line counts towards its 75 octets.
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += charCount;
        }
        out.append(CRLF);
    }
}
