package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/**
 * Compile-only stand-in. In the host the chain is AbstractPage → SpaceContentEntityObject → ContentEntityObject →
 * AbstractLabelableEntityObject → AbstractVersionedEntityObject → ConfluenceEntityObject → EntityObject; the three
 * classes between ContentEntityObject and EntityObject add nothing the plugin uses and are left out.
 * Kind checked against the "Uses of Class com.atlassian.confluence.pages.AbstractPage" page
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.7.2/com/atlassian/confluence/pages/class-use/AbstractPage.html
 * and the decompiled Confluence 8.7.2 class (public abstract class).
 */
public abstract class AbstractPage extends SpaceContentEntityObject {
}
