package org.coachingconversations.testing.i18n;

import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.testing.descriptor.PluginDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The host's I18nResolver over the plugin's own bundles (every {@code <resource type="i18n">} in the descriptor).
 * Texts go through MessageFormat as in Confluence. A missing key fails the test instead of showing the key.
 */
public final class BundleI18nResolver implements I18nResolver {

    private final Map<String, String> texts;

    private BundleI18nResolver(Map<String, String> texts) {
        this.texts = texts;
    }

    public static BundleI18nResolver fromDescriptor() {
        return fromBundles(PluginDescriptor.load().i18nBundles());
    }

    public static BundleI18nResolver fromBundles(List<String> baseNames) {
        Map<String, String> texts = new HashMap<>();
        for (String baseName : baseNames) {
            String resource = baseName + ".properties";
            try (InputStream in = BundleI18nResolver.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("i18n bundle not found on the classpath: " + resource);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : properties.stringPropertyNames()) {
                    if (texts.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("i18n key defined twice: " + key);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new BundleI18nResolver(texts);
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    public boolean hasKey(String key) {
        return texts.containsKey(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("Missing i18n key: " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments == null ? new Object[0] : arguments);
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }
}
