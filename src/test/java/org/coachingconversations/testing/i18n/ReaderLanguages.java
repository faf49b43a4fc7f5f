package org.coachingconversations.testing.i18n;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
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
    private static final Map<Locale, BundleI18nResolver> BUNDLES = new ConcurrentHashMap<>();

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

    /** The plugin's bundles in the current reader's language, as the host's I18nResolver follows its user. */
    public I18nResolver i18n() {
        return new I18nResolver() {
            @Override
            public String getText(String key, Serializable... arguments) {
                return bundle(reader).getText(key, arguments);
            }

            @Override
            public String getText(String key) {
                return bundle(reader).getText(key);
            }

            @Override
            public String getText(Locale locale, String key, Serializable... arguments) {
                return bundle(locale).getText(key, arguments);
            }
        };
    }

    private static BundleI18nResolver bundle(Locale locale) {
        return BUNDLES.computeIfAbsent(locale == null ? Locale.ENGLISH : locale, BundleI18nResolver::fromDescriptor);
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
