package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

import java.util.Date;

/**
 * Compile-only stand-in with the members the plugin calls: a file attached to a page, as the host's
 * {@link AttachmentManager} lists it. In the host: {@code public class Attachment extends SpaceContentEntityObject}
 * (plus interfaces the plugin does not use), with the constructor {@code Attachment(String fileName, String mediaType,
 * long fileSize, String versionComment)} and the getters {@code String getFileName()}, {@code String getMediaType()},
 * {@code long getFileSize()}; checked against
 * https://docs.atlassian.com/ConfluenceServer/javadoc/10.0.3/com/atlassian/confluence/pages/Attachment.html (class and
 * kind) and https://docs.atlassian.com/ConfluenceServer/javadoc/7.4.0/com/atlassian/confluence/pages/Attachment.html
 * (constructor). {@code Date getLastModificationDate()} is declared in the host by {@code ConfluenceEntityObject},
 * a superclass this stand-in tree leaves out; it is declared here with the same signature, so a call compiled
 * against it resolves to the inherited method in the host.
 */
public class Attachment extends SpaceContentEntityObject {

    private String fileName;
    private String mediaType;
    private long fileSize;
    private Date lastModificationDate;

    public Attachment() {
    }

    public Attachment(String fileName, String mediaType, long fileSize, String versionComment) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.fileSize = fileSize;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getFileSize() {
        return fileSize;
    }

    public Date getLastModificationDate() {
        return lastModificationDate;
    }

    public void setLastModificationDate(Date lastModificationDate) {
        this.lastModificationDate = lastModificationDate;
    }
}
