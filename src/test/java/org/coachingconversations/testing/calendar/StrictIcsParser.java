package org.coachingconversations.testing.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of iCalendar text (RFC 5545) for tests: it refuses anything a careful calendar parser could reject
 * or read differently. Checked: CRLF line ends only (§3.1), physical lines of at most 75 octets, folding by CRLF and
 * one space or tab, the content-line grammar (name, parameters, value; no control characters but HTAB), nested
 * BEGIN/END, one VCALENDAR with VERSION 2.0 and PRODID, each VEVENT with exactly one UID, DTSTAMP (UTC date-time) and
 * DTSTART, DATE values that are real dates with DTEND after DTSTART, and TEXT values (§3.3.11) whose backslashes
 * escape only {@code \\ \; \, \n \N} and that have no unescaped comma or semicolon.
 */
public final class StrictIcsParser {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern PARAM = Pattern.compile(";([A-Za-z0-9-]+)=(\"[^\"\\p{Cntrl}]*\"|[^\";:,\\p{Cntrl}]*)");
    private static final Pattern UTC_DATE_TIME = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final List<String> TEXT_PROPERTIES = List.of("SUMMARY", "DESCRIPTION", "UID", "X-WR-TIMEZONE");

    private StrictIcsParser() {
    }

    /** One property of an event: parameters and the value, TEXT values unescaped. */
    public record Property(Map<String, String> parameters, String value) {
    }

    /** The properties of one VEVENT by name, each at most once (which the writer promises). */
    public record Event(Map<String, Property> properties) {
        public String value(String name) {
            Property property = properties.get(name);
            if (property == null) {
                throw new AssertionError("The event has no " + name + ".");
            }
            return property.value();
        }

        public LocalDate date(String name) {
            Property property = properties.get(name);
            if (!"DATE".equals(property.parameters().get("VALUE"))) {
                throw new AssertionError(name + " is not a DATE value: " + property);
            }
            return LocalDate.parse(property.value(), DateTimeFormatter.BASIC_ISO_DATE);
        }
    }

    /** The calendar's properties and its events. */
    public record Calendar(Map<String, Property> properties, List<Event> events) {
    }

    /** @throws AssertionError naming the first thing that breaks RFC 5545 */
    public static Calendar parse(byte[] octets) {
        String text = new String(octets, StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), octets)) {
            throw new AssertionError("The file is not valid UTF-8.");
        }
        if (!text.endsWith("\r\n")) {
            throw new AssertionError("The last line does not end with CRLF.");
        }
        String[] physical = text.substring(0, text.length() - 2).split("\r\n", -1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                throw new AssertionError("Line " + (i + 1) + " holds a bare CR or LF.");
            }
            if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
                throw new AssertionError("Line " + (i + 1) + " is longer than 75 octets: " + line);
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (lines.isEmpty()) {
                    throw new AssertionError("The file starts with a continuation line.");
                }
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
            } else if (line.isEmpty()) {
                throw new AssertionError("Line " + (i + 1) + " is empty.");
            } else {
                lines.add(line);
            }
        }
        Deque<String> open = new ArrayDeque<>();
        Map<String, Property> calendar = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        Map<String, Property> event = null;
        int calendars = 0;
        for (String line : lines) {
            String name = contentName(line);
            Property property = property(line, name);
            if (name.equals("BEGIN")) {
                if (open.isEmpty() && !property.value().equals("VCALENDAR")) {
                    throw new AssertionError("The file must start with BEGIN:VCALENDAR.");
                }
                if (property.value().equals("VCALENDAR")) {
                    calendars++;
                }
                if (property.value().equals("VEVENT")) {
                    event = new LinkedHashMap<>();
                }
                open.push(property.value());
            } else if (name.equals("END")) {
                if (open.isEmpty() || !open.pop().equals(property.value())) {
                    throw new AssertionError("END:" + property.value() + " does not close the open component.");
                }
                if (property.value().equals("VEVENT")) {
                    events.add(checkedEvent(event));
                    event = null;
                }
            } else if (open.isEmpty()) {
                throw new AssertionError("Property outside VCALENDAR: " + line);
            } else {
                Map<String, Property> target = "VEVENT".equals(open.peek()) ? event : calendar;
                if (target.put(name, property) != null && !name.startsWith("X-")) {
                    throw new AssertionError(name + " appears twice.");
                }
            }
        }
        if (!open.isEmpty() || calendars != 1) {
            throw new AssertionError("The file must hold exactly one complete VCALENDAR.");
        }
        if (calendar.get("VERSION") == null || !calendar.get("VERSION").value().equals("2.0")
                || calendar.get("PRODID") == null) {
            throw new AssertionError("VCALENDAR needs VERSION:2.0 and a PRODID.");
        }
        return new Calendar(calendar, events);
    }

    private static Event checkedEvent(Map<String, Property> event) {
        for (String required : List.of("UID", "DTSTAMP", "DTSTART")) {
            if (!event.containsKey(required)) {
                throw new AssertionError("VEVENT without " + required + ".");
            }
        }
        if (!UTC_DATE_TIME.matcher(event.get("DTSTAMP").value()).matches()) {
            throw new AssertionError("DTSTAMP is not a UTC date-time: " + event.get("DTSTAMP").value());
        }
        Event checked = new Event(event);
        LocalDate start = realDate(checked, "DTSTART");
        if (event.containsKey("DTEND") && !realDate(checked, "DTEND").isAfter(start)) {
            throw new AssertionError("DTEND is not after DTSTART.");
        }
        return checked;
    }

    private static LocalDate realDate(Event event, String name) {
        String value = event.properties().get(name).value();
        try {
            return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE.withResolverStyle(
                    java.time.format.ResolverStyle.STRICT));
        } catch (DateTimeParseException notADate) {
            throw new AssertionError(name + " is not a real date: " + value);
        }
    }

    private static String contentName(String line) {
        Matcher name = NAME.matcher(line);
        if (!name.lookingAt()) {
            throw new AssertionError("Not a content line: " + line);
        }
        return name.group().toUpperCase(java.util.Locale.ROOT);
    }

    private static Property property(String line, String name) {
        int at = name.length();
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher param = PARAM.matcher(line);
        while (param.find(at) && param.start() == at) {
            parameters.put(param.group(1).toUpperCase(java.util.Locale.ROOT), param.group(2));
            at = param.end();
        }
        if (at >= line.length() || line.charAt(at) != ':') {
            throw new AssertionError("Malformed parameters or missing colon: " + line);
        }
        String value = line.substring(at + 1);
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F)) {
            throw new AssertionError("Control character in the value of " + name + ".");
        }
        return new Property(parameters, TEXT_PROPERTIES.contains(name) ? unescapeText(name, value) : value);
    }

    private static String unescapeText(String name, String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ';' || c == ',') {
                throw new AssertionError("Unescaped '" + c + "' in the TEXT value of " + name + ": " + value);
            }
            if (c != '\\') {
                text.append(c);
                continue;
            }
            if (i + 1 == value.length()) {
                throw new AssertionError("A TEXT value of " + name + " ends in a lone backslash.");
            }
            char escaped = value.charAt(++i);
            switch (escaped) {
                case '\\', ';', ',' -> text.append(escaped);
                case 'n', 'N' -> text.append('\n');
                default -> throw new AssertionError("Bad escape \\" + escaped + " in " + name + ".");
            }
        }
        return text.toString();
    }
}
