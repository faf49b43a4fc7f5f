package org.coachingconversations.testing.calendar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of an .ics file's octets that ical4j does not make (its parser accepts bare LF line ends, lines of any
 * length, and TEXT values with unescaped commas or unknown escapes): valid UTF-8, CRLF line ends only (RFC 5545 §3.1),
 * physical lines of at most 75 octets, folding by CRLF and one space or tab, no empty line, the content-line grammar
 * (name, parameters, value; no control characters but HTAB), and TEXT values (§3.3.11) whose backslashes escape only
 * {@code \\ \; \, \n \N} and that hold no unescaped comma or semicolon. Everything about the calendar's
 * structure, its required properties and its values is checked by ical4j ({@link IcsFile}).
 */
public final class StrictIcsParser {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern PARAM = Pattern.compile(";([A-Za-z0-9-]+)=(\"[^\"\\p{Cntrl}]*\"|[^\";:,\\p{Cntrl}]*)");
    private static final List<String> TEXT_PROPERTIES = List.of("SUMMARY", "DESCRIPTION", "UID", "X-WR-TIMEZONE");

    private StrictIcsParser() {
    }

    /** @throws AssertionError naming the first thing that breaks RFC 5545 */
    public static void check(byte[] octets) {
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
        for (String line : lines) {
            checkContentLine(line);
        }
    }

    private static void checkContentLine(String line) {
        Matcher nameMatch = NAME.matcher(line);
        if (!nameMatch.lookingAt()) {
            throw new AssertionError("Not a content line: " + line);
        }
        String name = nameMatch.group().toUpperCase(java.util.Locale.ROOT);
        int at = name.length();
        Matcher param = PARAM.matcher(line);
        while (param.find(at) && param.start() == at) {
            at = param.end();
        }
        if (at >= line.length() || line.charAt(at) != ':') {
            throw new AssertionError("Malformed parameters or missing colon: " + line);
        }
        String value = line.substring(at + 1);
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F)) {
            throw new AssertionError("Control character in the value of " + name + ".");
        }
        if (TEXT_PROPERTIES.contains(name)) {
            checkText(name, value);
        }
    }

    private static void checkText(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ';' || c == ',') {
                throw new AssertionError("Unescaped '" + c + "' in the TEXT value of " + name + ": " + value);
            }
            if (c != '\\') {
                continue;
            }
            if (i + 1 == value.length()) {
                throw new AssertionError("A TEXT value of " + name + " ends in a lone backslash.");
            }
            char escaped = value.charAt(++i);
            if ("\\;,nN".indexOf(escaped) < 0) {
                throw new AssertionError("Bad escape \\" + escaped + " in " + name + ".");
            }
        }
    }
}
