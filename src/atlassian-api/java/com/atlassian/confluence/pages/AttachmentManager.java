package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

import java.io.InputStream;
import java.util.List;

/**
 * Compile-only stand-in with the members the plugin calls: the attachments of a page and their content.
 * {@code public interface AttachmentManager} ({@code @Transactional} in the host) with
 * {@code List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content)} ("a list of only latest
 * versions of attachments"; trashed attachments are counted only by the {@code ...WithAnyStatus} methods) and
 * {@code InputStream getAttachmentData(Attachment attachment)} ("retrieve the data for attachment"; the caller closes
 * the stream), as on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/confluence/pages/AttachmentManager.html and
 * unchanged since 3.x (https://docs.atlassian.com/atlassian-confluence/3.5.6/com/atlassian/confluence/pages/AttachmentManager.html);
 * no 10.x page of this interface was readable here, the 10.x page is expected at
 * https://docs.atlassian.com/ConfluenceServer/javadoc/10.0.3/com/atlassian/confluence/pages/AttachmentManager.html
 * ({@code Attachment} of 10.0.3 is there).
 */
public interface AttachmentManager {

    List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content);

    InputStream getAttachmentData(Attachment attachment);
}
