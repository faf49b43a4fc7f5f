package org.coachingconversations.application.sps;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.attachment.PageAttachment;
import org.coachingconversations.domain.attachment.PageAttachments;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.sps.SpsResultsAnalyzer;
import org.coachingconversations.domain.sps.SpsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The use case "see the SPS results attached to this page": for one viewer of one page, the survey export attached to
 * that page (the one named, or the newest {@code .csv}), analysed with the space's minimum number of responses. The
 * viewer's permission to view the page is checked before anything of it is read; only that page's attachments are
 * ever read.
 */
public final class ShowSpsResults {

    /**
     * The largest export read. One teacher's export is a few kilobytes; a whole school's with many subgroups a few
     * megabytes, which the analysis reads in well under a second (docs/benchmark.md).
     */
    public static final long MAX_EXPORT_BYTES = 8L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ShowSpsResults.class);

    private final PageAttachments attachments;
    private final SpaceSettingsStore settings;
    private final PagePermissions permissions;

    public ShowSpsResults(PageAttachments attachments, SpaceSettingsStore settings, PagePermissions permissions) {
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
    }

    /**
     * @param pageId    the page being rendered
     * @param spaceKey  its space, whose minimum number of responses applies
     * @param viewerKey the viewer's user key; empty for an anonymous visitor, who sees nothing
     * @param fileName  the attachment to read; empty for the newest {@code .csv} attachment
     */
    public SpsResults forViewer(long pageId, String spaceKey, Optional<String> viewerKey, Optional<String> fileName) {
        if (pageId <= 0 || spaceKey == null || !mayView(viewerKey, pageId)) {
            return new SpsResults.NotAvailable();
        }
        List<PageAttachment> attached = attachments.of(pageId);
        Optional<PageAttachment> chosen = fileName.isPresent() ? PageAttachment.named(attached, fileName.get())
                : PageAttachment.newestCsv(attached);
        if (chosen.isEmpty()) {
            return fileName.<SpsResults>map(SpsResults.Missing::new).orElseGet(SpsResults.NoExport::new);
        }
        PageAttachment export = chosen.get();
        if (export.bytes() > MAX_EXPORT_BYTES) {
            return new SpsResults.TooLarge(export.fileName(), export.bytes(), MAX_EXPORT_BYTES);
        }
        SpsSettings spsSettings = settings.get(spaceKey).spsSettings().withMaxBytes(MAX_EXPORT_BYTES);
        try (InputStream content = attachments.open(pageId, export.fileName())) {
            return new SpsResults.Read(export.fileName(), new SpsResultsAnalyzer(spsSettings).analyse(content));
        } catch (FileNotFoundException gone) {
            return new SpsResults.Missing(export.fileName());
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Could not read the attachment {} of page {}", export.fileName(), pageId, failure);
            return new SpsResults.Unreadable(export.fileName());
        }
    }

    private boolean mayView(Optional<String> viewerKey, long pageId) {
        try {
            return viewerKey.isPresent() && permissions.canView(viewerKey, pageId);
        } catch (RuntimeException failure) {
            LOG.warn("Could not check whether a user may view page {}; treating it as no", pageId, failure);
            return false;
        }
    }
}
