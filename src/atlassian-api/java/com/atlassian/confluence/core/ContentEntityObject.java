package com.atlassian.confluence.core;

import com.atlassian.core.bean.EntityObject;

/**
 * Compile-only stand-in: only the type is needed, as the content a {@link ContentPermissionManager} restricts. In the
 * host it is {@code public abstract class ContentEntityObject extends ConfluenceEntityObject}; ConfluenceEntityObject
 * adds nothing the plugin uses and is left out. Kind and place in the page hierarchy checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/security/class-use/ContentPermission.html
 * (methods of ContentEntityObject) and the decompiled Confluence 8.7.2 class.
 */
public abstract class ContentEntityObject extends EntityObject {
}
