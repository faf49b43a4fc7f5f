package org.coachingconversations.benchmark;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.coachingconversations.confluence.macro.SpsResultsMacro;
import org.coachingconversations.domain.settings.InMemorySpaceSettingsStore;
import org.coachingconversations.testing.access.GrantedPagePermissions;
import org.coachingconversations.testing.attachment.InMemoryPageAttachments;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.sal.TestUsers;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;

/**
 * The SPS results macro as a page view runs it: the export attached to the page (in memory, so no storage is
 * measured), read and analysed with the space's settings, and rendered with real Velocity 1.7 and the plugin's
 * template, allowlist and messages.
 */
final class SpsMacroRender {

    private static final long PAGE = 1L;
    private static final String VIEWER = "viewer";

    /** What one render produced: the HTML's length and the bars of its charts. */
    record Rendered(int htmlChars, int bars) {
        @Override
        public String toString() {
            return "html-chars:" + htmlChars + ",bars:" + bars;
        }
    }

    private final SpsResultsMacro macro;
    private final ConversionContext context;

    SpsMacroRender(Reader export) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = export.read(buffer)) > 0) {
            text.append(buffer, 0, read);
        }
        InMemoryPageAttachments attachments = new InMemoryPageAttachments()
                .attach(PAGE, "sps-export.csv", text.toString(), Instant.EPOCH);
        macro = new SpsResultsMacro(VelocityTemplateRenderer.forPlugin(), BundleI18nResolver.fromDescriptor(),
                new TestUsers().add(VIEWER, "viewer", "Viewer").actAs(VIEWER), attachments,
                new InMemorySpaceSettingsStore(ZoneOffset.UTC), new GrantedPagePermissions().allowView(PAGE, VIEWER));
        context = () -> {
            Page page = new Page();
            page.setId(PAGE);
            page.setSpace(new Space("BENCH"));
            return page;
        };
    }

    Rendered render() throws MacroExecutionException {
        String html = macro.execute(Map.of(), null, context);
        int bars = 0;
        for (int at = html.indexOf("<rect "); at >= 0; at = html.indexOf("<rect ", at + 1)) {
            bars++;
        }
        return new Rendered(html.length(), bars);
    }

    static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
