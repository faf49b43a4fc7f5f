package org.coachingconversations.sandbox.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

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

    public String getOutputType() {
        return "display";
    }
}
