package org.coachingconversations.testing.ao;

import net.java.ao.atlassian.TablePrefix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The table prefix the Atlassian AO plugin gives an app: {@code AO_} followed by the last six hex digits of the
 * MD5 of the {@code <ao namespace>} (or, without one, of the bundle name), upper-cased, then {@code _}.
 * Example from Atlassian's "Table names" page: {@code com.atlassian.example.ao.myplugin} gives {@code AO_28BE2D}.
 */
public final class PluginTablePrefix implements TablePrefix {

    /** The plugin key, which will also be the {@code <ao namespace>}. */
    public static final String COACHING_NAMESPACE = "org.coachingconversations.coaching-conversations";

    public static final PluginTablePrefix COACHING = forNamespace(COACHING_NAMESPACE);

    private static final int HASH_LENGTH = 6;

    private final String prefix;

    private PluginTablePrefix(String prefix) {
        this.prefix = prefix;
    }

    public static PluginTablePrefix forNamespace(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        if (namespace.isBlank()) {
            throw new IllegalArgumentException("AO namespace must not be blank");
        }
        String md5 = HexFormat.of().formatHex(md5(namespace.getBytes(StandardCharsets.UTF_8)));
        return new PluginTablePrefix(("AO_" + md5.substring(md5.length() - HASH_LENGTH)).toUpperCase(Locale.ROOT));
    }

    /** The prefix without the trailing separator, e.g. {@code AO_28BE2D}. */
    public String value() {
        return prefix;
    }

    @Override
    public String prepend(String name) {
        return prefix + "_" + name;
    }

    @Override
    public String toString() {
        return prefix;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides MD5", e);
        }
    }
}
