package org.coachingconversations.platform;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.PageManager;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coachingconversations.domain.attachment.PageAttachment;
import org.coachingconversations.domain.attachment.PageAttachments;
import org.springframework.stereotype.Component;

/**
 * A page's attachments from Confluence's {@link AttachmentManager}: the latest version of each current attachment
 * ({@code getLatestVersionsOfAttachments}) and its content ({@code getAttachmentData}), for the page found by id with
 * {@link PageManager#getAbstractPage(long)}.
 */
@Component
public class ConfluencePageAttachments implements PageAttachments {

    private final AttachmentManager attachmentManager;
    private final PageManager pageManager;

    public ConfluencePageAttachments(AttachmentManager attachmentManager, PageManager pageManager) {
        this.attachmentManager = attachmentManager;
        this.pageManager = pageManager;
    }

    @Override
    public List<PageAttachment> of(long pageId) {
        return latest(pageId).stream()
                .filter(attachment -> attachment.getFileName() != null)
                .map(ConfluencePageAttachments::toDomain)
                .toList();
    }

    @Override
    public InputStream open(long pageId, String fileName) throws IOException {
        Optional<Attachment> attachment = latest(pageId).stream()
                .filter(candidate -> fileName.equals(candidate.getFileName())).findFirst();
        if (attachment.isEmpty()) {
            throw new FileNotFoundException("Page " + pageId + " has no attachment " + fileName);
        }
        InputStream content = attachmentManager.getAttachmentData(attachment.get());
        if (content == null) {
            throw new IOException("Confluence gave no content for the attachment " + fileName + " of page " + pageId);
        }
        return content;
    }

    private List<Attachment> latest(long pageId) {
        AbstractPage page = pageId <= 0 ? null : pageManager.getAbstractPage(pageId);
        if (page == null) {
            return List.of();
        }
        List<Attachment> attachments = attachmentManager.getLatestVersionsOfAttachments(page);
        return attachments == null ? List.of() : attachments;
    }

    private static PageAttachment toDomain(Attachment attachment) {
        Instant modified = attachment.getLastModificationDate() == null ? Instant.EPOCH
                : attachment.getLastModificationDate().toInstant();
        return new PageAttachment(attachment.getFileName(), attachment.getFileSize(), modified);
    }
}
