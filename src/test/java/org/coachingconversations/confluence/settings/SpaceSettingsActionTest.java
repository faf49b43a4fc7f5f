package org.coachingconversations.confluence.settings;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coachingconversations.application.settings.EditSpaceSettings;
import org.coachingconversations.application.settings.SaveSpaceSettings;
import org.coachingconversations.domain.access.SpaceAdministration;
import org.coachingconversations.domain.calendar.Holiday;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.people.UserGroups;
import org.coachingconversations.domain.settings.InMemorySpaceSettingsStore;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.sal.TestUsers;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.apache.struts2.interceptor.parameter.StrutsParameter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;

/**
 * The settings page's action and its template, rendered by Velocity 1.7 with Confluence's escaping and the plugin's
 * allowlist: an administrator gets the form holding the space's settings, each field labelled and described, every
 * value encoded; anyone else, and a space that does not exist, gets the not-found result and no view model.
 */
public class SpaceSettingsActionTest {

    private static final String SPACE = "LINCOLN";
    private static final String PRINCIPAL = "8a7f808a6a0f1c2d";
    private static final String TEACHER = "8a7f808a6a0f1c3e";
    private static final String HOSTILE = "<img src=x onerror=alert(1)>&\"'</textarea><script>alert(2)</script>";
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private final InMemorySpaceSettingsStore store = new InMemorySpaceSettingsStore(CHICAGO);
    private final TestUsers users = new TestUsers();
    private final Set<String> administrators = new HashSet<>(Set.of(PRINCIPAL));
    private final VelocityTemplateRenderer velocity = VelocityTemplateRenderer.forPlugin();
    private SpaceSettingsAction target;

    @Before
    public void setUp() {
        users.add(PRINCIPAL, "jcarter", "James Carter").add(TEACHER, "aruiz", "Ana Ruiz");
        target = action(BundleI18nResolver.fromDescriptor());
        target.setKey(SPACE);
    }

    private SpaceSettingsAction action(I18nResolver i18n) {
        CycleRecordStore noRecords = (CycleRecordStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CycleRecordStore.class}, (proxy, method, args) -> {
                    throw new AssertionError("showing the page reads no Cycle Record: " + method.getName());
                });
        SpaceAdministration administration = (user, spaceKey) -> SPACE.equals(spaceKey)
                && user.filter(administrators::contains).isPresent();
        UserGroups groups = new UserGroups() {
            @Override
            public boolean exists(String groupName) {
                return true;
            }

            @Override
            public List<String> find(String query, int max) {
                return List.of();
            }
        };
        EditSpaceSettings edit = new EditSpaceSettings(new SaveSpaceSettings(store, noRecords,
                new DirectUnitOfWork()), administration, groups);
        return new SpaceSettingsAction(edit, users, i18n, mode -> "/confluence");
    }

    @Test
    public void doDefault_shouldAnswerTheForm_withTheSpacesSettings_toASpaceAdministrator() throws Exception {
        // Given
        store.save(SPACE, SpaceSettings.builder(CHICAGO).weekendDays(java.time.DayOfWeek.FRIDAY)
                .holiday(Holiday.between("Winter break", LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 2)))
                .postConferenceWindow(1, 4).leadersGroup("school-leaders").restrictCycleRecords(false)
                .rubricElements(List.of("1a Knowledge", "3b Questioning")).build());
        users.signIn(PRINCIPAL);

        // When
        String result = target.doDefault();
        Document page = render(target);

        // Then
        assertEquals("input", result);
        Element form = page.selectFirst("form.coaching-settings-form");
        assertEquals("/confluence/rest/coaching/1.0/spaces/LINCOLN/settings", form.attr("data-settings-url"));
        assertEquals("/confluence/rest/coaching/1.0/spaces/LINCOLN/groups", form.attr("data-groups-url"));
        assertEquals("Coaching settings", page.selectFirst("title").text());
        assertEquals("America/Chicago", page.selectFirst("select[name=timeZone] option[selected]").val());
        assertEquals(List.of("FRIDAY"), page.select("input[name=weekendDays][checked]").eachAttr("value"));
        assertEquals(7, page.select("input[name=weekendDays]").size());
        assertEquals("Winter break", page.selectFirst(".coaching-settings-holiday-rows input[name=holidayName]").val());
        assertEquals("2025-12-22", page.selectFirst(".coaching-settings-holiday-rows input[name=holidayFirst]").val());
        assertEquals("2026-01-02", page.selectFirst(".coaching-settings-holiday-rows input[name=holidayLast]").val());
        assertEquals("1", page.selectFirst("input[name=postConferenceWindowFewest]").val());
        assertEquals("4", page.selectFirst("input[name=postConferenceWindowMost]").val());
        assertEquals("school-leaders", page.selectFirst("input[name=leadersGroup]").val());
        assertFalse(page.selectFirst("input[name=restrictCycleRecords]").hasAttr("checked"));
        assertTrue(page.selectFirst("input[name=digestEnabled]").hasAttr("checked"));
        assertEquals("1a Knowledge\n3b Questioning", page.selectFirst("textarea[name=rubricElements]").val());
        assertEquals("Time zone", page.selectFirst("label[for=coaching-settings-timeZone]").text());
    }

    @Test
    public void template_shouldLabelEveryField_andPointItAtItsProblem() throws Exception {
        // Given
        users.signIn(PRINCIPAL);
        target.doDefault();

        // When
        Document page = render(target);

        // Then every setting's group names an error element that exists, for aria-describedby
        List<String> fields = page.select("[data-field]").eachAttr("data-field");
        assertEquals(List.of("timeZone", "weekendDays", "holidays", "postConferenceWindow", "sharingWindow",
                "finalizationWindow", "acknowledgementWindow", "dueSoonDays", "coverageWeeks", "spsMinimumResponses",
                "digestEnabled", "leadersGroup", "restrictCycleRecords", "rubricName", "rubricElements"), fields);
        for (String field : fields) {
            Element group = page.selectFirst("[data-field=" + field + "]");
            String errorId = "coaching-settings-" + field + "-error";
            assertTrue(field + " has its error element", page.getElementById(errorId) != null);
            String described = group.attr("aria-describedby") + " "
                    + String.join(" ", group.select("[aria-describedby]").eachAttr("aria-describedby"));
            assertThat(field, described, containsString(errorId));
        }
        for (Element input : page.select("input[id], select[id], textarea[id]")) {
            assertFalse("label for " + input.id(), page.select("label[for=" + input.id() + "]").isEmpty());
        }
    }

    @Test
    public void template_shouldEncodeEveryValueAndText() throws Exception {
        // Given settings and translations that carry markup
        store.save(SPACE, SpaceSettings.builder(CHICAGO).leadersGroup(HOSTILE).rubricName(HOSTILE)
                .rubricElements(List.of(HOSTILE)).holiday(Holiday.on(HOSTILE, LocalDate.of(2026, 1, 19))).build());
        users.signIn(PRINCIPAL);
        I18nResolver hostile = new I18nResolver() {
            @Override
            public String getText(String key, Serializable... arguments) {
                return HOSTILE;
            }

            @Override
            public String getText(String key) {
                return HOSTILE;
            }

            @Override
            public String getText(java.util.Locale locale, String key, Serializable... arguments) {
                return HOSTILE;
            }
        };
        SpaceSettingsAction hostileTarget = action(hostile);
        hostileTarget.setKey(SPACE);
        hostileTarget.doDefault();

        // When
        Document page = render(hostileTarget);

        // Then
        assertTrue(page.select("body img, body script, [onerror]").isEmpty());
        assertEquals(HOSTILE, page.selectFirst("input[name=leadersGroup]").val());
        assertEquals(HOSTILE, page.selectFirst("input[name=rubricName]").val());
        assertEquals(HOSTILE, page.selectFirst("textarea[name=rubricElements]").val());
        assertEquals(HOSTILE, page.selectFirst(".coaching-settings-holiday-rows input[name=holidayName]").val());
        assertEquals(HOSTILE, page.selectFirst("form").attr("data-saved"));
        assertEquals(HOSTILE, page.selectFirst("h1").text());
    }

    @Test
    public void doDefault_shouldAnswerNotFound_toATeacher_anonymously_andForASpaceThatDoesNotExist() {
        // A teacher of the space
        users.signIn(TEACHER);
        assertEquals(SpaceSettingsAction.NOT_FOUND, target.doDefault());
        assertNull(target.getPage());

        // Nobody signed in
        users.signIn(null);
        assertEquals(SpaceSettingsAction.NOT_FOUND, target.doDefault());

        // The administrator, naming another space, or none
        users.signIn(PRINCIPAL);
        SpaceSettingsAction other = action(BundleI18nResolver.fromDescriptor());
        other.setKey("NOSUCHSPACE");
        assertEquals(SpaceSettingsAction.NOT_FOUND, other.doDefault());
        SpaceSettingsAction none = action(BundleI18nResolver.fromDescriptor());
        assertEquals(SpaceSettingsAction.NOT_FOUND, none.doDefault());
    }

    @Test
    public void doDefault_shouldAnswerNotFound_whenTheAdministratorCheckFails() {
        // Given a host whose permission check throws
        SpaceSettingsAction failing = new SpaceSettingsAction(new EditSpaceSettings(
                new SaveSpaceSettings(store, cycleRecordsNeverUsed(), new DirectUnitOfWork()),
                (user, spaceKey) -> {
                    throw new IllegalStateException("directory down");
                }, noGroups()), users, BundleI18nResolver.fromDescriptor(), mode -> "");
        failing.setKey(SPACE);
        users.signIn(PRINCIPAL);

        // Then it stays closed
        assertEquals(SpaceSettingsAction.NOT_FOUND, failing.doDefault());
    }

    @Test
    public void setKey_shouldBeTheOnlyRequestParameter() {
        List<String> parameters = java.util.Arrays.stream(SpaceSettingsAction.class.getMethods())
                .filter(method -> method.isAnnotationPresent(StrutsParameter.class)).map(method -> method.getName())
                .toList();
        assertEquals(List.of("setKey"), parameters);
    }

    @Test
    public void condition_shouldShowTheSpaceToolsLink_onlyToTheSpacesAdministrators() {
        SpaceAdministratorCondition condition = new SpaceAdministratorCondition(
                (user, spaceKey) -> SPACE.equals(spaceKey) && user.filter(administrators::contains).isPresent(), users);
        users.signIn(PRINCIPAL);
        assertTrue(condition.shouldDisplay(Map.of("space", new Space(SPACE))));
        assertFalse(condition.shouldDisplay(Map.of("space", new Space("OTHER"))));
        assertFalse(condition.shouldDisplay(Map.of()));
        users.signIn(TEACHER);
        assertFalse(condition.shouldDisplay(Map.of("space", new Space(SPACE))));
    }

    private static CycleRecordStore cycleRecordsNeverUsed() {
        return (CycleRecordStore) Proxy.newProxyInstance(SpaceSettingsActionTest.class.getClassLoader(),
                new Class<?>[] {CycleRecordStore.class}, (proxy, method, args) -> {
                    throw new AssertionError(method.getName());
                });
    }

    private static UserGroups noGroups() {
        return new UserGroups() {
            @Override
            public boolean exists(String groupName) {
                return false;
            }

            @Override
            public List<String> find(String query, int max) {
                return List.of();
            }
        };
    }

    private static final class DirectUnitOfWork implements org.coachingconversations.domain.transaction.UnitOfWork {
        @Override
        public <T> T run(java.util.function.Supplier<T> work) {
            return work.get();
        }
    }

    private Document render(SpaceSettingsAction action) throws Exception {
        StringWriter out = new StringWriter();
        velocity.render("settings/space-settings.vm", Map.of("action", action), out);
        return Jsoup.parse(out.toString());
    }
}
