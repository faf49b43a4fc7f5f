package com.atlassian.confluence.pages;

/**
 * Compile-only stand-in: {@code public class Page extends AbstractPage} with its public no-argument constructor.
 * No Page javadoc page was readable here; checked against the decompiled Confluence 8.7.2 class and the
 * constructor use in Atlassian's own event tests, and the class's listing on
 * https://docs.atlassian.com/atlassian-confluence/5.6.3/com/atlassian/confluence/pages/class-use/Page.html
 */
public class Page extends AbstractPage {
}
