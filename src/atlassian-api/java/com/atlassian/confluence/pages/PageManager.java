package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;
import com.atlassian.confluence.core.DeleteContext;

/**
 * Compile-only stand-in with the members the plugin calls. {@code public interface PageManager extends
 * ContentEntityManager} and the signatures below as in a decompiled Confluence 8.x interface (public source
 * excerpts), where the one-argument {@code trashPage(AbstractPage)} is {@code @Deprecated} and
 * {@code trashPage(AbstractPage, @NonNull DeleteContext)} is not. Pages read: the interface at
 * https://docs.atlassian.com/atlassian-confluence/3.0/com/atlassian/confluence/pages/PageManager.html and
 * {@code trashPage(AbstractPage, DeleteContext)} on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/core/class-use/DeleteContext.html
 * (no 10.x page of this interface was readable here; the 9.x page is expected at
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/confluence/pages/PageManager.html).
 * Confluence 8.7.2's create-content plugin checks title uniqueness with {@code getPage(String, String)}
 * ({@code DefaultContentBlueprintService.validatePageTitleIsUnique}, decompiled).
 * {@code AbstractPage getAbstractPage(long id)} (a page or blog post by id, null when there is none) from the same
 * 3.0 page and its use in public Confluence apps that check view permission before showing a page by id.
 */
public interface PageManager extends ContentEntityManager {

    Page getPage(String spaceKey, String pageTitle);

    AbstractPage getAbstractPage(long id);

    void trashPage(AbstractPage page, DeleteContext deleteContext);
}
