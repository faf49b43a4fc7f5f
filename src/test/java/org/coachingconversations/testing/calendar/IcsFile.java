package org.coachingconversations.testing.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * One .ics file of the app as a calendar program reads it: the octets pass {@link StrictIcsParser} (what ical4j does
 * not check), then ical4j's {@link CalendarBuilder} parses them with every relaxed-parsing and compatibility hint off,
 * {@link Calendar#validate(boolean)} finds nothing at all to report, and the calendar holds exactly one VEVENT. The
 * values are read back through ical4j, TEXT values unescaped by ical4j.
 */
public final class IcsFile {

    /** Every switch ical4j has for accepting what RFC 5545 does not; all must be off. */
    static final List<String> LENIENT_HINTS = List.of(CompatibilityHints.KEY_RELAXED_PARSING,
            CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_VALIDATION,
            CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, CompatibilityHints.KEY_NOTES_COMPATIBILITY,
            CompatibilityHints.KEY_VCARD_COMPATIBILITY);

    private final Calendar calendar;
    private final VEvent event;

    private IcsFile(Calendar calendar, VEvent event) {
        this.calendar = calendar;
        this.event = event;
    }

    /** @throws AssertionError naming what a strict reader refuses */
    public static IcsFile read(String text) {
        StrictIcsParser.check(text.getBytes(StandardCharsets.UTF_8));
        Calendar calendar = strictlyParsed(text);
        try {
            ValidationResult validation = calendar.validate(true);
            if (!validation.getEntries().isEmpty()) {
                throw new AssertionError("ical4j reports " + validation.getEntries() + " for:\n" + text);
            }
        } catch (ValidationException invalid) {
            throw new AssertionError("ical4j finds the calendar invalid: " + invalid.getMessage() + "\n" + text,
                    invalid);
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        if (events.size() != 1 || calendar.getComponents().size() != 1) {
            throw new AssertionError("Expected exactly one component, a VEVENT: " + calendar.getComponents());
        }
        return new IcsFile(calendar, events.get(0));
    }

    private static Calendar strictlyParsed(String text) {
        synchronized (CompatibilityHints.class) {
            LENIENT_HINTS.forEach(hint -> CompatibilityHints.setHintEnabled(hint, false));
            for (String hint : LENIENT_HINTS) {
                if (CompatibilityHints.isHintEnabled(hint)) {
                    throw new IllegalStateException("ical4j still has " + hint + " on");
                }
            }
            try {
                return new CalendarBuilder().build(new StringReader(text));
            } catch (ParserException | IOException | RuntimeException refused) {
                throw new AssertionError("ical4j cannot parse the file strictly: " + refused + "\n" + text, refused);
            }
        }
    }

    /** The event's property value, as ical4j unescapes it. */
    public String value(String name) {
        return property(event, name).getValue();
    }

    /** The calendar's own property value, as ical4j unescapes it. */
    public String calendarValue(String name) {
        return property(calendar, name).getValue();
    }

    /** DTSTART, DTEND: an all-day date ({@code VALUE=DATE}), never a date-time. */
    public LocalDate date(String name) {
        Property property = property(event, name);
        if (!Optional.of(Value.DATE).equals(property.getParameter("VALUE"))) {
            throw new AssertionError(name + " is not a VALUE=DATE property: " + property);
        }
        Temporal date = ((DateProperty<?>) property).getDate();
        if (!(date instanceof LocalDate day)) {
            throw new AssertionError(name + " is not read as a date but as " + date.getClass());
        }
        return day;
    }

    public Calendar calendar() {
        return calendar;
    }

    private static Property property(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        List<Property> found = container.getProperties(name);
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + name + ", found " + found.size());
        }
        return found.get(0);
    }
}
