package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

/**
 * Compile-only stand-in. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/macro/Macro.html
 * (no 10.x javadoc of this type was readable here).
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /**
     * Constants checked against https://docs.atlassian.com/ConfluenceServer/javadoc/7.10.1/com/atlassian/confluence/macro/Macro.BodyType.html
     * and in declaration order ({@code values()}, {@code ordinal()}) against the decompiled Confluence 8.7.2 interface
     * (public source excerpts): {@code PLAIN_TEXT, RICH_TEXT, NONE}.
     */
    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    /**
     * Constants checked against https://docs.atlassian.com/ConfluenceServer/javadoc/7.10.1/com/atlassian/confluence/macro/Macro.OutputType.html
     * and in declaration order against the decompiled Confluence 8.7.2 interface: {@code INLINE, BLOCK}.
     */
    enum OutputType {
        INLINE,
        BLOCK
    }
}
