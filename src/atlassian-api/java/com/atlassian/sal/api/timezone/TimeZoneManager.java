package com.atlassian.sal.api.timezone;

import java.util.TimeZone;

/**
 * Compile-only stand-in with the member the plugin calls. No page of the SAL interface itself was readable here;
 * checked against the implementations that list it: Confluence's
 * https://docs.atlassian.com/atlassian-confluence/5.4.1/com/atlassian/sal/confluence/timezone/ConfluenceTimeZoneManager.html
 * and Bamboo 9.5.1's
 * https://docs.atlassian.com/atlassian-bamboo/9.5.1/com/atlassian/sal/bamboo/timezone/BambooTimeZoneManager.html
 * ({@code TimeZone getDefaultTimeZone()}: the site's default time zone).
 */
public interface TimeZoneManager {

    TimeZone getDefaultTimeZone();
}
