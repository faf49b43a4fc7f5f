package org.coachingconversations.confluence.macro;

import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

public class ConversationQualitiesMacroTest {

    private ConversationQualitiesMacro target;

    @Before
    public void setUp() {
        target = new ConversationQualitiesMacro(VelocityTemplateRenderer.forPlugin(), BundleI18nResolver.fromDescriptor());
    }

    @Test
    public void execute_shouldListTheSevenQualitiesInSeedOrder_whenNoQualityIsChosen() throws Exception {
        // When
        Document page = Jsoup.parse(target.execute(Map.of(), null, null));

        // Then
        List<String> statements = page.select(".coaching-quality-statement").eachText();
        assertEquals(List.of(
                "are substantive",
                "use recent information about student performance",
                "spring from questions that assume responsibility and capacity to improve student learning",
                "are non-defensive",
                "enable people to know things about each other as people",
                "reach out to Professional Knowledge",
                "lead to action"), statements);
        assertEquals("Conversations in Schools that Improve Student Achievement",
                page.select(".coaching-qualities-title").text());
    }

    @Test
    public void execute_shouldPairEachQualityWithTheSeedExplanation() throws Exception {
        // When
        Document page = Jsoup.parse(target.execute(Map.of(), null, null));

        // Then
        Element nonDefensive = page.selectFirst("[data-quality=non-defensive]");
        assertEquals("\u201cNon-defensive\u201d means that when students don't learn, teachers face the evidence squarely and"
                        + " accept responsibility for their part. They don't get hung-up in guilt or blame of themselves or"
                        + " of the students. Thus they are always working on how to adjust their actions to improve student"
                        + " results.",
                nonDefensive.selectFirst(".coaching-quality-explanation").text());
        Element recent = page.selectFirst("[data-quality=recent-information]");
        assertThat(recent.text(), containsString("It could be from yesterday's work as well as quarterly assessments"));
    }

    @Test
    public void execute_shouldShowPurposeIntroductionAndListenIn_byDefault() throws Exception {
        // When
        Document page = Jsoup.parse(target.execute(Map.of(), null, null));

        // Then
        assertEquals("A quick guide that provides criteria and specific language for collegial conversations focused"
                + " on student outcomes.", page.select(".coaching-qualities-purpose").text());
        assertThat(page.select(".coaching-qualities-introduction").text(),
                containsString("Conversations among adults about teaching and learning permeate the building."));
        assertThat(page.select(".coaching-qualities-listen-in").text(), containsString("teachers' lounge, hallways."));
    }

    @Test
    public void execute_shouldShowOnlyTheChosenQualityWithoutIntroduction_whenAskedTo() throws Exception {
        // Given
        Map<String, String> parameters = Map.of("quality", "Lead-To-Action", "showIntroduction", "false");

        // When
        Document page = Jsoup.parse(target.execute(parameters, null, null));

        // Then
        assertEquals(List.of("lead-to-action"),
                page.select(".coaching-quality").stream().map(e -> e.attr("data-quality")).collect(Collectors.toList()));
        assertTrue(page.select(".coaching-qualities-introduction").isEmpty());
        assertTrue(page.select(".coaching-qualities-listen-in").isEmpty());
    }

    @Test
    public void execute_shouldExplainTheChoicesInPage_whenTheQualityIsUnknown() throws Exception {
        // When
        Document page = Jsoup.parse(target.execute(Map.of("quality", "kindness"), null, null));

        // Then
        Element error = page.selectFirst(".aui-message-error");
        assertEquals("The conversation qualities cannot be shown", error.selectFirst(".title").text());
        assertThat(error.text(), containsString("There is no conversation quality called \u201ckindness\u201d."));
        assertThat(error.text(), containsString("substantive, recent-information, spring-from-questions"));
        assertTrue(page.select(".coaching-quality").isEmpty());
    }

    @Test
    public void execute_shouldEscapeTheRequestedValue_whenItCarriesMarkup() throws Exception {
        // Given
        Map<String, String> parameters = new HashMap<>();
        parameters.put("quality", "<script>alert('x')</script><ac:structured-macro ac:name=\"html\"/>");

        // When
        String html = target.execute(parameters, null, null);

        // Then
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script").isEmpty());
        assertThat(html, not(containsString("<ac:structured-macro")));
        assertThat(html, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertThat(page.selectFirst(".aui-message-error").text(), containsString("<script>alert('x')</script>"));
    }

    @Test
    public void execute_shouldExplainInPage_whenShowIntroductionIsNotABoolean() throws Exception {
        // When
        Document page = Jsoup.parse(target.execute(Map.of("showIntroduction", "sometimes"), null, null));

        // Then
        assertThat(page.selectFirst(".aui-message-error").text(),
                containsString("\u201csometimes\u201d is not a valid value for Show introduction."));
    }

    @Test
    public void execute_shouldRenderAllQualities_whenTheHostPassesNoParameters() throws Exception {
        // When
        Document page = Jsoup.parse(target.execute(null, null, null));

        // Then
        assertEquals(7, page.select(".coaching-quality").size());
    }

    @Test
    public void macro_shouldBeABlockMacroWithoutBody() {
        assertEquals(ConversationQualitiesMacro.BodyType.NONE, target.getBodyType());
        assertEquals(ConversationQualitiesMacro.OutputType.BLOCK, target.getOutputType());
    }
}
