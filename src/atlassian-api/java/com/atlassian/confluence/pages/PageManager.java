package com.atlassian.confluence.pages;

/**
 * Compile-only stand-in with the member the plugin calls. Signature from
 * https://docs.atlassian.com/atlassian-confluence/3.0/com/atlassian/confluence/pages/PageManager.html (the newest
 * page of this interface the project could read; the 9.x page is expected at
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/confluence/pages/PageManager.html) and
 * from Confluence 8.7.2's create-content plugin, which checks title uniqueness with exactly this call
 * ({@code DefaultContentBlueprintService.validatePageTitleIsUnique}, decompiled). {@code AbstractPage
 * getAbstractPage(long id)} (a page or blog post by id, null when there is none) from the same 3.0 page and its use
 * in public Confluence apps that check view permission before showing a page by id.
 */
public interface PageManager {

    Page getPage(String spaceKey, String pageTitle);

    AbstractPage getAbstractPage(long id);
}
