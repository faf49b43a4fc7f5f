package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;

/**
 * Compile-only stand-in with the members the plugin calls. Checked against
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/LocaleResolver.html and Confluence's
 * implementation of it,
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.0/com/atlassian/sal/confluence/message/ConfluenceLocaleResolver.html
 * ({@code getLocale()}: the current user's language; {@code getLocale(UserKey)}: that user's, since SAL 2.x / Confluence
 * 5.2). The request parameter is Jakarta's on Platform 7 and later, as in the plugin's other servlet-facing types.
 */
public interface LocaleResolver {

    Locale getLocale(HttpServletRequest request);

    Locale getLocale();

    Locale getLocale(UserKey userKey);

    Set<Locale> getSupportedLocales();
}
