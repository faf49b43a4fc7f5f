package com.atlassian.confluence.pages;

/**
 * Compile-only stand-in: the plugin only tests whether a page exists, so no member is declared. A class in the
 * host (extends {@code AbstractPage}); https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/confluence/pages/Page.html
 */
public class Page {
}
