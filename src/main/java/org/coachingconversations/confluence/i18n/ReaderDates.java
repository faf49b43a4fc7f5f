package org.coachingconversations.confluence.i18n;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.coachingconversations.platform.LocalizedDates;
import org.springframework.stereotype.Component;

/**
 * Every date and time the app shows, in the language of whoever reads it: the current user (SAL's
 * {@link LocaleResolver#getLocale()}, the language set in their Confluence profile) or, for an e-mail, its recipient.
 * Only formatting: the values come from the domain; inputs, JSON data fields, CSV, .ics and storage format stay ISO.
 */
@Component
public final class ReaderDates {

    private final LocaleResolver localeResolver;

    public ReaderDates(LocaleResolver localeResolver) {
        this.localeResolver = Objects.requireNonNull(localeResolver, "localeResolver");
    }

    /** The current reader's formats, for a presenter that shows several values. */
    public LocalizedDates forReader() {
        return LocalizedDates.in(localeResolver.getLocale());
    }

    /** The formats of {@code recipient}'s language, for what is written to them outside a request (mail). */
    public LocalizedDates forRecipient(UserKey recipient) {
        return LocalizedDates.in(localeResolver.getLocale(Objects.requireNonNull(recipient, "recipient")));
    }

    public String date(LocalDate day) {
        return forReader().date(day);
    }

    public String time(LocalTime clock) {
        return forReader().time(clock);
    }

    public String moment(Instant instant, ZoneId zone) {
        return forReader().moment(instant, zone);
    }
}
