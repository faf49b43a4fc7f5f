package org.coachingconversations.sandbox.plugin;

import java.util.List;

/**
 * A {@code rest} module: served below {@code /rest/<path>/<version>/}, each resource class created like a module
 * class, by constructor injection from the host services and the plugin's components.
 *
 * @param path the module's path without its leading slash, e.g. {@code coaching}
 */
public record RestModule(String key, String path, String version, List<Object> resources) {

    /** Where the module is served, below the context path: {@code /rest/coaching/1.0}. */
    public String mountPoint() {
        return "/rest/" + path + "/" + version;
    }
}
