package org.coachingconversations.sandbox.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;

/** The conversion context a macro receives when a page is viewed: which page, in which space, for whom. */
public final class SandboxConversionContext implements ConversionContext {

    private final RenderRequest request;

    public SandboxConversionContext(RenderRequest request) {
        this.request = request;
    }

    public String getSpaceKey() {
        return request.spaceKey();
    }

    public long getPageId() {
        return request.pageId();
    }

    /** The page being rendered; none while a new page that has no id yet is previewed. */
    @Override
    public ContentEntityObject getEntity() {
        if (request.pageId() <= 0) {
            return null;
        }
        Page page = new Page();
        page.setId(request.pageId());
        page.setSpace(new Space(request.spaceKey()));
        return page;
    }

    public String getOutputType() {
        return "display";
    }
}
