package org.coachingconversations.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.net.URI;
import org.junit.Test;

/** Every link to a person the app renders goes through one rule: below this site, or an http(s) address. */
public class SiteLinksTest {

    private final SiteLinks target = new SiteLinks(mode -> "/confluence/");

    @Test
    public void baseUrl_shouldDropTheTrailingSlash() {
        assertEquals("/confluence", target.baseUrl());
        assertEquals("", new SiteLinks(mode -> null).baseUrl());
    }

    @Test
    public void profileUrl_shouldResolveAPathBelowTheBaseUrl() {
        assertEquals("/confluence/display/~ana.ruiz", target.profileUrl(URI.create("/display/~ana.ruiz")));
        assertEquals("/confluence/display/~ana.ruiz", target.profileUrl(URI.create("display/~ana.ruiz")));
    }

    @Test
    public void profileUrl_shouldKeepAnHttpAddress() {
        assertEquals("https://people.example.org/ana", target.profileUrl(URI.create("https://people.example.org/ana")));
    }

    @Test
    public void profileUrl_shouldRefuseAnyOtherScheme() {
        assertNull(target.profileUrl(URI.create("javascript:alert(1)")));
        assertNull(target.profileUrl(URI.create("data:text/html,x")));
        assertNull(target.profileUrl(null));
    }
}
