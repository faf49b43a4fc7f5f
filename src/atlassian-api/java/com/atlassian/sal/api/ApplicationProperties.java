package com.atlassian.sal.api;

/**
 * Compile-only stand-in with the member the plugin calls: SAL's application properties, an interface with
 * {@code String getBaseUrl(com.atlassian.sal.api.UrlMode urlMode)}, as implemented on
 * https://docs.atlassian.com/atlassian-crowd/2.8.4/com/atlassian/sal/crowd/ClientPropertiesBasedApplicationProperties.html
 * (the SAL API's own page could not be read here). With {@link UrlMode#RELATIVE} it answers the context path, e.g.
 * {@code /confluence}, so a link in a rendered page works whatever host name the viewer used.
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
