package com.atlassian.confluence.content.render.xhtml;

/**
 * Compile-only stand-in: the plugin passes it through and calls no member yet. Kind (interface)
 * checked against
 * https://docs.atlassian.com/atlassian-confluence/5.8.9/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 * (the newest page of this type the project could read); the 9.x signature of
 * {@code Macro.execute} still takes it from this package:
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/macro/Macro.html
 */
public interface ConversionContext {
}
