package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Compile-only stand-in with the members the plugin calls. Checked against
 * https://docs.atlassian.com/sal-api/4.0.0/sal-api/apidocs/com/atlassian/sal/api/message/I18nResolver.html
 */
public interface I18nResolver {

    String getText(String key, Serializable... arguments);

    String getText(String key);
}
