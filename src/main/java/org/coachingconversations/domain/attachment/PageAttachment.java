package org.coachingconversations.domain.attachment;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest version of one file attached to a page.
 *
 * @param fileName as the host names it (unique on its page)
 * @param bytes    its size as the host records it
 * @param modified when this version was attached
 */
public record PageAttachment(String fileName, long bytes, Instant modified) {

    public PageAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(modified, "modified");
    }

    /** A comma-separated export, by its name: {@code .csv} in any case. */
    public boolean isCsv() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * The CSV file attached last; of two attached at the same moment, the one whose name sorts last, so that the
     * choice never depends on the order the host lists them in.
     */
    public static Optional<PageAttachment> newestCsv(Collection<PageAttachment> attachments) {
        return attachments.stream().filter(PageAttachment::isCsv)
                .max(Comparator.comparing(PageAttachment::modified).thenComparing(PageAttachment::fileName));
    }

    /** The attachment of exactly this name. */
    public static Optional<PageAttachment> named(Collection<PageAttachment> attachments, String fileName) {
        return attachments.stream().filter(attachment -> attachment.fileName().equals(fileName)).findFirst();
    }
}
