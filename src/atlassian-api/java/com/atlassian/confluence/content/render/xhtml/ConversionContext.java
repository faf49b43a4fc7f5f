package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Compile-only stand-in with the member the plugin calls. Kind (interface) checked against
 * https://docs.atlassian.com/atlassian-confluence/5.8.9/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 * (the newest page of this type the project could read); the 9.x signature of
 * {@code Macro.execute} still takes it from this package:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/macro/Macro.html
 * {@code ContentEntityObject getEntity()} ("the current ContentEntityObject for this context", null when the content
 * being rendered is not an entity) as listed on
 * https://docs.atlassian.com/atlassian-confluence/4.0.4/com/atlassian/confluence/content/render/xhtml/DefaultConversionContext.html
 */
public interface ConversionContext {

    ContentEntityObject getEntity();
}
