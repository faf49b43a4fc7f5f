package org.coachingconversations.testing.i18n;

import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.testing.descriptor.PluginDescriptor;

import java.io.Serializable;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The host's I18nResolver over the bundles the descriptor declares ({@code <resource type="i18n">}). Texts go through
 * MessageFormat as in Confluence. A missing key fails the test instead of showing the key.
 */
public final class BundleI18nResolver implements I18nResolver {

    private final I18nBundle bundle;
    private final Map<Locale, BundleI18nResolver> otherLanguages = new ConcurrentHashMap<>();

    private BundleI18nResolver(I18nBundle bundle) {
        this.bundle = bundle;
    }

    public static BundleI18nResolver fromDescriptor() {
        return new BundleI18nResolver(I18nBundle.fromFiles(descriptorBundles()));
    }

    /** The descriptor's bundles as a user whose language is {@code locale} reads them (translation, else English). */
    public static BundleI18nResolver fromDescriptor(Locale locale) {
        return new BundleI18nResolver(I18nBundle.forLocale(descriptorBundles(), locale));
    }

    private static List<Path> descriptorBundles() {
        return PluginDescriptor.load().i18nBundles().stream()
                .map(location -> Paths.get("src/main/resources", location + ".properties"))
                .collect(Collectors.toList());
    }

    public Set<String> keys() {
        return bundle.keys();
    }

    public boolean hasKey(String key) {
        return bundle.hasKey(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return bundle.text(key, (Object[]) (arguments == null ? new Serializable[0] : arguments));
    }

    @Override
    public String getText(String key) {
        return bundle.text(key);
    }

    /** As the host does for a recipient: the bundles of {@code locale}, whatever language this resolver reads. */
    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return otherLanguages.computeIfAbsent(locale, BundleI18nResolver::fromDescriptor).getText(key, arguments);
    }
}
