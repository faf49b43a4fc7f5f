package org.coachingconversations.sandbox.plugin;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/** SAL's application properties: the sandbox lives where Confluence lives under {@code atlas-run}. */
final class SandboxApplicationProperties implements ApplicationProperties {

    static final String CONTEXT_PATH = "/confluence";

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return CONTEXT_PATH;
    }
}
