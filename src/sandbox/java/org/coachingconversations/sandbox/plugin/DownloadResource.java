package org.coachingconversations.sandbox.plugin;

import java.util.Optional;

/**
 * A {@code <resource type="download">}: a file ({@code name="x.css"}) or, when the name ends in {@code /}, a whole
 * directory ({@code name="images/" location="images/"}).
 */
public record DownloadResource(String name, String location) {

    /** The plugin resource path for a requested name, if this resource covers it. */
    public Optional<String> locate(String requested) {
        if (name.endsWith("/")) {
            if (requested.startsWith(name) && requested.length() > name.length()) {
                String rest = requested.substring(name.length());
                return Optional.of(location.endsWith("/") ? location + rest : location + "/" + rest);
            }
            return Optional.empty();
        }
        return requested.equals(name) ? Optional.of(location) : Optional.empty();
    }
}
