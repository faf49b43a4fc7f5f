package org.coachingconversations.testing.i18n;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.coachingconversations.confluence.i18n.ReaderDates;

/**
 * SAL's LocaleResolver for tests: the current reader's language, and each user's by key (English unless set), as
 * Confluence answers them from people's profiles.
 */
public final class ReaderLanguages implements LocaleResolver {

    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private volatile Locale reader;
    private final Map<String, Locale> users = new ConcurrentHashMap<>();

    private ReaderLanguages(Locale reader) {
        this.reader = reader;
    }

    public static ReaderLanguages reading(Locale reader) {
        return new ReaderLanguages(reader);
    }

    /** Formats for a reader of {@code locale}, the way the plugin gets them. */
    public static ReaderDates datesFor(Locale locale) {
        return new ReaderDates(reading(locale));
    }

    public ReaderLanguages reader(Locale locale) {
        this.reader = locale;
        return this;
    }

    public ReaderLanguages user(String userKey, Locale locale) {
        users.put(userKey, locale);
        return this;
    }

    @Override
    public Locale getLocale(HttpServletRequest request) {
        return reader;
    }

    @Override
    public Locale getLocale() {
        return reader;
    }

    @Override
    public Locale getLocale(UserKey userKey) {
        return users.getOrDefault(userKey.getStringValue(), Locale.ENGLISH);
    }

    @Override
    public Set<Locale> getSupportedLocales() {
        return Set.of(Locale.ENGLISH, SPANISH);
    }
}
