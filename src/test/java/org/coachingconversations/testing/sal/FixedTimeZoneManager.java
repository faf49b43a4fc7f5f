package org.coachingconversations.testing.sal;

import com.atlassian.sal.api.timezone.TimeZoneManager;

import java.time.ZoneId;
import java.util.TimeZone;

/** The site's default time zone as an administrator set it in Confluence's general configuration. */
public final class FixedTimeZoneManager implements TimeZoneManager {

    private ZoneId siteZone;

    public FixedTimeZoneManager(ZoneId siteZone) {
        this.siteZone = siteZone;
    }

    /** The administrator changes the site's default zone. */
    public void change(ZoneId zone) {
        siteZone = zone;
    }

    @Override
    public TimeZone getDefaultTimeZone() {
        return TimeZone.getTimeZone(siteZone);
    }
}
