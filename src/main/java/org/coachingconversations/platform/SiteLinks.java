package org.coachingconversations.platform;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.net.URI;
import java.util.Locale;

/**
 * Addresses on this Confluence site for links the app renders (in pages and in REST answers): the base URL and a
 * user's profile. One rule for every link to a person, so that none can carry a {@code javascript:} or other
 * non-web address.
 */
public final class SiteLinks {

    private final ApplicationProperties applicationProperties;

    public SiteLinks(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    /** The relative base URL without a trailing slash: "/confluence", or "" at the root. */
    public String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        return base == null ? "" : base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The profile's address below the base URL, as SAL gives it; an absolute one only over http(s); else null. */
    public String profileUrl(URI profile) {
        if (profile == null) {
            return null;
        }
        if (profile.isAbsolute()) {
            String scheme = profile.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? profile.toString() : null;
        }
        String path = profile.toString();
        return baseUrl() + (path.startsWith("/") ? "" : "/") + path;
    }
}
