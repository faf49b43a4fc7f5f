package org.coachingconversations.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coachingconversations.browser.pages.FollowUpJobPage;
import org.coachingconversations.browser.pages.SandboxScreen;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.OutboxMessage;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

/**
 * The daily follow-up job in the sandbox: a Confluence administrator's "Run now" flags the overdue steps and puts
 * one digest per owner in the Outbox; a second "Run now" sends none. Someone else cannot open the page.
 */
public class FollowUpJobBrowserTest {

    private static final String ANA = "ana.ruiz";
    private static final String DAVID = "david.kim";

    @ClassRule
    public static final SandboxBrowser BROWSER = new SandboxBrowser();

    @Rule
    public final TestRule eachTest = BROWSER.eachTest();

    @Test
    public void runNow_shouldQueueOneDigestPerOwner_andNoneTheSecondTime() {
        // Given three overdue steps of two teachers on the staff meeting page
        SandboxPlugin plugin = BROWSER.sandbox().plugin();
        long page = BROWSER.pageId(DemoSchool.STAFF_MEETING_TITLE);
        plugin.component(ActionStepStore.class).addToPage(page, List.of(
                ActionStep.open(page, DemoSchool.SPACE_KEY, plugin.userKey(ANA), ParticipantRole.TEACHER,
                        "Try think-pair-share <b>twice</b>", LocalDate.of(2025, 9, 10)),
                ActionStep.open(page, DemoSchool.SPACE_KEY, plugin.userKey(ANA), ParticipantRole.TEACHER,
                        "Bring student work to the next meeting", LocalDate.of(2025, 9, 12)),
                ActionStep.open(page, DemoSchool.SPACE_KEY, plugin.userKey(DAVID), ParticipantRole.TEACHER,
                        "Share the exit tickets", LocalDate.of(2025, 9, 11))));
        int outboxBefore = BROWSER.sandbox().store().outbox().size();

        // When the site administrator runs the job now
        SandboxScreen.open(BROWSER, "/sandbox/outbox").userSwitcher().switchTo("Alex Admin");
        FollowUpJobPage afterFirst = FollowUpJobPage.open(BROWSER).runNow();

        // Then each owner has one digest listing their steps
        assertThat(afterFirst.message(), containsString("3 steps flagged, 2 e-mails queued"));
        List<OutboxMessage> sent = BROWSER.sandbox().store().outbox().subList(outboxBefore,
                BROWSER.sandbox().store().outbox().size());
        Map<String, Long> perRecipient = sent.stream().collect(Collectors.groupingBy(OutboxMessage::recipient,
                TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("ana.ruiz@lincoln.example", 1L, "david.kim@lincoln.example", 1L), perRecipient);
        Map<String, OutboxMessage> byRecipient = sent.stream().collect(Collectors.toMap(OutboxMessage::recipient,
                Function.identity()));
        String anasDigest = byRecipient.get("ana.ruiz@lincoln.example").body();
        assertThat(anasDigest, containsString("Try think-pair-share &lt;b&gt;twice&lt;/b&gt;"));
        assertThat(anasDigest, containsString("Bring student work to the next meeting"));
        assertThat(anasDigest, containsString(DemoSchool.STAFF_MEETING_TITLE.replace("\u2014", "\u2014")));
        BROWSER.screenshot("admin-follow-up-job");
        SandboxScreen outbox = SandboxScreen.open(BROWSER, "/sandbox/outbox");
        assertThat(outbox.heading(), containsString("Outbox"));

        // When the job runs again
        FollowUpJobPage afterSecond = FollowUpJobPage.open(BROWSER).runNow();

        // Then it flags nothing new and sends no digest
        assertThat(afterSecond.message(), containsString("0 steps flagged, 0 e-mails queued"));
        assertEquals(outboxBefore + 2, BROWSER.sandbox().store().outbox().size());
        assertEquals(List.of(List.of(0, 0), List.of(3, 2)), afterSecond.runs().subList(0, 2));
        // (each run's start as an English reader writes a moment, with the site's zone)
        String startedAt = "[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}\\s[AP]M \\S+";
        org.junit.Assert.assertTrue(afterSecond.pageText(),
                java.util.regex.Pattern.compile(startedAt).matcher(afterSecond.pageText()).find());
    }

    @Test
    public void statusPage_shouldBeRefused_toSomeoneWhoIsNotAnAdministrator() {
        // Given a teacher
        SandboxScreen.open(BROWSER, "/sandbox/outbox").userSwitcher().switchTo("Ana Ruiz");

        // When
        FollowUpJobPage page = FollowUpJobPage.open(BROWSER);

        // Then
        assertThat(page.pageText(), containsString("Only Confluence administrators can see this page."));
    }
}
