package org.coachingconversations.confluence.macro;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import java.util.List;
import java.util.Map;
import org.coachingconversations.testing.host.RenderedOn;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Test;

/** The dashboard macro's frame, rendered by Velocity 1.7 with the allowlist and Confluence's escaping. */
public class FollowUpDashboardMacroTest {

    private static final ApplicationProperties APPLICATION = mode -> "/confluence";
    private static final String HOSTILE = "x\"><script>alert(1)</script>";

    private final FollowUpDashboardMacro target = new FollowUpDashboardMacro(VelocityTemplateRenderer.forPlugin(),
            BundleI18nResolver.fromDescriptor(), APPLICATION);

    private static ConversionContext onPageIn(String spaceKey) {
        return RenderedOn.page(7, spaceKey);
    }

    @Test
    public void execute_shouldRenderOneDashboardPerSpace_withTheRestBaseAndTheFixedFilter() throws Exception {
        // When
        Document page = Jsoup.parse(target.execute(Map.of("spaces", "LINCOLN, WASHINGTON", "horizon", "30",
                "teacher", "ana.ruiz", "sections", "overdue,due-soon"), null, onPageIn("DISTRICT")));

        // Then
        Element root = page.selectFirst(".coaching-dashboard");
        assertEquals("/confluence", root.attr("data-base-url"));
        assertEquals("ana.ruiz", root.attr("data-teacher"));
        assertEquals("30", root.attr("data-horizon"));
        assertEquals("overdue,due-soon", root.attr("data-sections"));
        assertEquals(List.of("LINCOLN", "WASHINGTON"), page.select(".coaching-dashboard-space").eachAttr(
                "data-space-key"));
        assertEquals("/confluence/rest/coaching/1.0/spaces/WASHINGTON/follow-ups/export.csv",
                page.select(".coaching-dashboard-export").get(1).attr("href"));
        assertTrue(page.select(".coaching-dashboard-filters").isEmpty());
        assertEquals("Loading\u2026", root.attr("data-label-loading"));
    }

    @Test
    public void execute_shouldUseThePagesSpace_whenNoSpaceIsNamed() throws Exception {
        // When
        Document page = Jsoup.parse(target.execute(Map.of(), null, onPageIn("LINCOLN")));

        // Then
        assertEquals(List.of("LINCOLN"), page.select(".coaching-dashboard-space").eachAttr("data-space-key"));
    }

    @Test
    public void execute_shouldKeepATypedTeacherAsText() throws Exception {
        // When
        String html = target.execute(Map.of("teacher", HOSTILE), null, onPageIn("LINCOLN"));

        // Then
        assertThat(html, not(containsString("<script>")));
        assertEquals(HOSTILE, Jsoup.parse(html).selectFirst(".coaching-dashboard").attr("data-teacher"));
    }

    @Test
    public void execute_shouldNameTheBadParameter_andRenderNoDashboard() throws Exception {
        for (Map<String, String> bad : List.of(Map.of("spaces", "LIN COLN"), Map.of("horizon", "0"),
                Map.of("horizon", "soon"), Map.of("sections", "overdue,gossip"))) {
            // When
            Document page = Jsoup.parse(target.execute(bad, null, onPageIn("LINCOLN")));

            // Then
            assertTrue(bad.toString(), page.select(".coaching-dashboard").isEmpty());
            assertThat(bad.toString(), page.text(), containsString("The follow-up dashboard macro:"));
        }
    }

    @Test
    public void execute_shouldNameABadSpaceKeyInSpanish_forASpanishReader() throws Exception {
        // Given
        FollowUpDashboardMacro spanish = new FollowUpDashboardMacro(VelocityTemplateRenderer.forPlugin(),
                BundleI18nResolver.fromDescriptor(java.util.Locale.forLanguageTag("es")), APPLICATION);

        // When
        Document page = Jsoup.parse(spanish.execute(Map.of("spaces", "LIN COLN"), null, onPageIn("LINCOLN")));

        // Then
        assertThat(page.text(), containsString("spaces: \"LIN COLN\" no es una clave de espacio."));
    }
}
