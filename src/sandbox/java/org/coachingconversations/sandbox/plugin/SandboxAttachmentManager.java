package org.coachingconversations.sandbox.plugin;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import org.coachingconversations.sandbox.data.SandboxAttachments;

/**
 * The host's attachment manager over the sandbox's attachments: the files of a page (one version each, the only
 * one the sandbox keeps) and their content. Like Confluence's, it checks no permission: the app asks only for the
 * page it renders.
 */
final class SandboxAttachmentManager implements AttachmentManager {

    private final SandboxAttachments attachments;

    SandboxAttachmentManager(SandboxAttachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content) {
        if (content == null) {
            return List.of();
        }
        return attachments.of(content.getId()).stream().map(SandboxAttachmentManager::attachment).toList();
    }

    @Override
    public InputStream getAttachmentData(Attachment attachment) {
        return attachments.content(attachment.getId()).map(ByteArrayInputStream::new).orElse(null);
    }

    private static Attachment attachment(SandboxAttachments.Attached attached) {
        Attachment attachment = new Attachment(attached.fileName(), attached.mediaType(), attached.bytes(), "");
        attachment.setId(attached.id());
        attachment.setLastModificationDate(Date.from(attached.created()));
        return attachment;
    }
}
