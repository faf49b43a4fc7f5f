package org.coachingconversations.domain.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The files attached to one page, read from the host. Callers pass only the page being rendered, after checking
 * that the viewer may view it: the port itself checks no permission.
 */
public interface PageAttachments {

    /** The latest version of every current attachment of the page; empty when it has none or is not a page. */
    List<PageAttachment> of(long pageId);

    /**
     * The content of the latest version of the page's attachment with this name. The caller closes the stream.
     *
     * @throws java.io.FileNotFoundException when the page has no such attachment (any more)
     * @throws IOException                   when the host cannot read it
     */
    InputStream open(long pageId, String fileName) throws IOException;
}
