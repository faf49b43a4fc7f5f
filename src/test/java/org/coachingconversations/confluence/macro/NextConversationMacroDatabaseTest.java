package org.coachingconversations.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.ApplicationProperties;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import org.coachingconversations.application.calendar.ShowNextConversation;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.persistence.conversation.AoConversationRepository;
import org.coachingconversations.platform.SiteLinks;
import org.coachingconversations.testing.access.PagePermissionGrants;
import org.coachingconversations.testing.ao.ActiveObjectsTestRunner;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTables;
import org.coachingconversations.testing.host.RenderedOn;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.coachingconversations.testing.sal.TestUsers;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The next-conversation macro over the real conversation store, rendered by Velocity 1.7: the date comes from what
 * the app stored for the page being rendered, with the same "Add to calendar" link markup as the other macros; a
 * viewer who may not view the page, or whose permission check fails, gets nothing at all.
 */
@RunWith(ActiveObjectsTestRunner.class)
@Data(PluginTables.class)
public class NextConversationMacroDatabaseTest {

    private static final String SPACE = "LINCOLN";
    private static final String ANA = "key-ana";
    private static final String JAMES = "key-james";
    private static final String DAVID = "key-david";
    private static final long DATED = 801;
    private static final long UNDATED = 802;
    private static final long PLAIN_PAGE = 803;
    private static final long SPS_REFLECTION = 804;

    private EntityManager entityManager;
    private final TestUsers users = new TestUsers();
    private final PagePermissionGrants permissions = new PagePermissionGrants();
    private AoConversationRepository conversations;
    private NextConversationMacro target;

    @Before
    public void setUp() {
        conversations = new AoConversationRepository(new EntityManagerActiveObjects(entityManager));
        conversations.register(conversation(DATED, Optional.of(LocalDate.of(2026, 3, 30))));
        conversations.register(conversation(UNDATED, Optional.empty()));
        conversations.register(new StoredConversation(SPS_REFLECTION, SPACE, ConversationType.SPS_REFLECTION, ANA,
                Optional.empty(), LocalDate.of(2026, 3, 16), Optional.empty(), Optional.empty()));
        users.add(ANA, "ana.ruiz", "Ana Ruiz").add(JAMES, "james.carter", "James Carter")
                .add(DAVID, "david.kim", "David Kim");
        permissions.view(DATED, ANA, JAMES).view(UNDATED, ANA).view(PLAIN_PAGE, ANA).view(SPS_REFLECTION, ANA);
        target = macro(Locale.ENGLISH);
    }

    @Test
    public void execute_shouldShowTheStoredDate_withTheCalendarLinkOfTheOtherMacros() throws Exception {
        // When
        Document page = render(DATED, JAMES);

        // Then
        Element date = page.selectFirst(".coaching-next-conversation .coaching-next-conversation-date");
        assertEquals("Next coaching conversation: Mar 30, 2026", date.text());
        assertEquals("2026-03-30", date.selectFirst("time").attr("datetime"));
        Element link = page.selectFirst(".coaching-next-conversation ul.coaching-calendar-links li "
                + "a.coaching-add-to-calendar");
        assertEquals("/confluence/rest/coaching/1.0/calendar/pages/801/next-conversation.ics", link.attr("href"));
        assertEquals("Add to calendar", link.text());
        assertTrue(link.hasAttr("download"));
    }

    @Test
    public void execute_shouldFollowTheStoredDate_whenItChanges() throws Exception {
        // Given
        conversations.update(new StoredConversation(DATED, SPACE, ConversationType.COACHING_CONVERSATION, ANA,
                Optional.of(JAMES), LocalDate.of(2026, 3, 16), Optional.of(LocalDate.of(2026, 4, 6)),
                Optional.empty()), 0);

        // When
        Document page = render(DATED, ANA);

        // Then
        assertEquals("2026-04-06", page.selectFirst("time").attr("datetime"));
    }

    @Test
    public void execute_shouldSaySo_whenNoDateWasSet_orThePageIsNotAConversationThatPlansTheNextOne()
            throws Exception {
        // When
        Document undated = render(UNDATED, ANA);
        Document plain = render(PLAIN_PAGE, ANA);
        Document reflection = render(SPS_REFLECTION, ANA);

        // Then
        assertEquals(plain.text(), reflection.text());
        assertEquals("No date was set for the next coaching conversation when this page was created.",
                undated.selectFirst(".coaching-next-conversation-none").text());
        assertTrue(plain.selectFirst(".coaching-next-conversation-none").text()
                .startsWith("The next conversation date is shown on pages created from"));
        assertTrue(undated.select("time, a").isEmpty());
        assertTrue(plain.select("time, a").isEmpty());
    }

    @Test
    public void execute_shouldShowNothing_toAViewerWhoMayNotViewThePage_orWhenTheCheckFails() throws Exception {
        // Given
        String forDavid = execute(DATED, DAVID);
        String forNobody = execute(DATED, null);
        permissions.failFor(DATED);

        // When
        String whenFailing = execute(DATED, ANA);

        // Then
        assertEquals("", forDavid.strip());
        assertEquals("", forNobody.strip());
        assertEquals("", whenFailing.strip());
    }

    @Test
    public void execute_shouldSpeakTheReadersLanguage() throws Exception {
        // Given
        target = macro(Locale.forLanguageTag("es"));

        // When
        Document page = render(DATED, ANA);

        // Then
        assertEquals("Pr\u00f3xima conversaci\u00f3n de coaching: 30 mar 2026",
                page.selectFirst(".coaching-next-conversation-date").text());
        assertEquals("Agregar al calendario", page.selectFirst("a.coaching-add-to-calendar").text());
    }

    @Test
    public void execute_shouldShowNothing_outsideAPage() throws Exception {
        // When
        users.actAs(ANA);
        String html = target.execute(Map.of(), null, () -> null);

        // Then
        assertEquals("", html.strip());
        assertNull(Jsoup.parse(html).selectFirst(".coaching-next-conversation"));
    }

    private NextConversationMacro macro(Locale reader) {
        ApplicationProperties site = mode -> "/confluence/";
        return new NextConversationMacro(VelocityTemplateRenderer.forPlugin(), BundleI18nResolver.fromDescriptor(reader),
                users, new SiteLinks(site), new ShowNextConversation(permissions, conversations),
                ReaderLanguages.datesFor(reader));
    }

    private static StoredConversation conversation(long pageId, Optional<LocalDate> next) {
        return new StoredConversation(pageId, SPACE, ConversationType.COACHING_CONVERSATION, ANA, Optional.of(JAMES),
                LocalDate.of(2026, 3, 16), next, Optional.empty());
    }

    private Document render(long pageId, String viewerKey) throws Exception {
        return Jsoup.parse(execute(pageId, viewerKey));
    }

    private String execute(long pageId, String viewerKey) throws Exception {
        users.actAs(viewerKey);
        return target.execute(Map.of(), null, RenderedOn.page(pageId));
    }
}
