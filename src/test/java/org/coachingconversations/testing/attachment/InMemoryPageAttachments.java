package org.coachingconversations.testing.attachment;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coachingconversations.domain.attachment.PageAttachment;
import org.coachingconversations.domain.attachment.PageAttachments;

/**
 * Attachments of pages kept in memory for tests, with the pages whose attachments were asked for, so that a test can
 * tell that a page was never read. {@link #unreadable} makes opening one file fail as a host in trouble does.
 */
public final class InMemoryPageAttachments implements PageAttachments {

    private final Map<Long, Map<String, Stored>> pages = new LinkedHashMap<>();
    private final List<Long> pagesRead = new ArrayList<>();

    private record Stored(PageAttachment attachment, byte[] content, boolean unreadable) {
    }

    public InMemoryPageAttachments attach(long pageId, String fileName, String content, Instant modified) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return attach(pageId, new PageAttachment(fileName, bytes.length, modified), bytes, false);
    }

    /** An attachment whose recorded size is {@code bytes}, without content to go with it. */
    public InMemoryPageAttachments attachOfSize(long pageId, String fileName, long bytes, Instant modified) {
        return attach(pageId, new PageAttachment(fileName, bytes, modified), new byte[0], false);
    }

    public InMemoryPageAttachments unreadable(long pageId, String fileName, Instant modified) {
        return attach(pageId, new PageAttachment(fileName, 10, modified), new byte[0], true);
    }

    private InMemoryPageAttachments attach(long pageId, PageAttachment attachment, byte[] content, boolean unreadable) {
        pages.computeIfAbsent(pageId, id -> new LinkedHashMap<>())
                .put(attachment.fileName(), new Stored(attachment, content, unreadable));
        return this;
    }

    /** Every page whose attachments were listed or opened, in order. */
    public List<Long> pagesRead() {
        return List.copyOf(pagesRead);
    }

    @Override
    public List<PageAttachment> of(long pageId) {
        pagesRead.add(pageId);
        return pages.getOrDefault(pageId, Map.of()).values().stream().map(Stored::attachment).toList();
    }

    @Override
    public InputStream open(long pageId, String fileName) throws IOException {
        pagesRead.add(pageId);
        Stored stored = pages.getOrDefault(pageId, Map.of()).get(fileName);
        if (stored == null) {
            throw new FileNotFoundException(fileName);
        }
        if (stored.unreadable()) {
            throw new IOException("The attachment store is not available");
        }
        return new ByteArrayInputStream(stored.content());
    }
}
