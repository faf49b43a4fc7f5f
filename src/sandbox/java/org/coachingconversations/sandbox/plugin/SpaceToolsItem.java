package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.plugin.web.Condition;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code web-item} in section {@code system.space.tools/addons}: a link in a space's "Space tools", shown when each of
 * its conditions (the plugin's own classes, created like module classes) says so for the space and the request's user.
 * The link's Velocity is not run: the two idioms Confluence's space-tools items use for the space key,
 * {@code $generalUtil.urlEncode($helper.spaceKey)} and {@code $helper.spaceKey}, become the URL-encoded key.
 */
public record SpaceToolsItem(String key, String labelKey, String link, int weight, List<Condition> conditions) {

    /** The link's address below the context path, for this space; empty when a condition hides it (or fails). */
    public Optional<String> href(String spaceKey) {
        Map<String, Object> context = Map.of("space", new Space(spaceKey));
        for (Condition condition : conditions) {
            try {
                if (!condition.shouldDisplay(context)) {
                    return Optional.empty();
                }
            } catch (RuntimeException failure) {
                return Optional.empty();
            }
        }
        String encoded = URLEncoder.encode(spaceKey, StandardCharsets.UTF_8);
        return Optional.of(link.replace("$generalUtil.urlEncode($helper.spaceKey)", encoded)
                .replace("$helper.spaceKey", encoded));
    }
}
