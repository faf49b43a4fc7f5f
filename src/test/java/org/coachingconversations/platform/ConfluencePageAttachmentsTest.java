package org.coachingconversations.platform;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.DeleteContext;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coachingconversations.domain.attachment.PageAttachment;
import org.junit.Test;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** The port over a host that keeps attachments in maps: what our adapter makes of what the host answers. */
public class ConfluencePageAttachmentsTest {

    private static final long PAGE = 77L;
    private final Map<Long, List<Attachment>> attached = new HashMap<>();
    private final Map<Long, byte[]> contents = new HashMap<>();
    private final ConfluencePageAttachments target = new ConfluencePageAttachments(new AttachmentManager() {
        @Override
        public List<Attachment> getLatestVersionsOfAttachments(ContentEntityObject content) {
            return attached.getOrDefault(content.getId(), List.of());
        }

        @Override
        public InputStream getAttachmentData(Attachment attachment) {
            byte[] content = contents.get(attachment.getId());
            return content == null ? null : new ByteArrayInputStream(content);
        }
    }, new PageManager() {
        @Override
        public Page getPage(String spaceKey, String pageTitle) {
            return null;
        }

        @Override
        public AbstractPage getAbstractPage(long id) {
            if (id != PAGE) {
                return null;
            }
            Page page = new Page();
            page.setId(id);
            return page;
        }

        @Override
        public void trashPage(AbstractPage page, DeleteContext deleteContext) {
        }

        @Override
        public void saveContentEntity(ContentEntityObject object, SaveContext saveContext) {
        }
    });

    private void attach(long id, String name, String content, Date modified) {
        Attachment attachment = new Attachment(name, "text/csv", content.length(), "");
        attachment.setId(id);
        attachment.setLastModificationDate(modified);
        attached.computeIfAbsent(PAGE, page -> new ArrayList<>()).add(attachment);
        contents.put(id, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void of_shouldListNameSizeAndDate_ofEachLatestVersion() {
        // Given
        attach(1, "fall.csv", "abc", Date.from(Instant.parse("2026-12-01T09:00:00Z")));
        attach(2, "undated.csv", "x", null);

        // When / Then
        assertEquals(List.of(new PageAttachment("fall.csv", 3, Instant.parse("2026-12-01T09:00:00Z")),
                new PageAttachment("undated.csv", 1, Instant.EPOCH)), target.of(PAGE));
    }

    @Test
    public void of_shouldBeEmpty_forAPageTheHostDoesNotKnow() {
        assertEquals(List.of(), target.of(404L));
        assertEquals(List.of(), target.of(0L));
    }

    @Test
    public void open_shouldHandOverTheContentOfTheNamedAttachment() throws IOException {
        // Given
        attach(1, "fall.csv", "abc", new Date());
        attach(2, "spring.csv", "def", new Date());

        // When
        try (InputStream content = target.open(PAGE, "spring.csv")) {
            // Then
            assertArrayEquals("def".getBytes(StandardCharsets.UTF_8), content.readAllBytes());
        }
    }

    @Test
    public void open_shouldSaySo_whenTheFileIsNotAttached_orTheHostGivesNoContent() {
        // Given
        attach(1, "fall.csv", "abc", new Date());
        contents.remove(1L);

        // When / Then
        assertThrows(FileNotFoundException.class, () -> target.open(PAGE, "other.csv"));
        IOException noContent = assertThrows(IOException.class, () -> target.open(PAGE, "fall.csv"));
        assertEquals("Confluence gave no content for the attachment fall.csv of page 77", noContent.getMessage());
    }
}
