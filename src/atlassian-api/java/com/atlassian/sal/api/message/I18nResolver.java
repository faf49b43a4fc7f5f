package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/**
 * Compile-only stand-in with the members the plugin calls. Checked against
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html
 * (the newest SAL javadoc the project could read; Confluence 10.2 bundles SAL 7.x). {@code getText(Locale, String,
 * Serializable...)} gives the text in a language other than the current user's (a recipient's, for mail).
 */
public interface I18nResolver {

    String getText(String key, Serializable... arguments);

    String getText(String key);

    String getText(Locale locale, String key, Serializable... arguments);
}
