package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

/**
 * Compile-only stand-in. Checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.4.2/com/atlassian/confluence/macro/Macro.html
 * (unchanged through 9.x; the 10.2 javadoc is not published in a form the project could read).
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** https://docs.atlassian.com/ConfluenceServer/javadoc/8.4.2/com/atlassian/confluence/macro/Macro.BodyType.html */
    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    /** https://docs.atlassian.com/ConfluenceServer/javadoc/8.4.2/com/atlassian/confluence/macro/Macro.OutputType.html */
    enum OutputType {
        BLOCK,
        INLINE
    }
}
