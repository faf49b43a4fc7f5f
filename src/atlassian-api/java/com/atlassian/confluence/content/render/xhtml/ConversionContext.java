package com.atlassian.confluence.content.render.xhtml;

/**
 * Compile-only stand-in: the plugin passes it through and calls no member yet. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.4.2/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 */
public interface ConversionContext {
}
