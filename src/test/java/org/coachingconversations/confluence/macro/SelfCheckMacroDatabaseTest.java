package org.coachingconversations.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.ApplicationProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.quality.ShowSelfCheck;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.persistence.quality.AoSelfCheckStore;
import org.coachingconversations.testing.access.GrantedPagePermissions;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.host.RenderedOn;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.coachingconversations.testing.sal.TestUsers;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The self-check macro over the real stores on a real database, rendered by Velocity 1.7 with the plugin's bundle
 * and allowlist, for each kind of viewer. Only the host's permission check and its users are stand-ins.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class SelfCheckMacroDatabaseTest {

    private static final long CONVERSATION = 100;
    private static final long SPS_REFLECTION = 150;
    private static final String ANA = "ff8080819a0000000000000000000001";
    private static final String MARIA = "ff8080819a0000000000000000000002";
    private static final String DAVID = "ff8080819a0000000000000000000004";
    private static final String HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;";

    private EntityManager entityManager;
    private final TestUsers users = new TestUsers();
    private final GrantedPagePermissions permissions = new GrantedPagePermissions();
    private AoSelfCheckStore selfChecks;
    private final ReaderLanguages languages = ReaderLanguages.reading(Locale.ENGLISH);
    private SelfCheckMacro target;

    @Before
    public void setUp() {
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        AoConversationRepository conversations = new AoConversationRepository(activeObjects);
        selfChecks = new AoSelfCheckStore(activeObjects);
        ApplicationProperties application = mode -> "/confluence";
        target = new SelfCheckMacro(VelocityTemplateRenderer.forPlugin(), languages.i18n(), users,
                application, new ShowSelfCheck(conversations, selfChecks, permissions), new ReaderDates(languages));
        users.add(ANA, "ana.ruiz", "Ana Ruiz").add(MARIA, "maria\"><b>", HOSTILE).add(DAVID, "david.kim", "David Kim");
        conversations.register(conversation(CONVERSATION, ConversationType.COACHING_CONVERSATION));
        conversations.register(conversation(SPS_REFLECTION, ConversationType.SPS_REFLECTION));
        permissions.allowView(CONVERSATION, ANA, MARIA, DAVID).allowView(SPS_REFLECTION, ANA, MARIA);
    }

    private static StoredConversation conversation(long pageId, ConversationType type) {
        return new StoredConversation(pageId, "LINCOLN", type, ANA, Optional.of(MARIA), LocalDate.of(2026, 12, 1),
                Optional.empty(), Optional.empty());
    }

    private Document render(long pageId, String viewer) throws Exception {
        users.actAs(viewer);
        return Jsoup.parse(target.execute(Map.of(), null, RenderedOn.page(pageId)));
    }

    @Test
    public void execute_shouldShowWhenItWasSaved_inTheReadersLanguage() throws Exception {
        // Given
        selfChecks.saveFirst(new SavedSelfCheck("LINCOLN", QualitySelfCheck.forConversation(CONVERSATION).build(),
                DAVID, Instant.parse("2026-12-03T15:12:00Z")));

        // When an English and a Spanish reader view it
        Document english = render(CONVERSATION, ANA);
        languages.reader(ReaderLanguages.SPANISH);
        Document spanish = render(CONVERSATION, ANA);

        // Then
        assertEquals("Dec 3, 2026, 3:12 PM UTC", english.selectFirst(".coaching-self-check-saved time").text());
        assertEquals("2026-12-03T15:12:00Z", english.selectFirst(".coaching-self-check-saved time").attr("datetime"));
        assertEquals("3 dic 2026 15:12 UTC", spanish.selectFirst(".coaching-self-check-saved time").text());
        assertEquals("2026-12-03T15:12:00Z", spanish.selectFirst(".coaching-self-check-saved time").attr("datetime"));
    }

    @Test
    public void execute_shouldGiveTheTeacherTheFormWithWhatIsSaved_andTheRestAddress() throws Exception {
        // Given
        selfChecks.saveFirst(new SavedSelfCheck("LINCOLN", QualitySelfCheck.forConversation(CONVERSATION)
                .present(ConversationQuality.SUBSTANTIVE).note(ConversationQuality.SUBSTANTIVE, HOSTILE).build(),
                MARIA, Instant.parse("2026-12-03T10:12:00Z")));

        // When
        Document shown = render(CONVERSATION, ANA);

        // Then
        assertEquals("Conversation-quality self-check", shown.selectFirst("h3").text());
        assertEquals("/confluence", shown.selectFirst(".coaching-self-check").attr("data-base-url"));
        assertEquals("100", shown.selectFirst(".coaching-self-check").attr("data-page-id"));
        assertEquals("0", shown.selectFirst(".coaching-self-check").attr("data-version"));
        assertEquals(List.of("substantive"), shown.select("input[checked]").eachAttr("value"));
        assertEquals(7, shown.select("input.coaching-self-check-present").size());
        assertEquals(List.of("Substantive", "Based on recent information", "Spring from questions", "Non-defensive",
                "Each other as people", "Reaching out to Professional Knowledge", "Lead to action"),
                shown.select("label.coaching-self-check-term").eachText());
        assertEquals(HOSTILE, shown.selectFirst("textarea").val());
        assertEquals("Last saved by " + HOSTILE + " at Dec 3, 2026, 10:12 AM UTC",
                shown.selectFirst(".coaching-self-check-saved").text());
        assertEquals("/confluence/display/~maria%22%3E%3Cb%3E",
                shown.selectFirst("a.coaching-self-check-saved-by").attr("href"));
        assertTrue(shown.select("script, img, b").isEmpty());
    }

    @Test
    public void execute_shouldShowAColleagueWhoMayNotSaveTheReadOnlyList() throws Exception {
        // When
        Document shown = render(CONVERSATION, DAVID);

        // Then
        assertTrue(shown.select("form, input, textarea, button").isEmpty());
        assertEquals(7, shown.select(".coaching-self-check-quality[data-present=false]").size());
        assertEquals("Not saved yet.", shown.selectFirst(".coaching-self-check-not-saved").text());
    }

    @Test
    public void execute_shouldShowTheSameMessage_onAPageWithoutSelfCheck_andToAViewerWhoMayNotViewThePage()
            throws Exception {
        // When
        List<String> shown = List.of(render(SPS_REFLECTION, ANA).text(), render(SPS_REFLECTION, DAVID).text(),
                render(999, ANA).text(), render(CONVERSATION, null).text());

        // Then
        String message = "A conversation-quality self-check belongs to a coaching conversation or a video coaching "
                + "cycle created from this app; there is none here.";
        assertEquals(List.of(message, message, message, message), shown);
        assertFalse(render(SPS_REFLECTION, ANA).html().contains("data-version=\"0\""));
    }
}
