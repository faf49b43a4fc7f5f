package org.coachingconversations.sandbox.plugin;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import jakarta.servlet.http.HttpServletRequest;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.testing.i18n.BundleI18nResolver;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language each sandbox user reads the app in, as a Confluence user sets it in their profile. The plugin's
 * I18nResolver answers in the language of the request's user, from the {@code _es} bundles with English where a key
 * has no translation, as the host's resource bundles do; its LocaleResolver gives that language (or a named user's,
 * for mail) to the dates and times the app shows. The choice lasts until the sandbox stops.
 */
public final class SandboxLanguages {

    /** The languages the app ships bundles for; English is the default. */
    public static final List<Locale> OFFERED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private final RemoteUser remoteUser;
    private final Map<String, Locale> chosen = new ConcurrentHashMap<>();
    private final Map<Locale, BundleI18nResolver> resolvers = new ConcurrentHashMap<>();

    SandboxLanguages(RemoteUser remoteUser) {
        this.remoteUser = remoteUser;
        OFFERED.forEach(locale -> resolvers.put(locale, BundleI18nResolver.fromDescriptor(locale)));
    }

    /** The language {@code username} reads the app in. */
    public Locale of(String username) {
        return chosen.getOrDefault(username, Locale.ENGLISH);
    }

    /** Sets the language of {@code username}; empty when the app has no bundles for {@code languageTag}. */
    public Optional<Locale> choose(String username, String languageTag) {
        Optional<Locale> locale = OFFERED.stream()
                .filter(offered -> offered.getLanguage().equals(languageTag))
                .findFirst();
        locale.ifPresent(language -> chosen.put(username, language));
        return locale;
    }

    /** The language of the request being served: its user's choice, English outside a request. */
    public Locale current() {
        return remoteUser.username().map(this::of).orElse(Locale.ENGLISH);
    }

    I18nResolver resolver() {
        return new I18nResolver() {
            @Override
            public String getText(String key, Serializable... arguments) {
                return resolvers.get(current()).getText(key, arguments);
            }

            @Override
            public String getText(String key) {
                return resolvers.get(current()).getText(key);
            }

            @Override
            public String getText(Locale locale, String key, Serializable... arguments) {
                return resolvers.getOrDefault(locale, resolvers.get(Locale.ENGLISH)).getText(key, arguments);
            }
        };
    }

    /** SAL's LocaleResolver as Confluence answers it: each user's chosen language, English by default. */
    LocaleResolver localeResolver(SandboxStore store) {
        return new LocaleResolver() {
            @Override
            public Locale getLocale(HttpServletRequest request) {
                return current();
            }

            @Override
            public Locale getLocale() {
                return current();
            }

            @Override
            public Locale getLocale(UserKey userKey) {
                if (userKey == null) {
                    return Locale.ENGLISH;
                }
                return store.users().stream()
                        .filter(user -> SandboxUserManager.userKeyOf(user.username()).equals(userKey.getStringValue()))
                        .findFirst().map(user -> of(user.username())).orElse(Locale.ENGLISH);
            }

            @Override
            public Set<Locale> getSupportedLocales() {
                return new LinkedHashSet<>(OFFERED);
            }
        };
    }
}
