package org.coachingconversations.sandbox.plugin;

import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.testing.i18n.BundleI18nResolver;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language each sandbox user reads the app in, as a Confluence user sets it in their profile. The plugin's
 * I18nResolver answers in the language of the request's user, from the {@code _es} bundles with English where a key
 * has no translation, as the host's resource bundles do. The choice lasts until the sandbox stops.
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
        };
    }
}
