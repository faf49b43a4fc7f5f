package org.coachingconversations.sandbox.plugin;

import java.util.List;

/** A {@code web-resource} module: its downloadable files and the contexts that include it. */
public record WebResourceModule(String key, List<String> contexts, List<DownloadResource> resources) {
}
