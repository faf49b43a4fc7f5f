package org.coachingconversations.confluence.macro;

import org.coachingconversations.domain.guide.Guide;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideItem;
import org.coachingconversations.domain.guide.GuideSection;
import org.coachingconversations.domain.guide.GuideText;
import org.coachingconversations.domain.guide.ObservationType;
import org.coachingconversations.domain.guide.ProtocolFilter;
import org.coachingconversations.domain.guide.ProtocolPhase;
import org.coachingconversations.domain.guide.ProtocolRole;
import org.coachingconversations.domain.guide.ProtocolStep;
import org.coachingconversations.domain.guide.TextItem;
import org.coachingconversations.domain.guide.Topic;
import org.coachingconversations.domain.settings.InMemorySpaceSettingsStore;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.testing.host.RenderedOn;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.coachingconversations.testing.i18n.ReaderLanguages;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * The guide macro through real Velocity 1.7, the real template and the real bundles: for every guide, every section
 * choice and every protocol filter, exactly the catalogue's items are shown, in the catalogue's order, with their
 * texts; every refused or hostile value gives an in-page message and nothing else.
 */
public class GuideMacroTest {

    private static final String HOSTILE = "<script>alert('x')</script><ac:structured-macro ac:name=\"html\"/>\"&";

    private final GuideCatalogue catalogue = new GuideCatalogue();
    private final BundleI18nResolver bundle = BundleI18nResolver.fromDescriptor();
    private InMemorySpaceSettingsStore settings;
    private GuideMacro target;

    @Before
    public void setUp() {
        settings = new InMemorySpaceSettingsStore(ZoneOffset.UTC);
        target = new GuideMacro(VelocityTemplateRenderer.forPlugin(), bundle,
                ReaderLanguages.reading(java.util.Locale.ENGLISH), settings);
    }

    @Test
    public void execute_shouldShowExactlyTheCataloguesItems_forEveryGuideSectionAndFilter() throws Exception {
        int combinations = 0;
        for (Guide guide : catalogue.guides()) {
            boolean filtered = catalogue.protocolGuideIds().contains(guide.id());
            List<String> sections = new ArrayList<>();
            sections.add(null);
            sections.addAll(catalogue.sectionChoices(guide));
            for (String section : sections) {
                for (String role : filtered ? withNone(ids(ProtocolRole.values())) : withNone(List.of())) {
                    for (String phase : filtered ? withNone(ids(ProtocolPhase.values())) : withNone(List.of())) {
                        for (String type : filtered ? withNone(ids(ObservationType.values())) : withNone(List.of())) {
                            // Given
                            Map<String, String> parameters = parameters(guide.id(), section, role, phase, type);

                            // When
                            Document page = Jsoup.parse(target.execute(parameters, null, null));

                            // Then
                            assertShows(page, guide, section, filter(role, phase, type), parameters);
                            combinations++;
                        }
                    }
                }
            }
        }
        // the whole guide and each section choice; for the protocol guide each with 4 × 4 × 4 filters (none included)
        assertEquals(4 + 2 + 11 + 2 * 64 + 12, combinations);
    }

    @Test
    public void execute_shouldShowTheFootnote_onlyWithTheStepItBelongsTo() throws Exception {
        // When
        Document during = render("guide", "post-conference", "phase", "during");
        Document after = render("guide", "post-conference", "phase", "after");

        // Then
        assertEquals("*", during.select("[data-item=conference] .coaching-guide-footnote-marker").text());
        assertThat(during.select(".coaching-guide-note").text(), containsString("Next steps may include"));
        assertTrue(after.select(".coaching-guide-note").isEmpty());
    }

    @Test
    public void execute_shouldSayNoStepMatches_whenTheFiltersLeaveNone() throws Exception {
        // When
        Document page = render("guide", "post-conference", "role", "teacher-and-observer", "phase", "after");

        // Then
        assertEquals("No step of the protocol matches the chosen role, phase and observation type.",
                page.select(".coaching-guide-empty").text());
        assertTrue(page.select(".coaching-guide-item").isEmpty());
        assertTrue(page.select(".aui-message-error").isEmpty());
    }

    @Test
    public void execute_shouldShowOnlyTheFilteredPhaseColumn_andTheSeedsObservationTypes() throws Exception {
        // When
        Document page = render("guide", "post-conference", "phase", "before", "observationType", "short");

        // Then
        assertEquals(List.of("Person Responsible", "Action To Be Completed", "Before Post-conference"),
                page.select("th").eachText());
        assertEquals("Full, Focused & Short", page.selectFirst("[data-item=schedule] .coaching-guide-phase").text());
        assertTrue(page.select("[data-item=complete-reflection-guide]").isEmpty());
    }

    @Test
    public void execute_shouldJoinTheObservationTypesWithTheLanguagesListPattern_forASpanishReader() throws Exception {
        // Given
        target = new GuideMacro(VelocityTemplateRenderer.forPlugin(),
                BundleI18nResolver.fromDescriptor(ReaderLanguages.SPANISH), ReaderLanguages.reading(ReaderLanguages.SPANISH),
                settings);

        // When
        Document page = render("guide", "post-conference", "phase", "before", "observationType", "short");

        // Then
        assertEquals("Completa, Enfocada y Breve",
                page.selectFirst("[data-item=schedule] .coaching-guide-phase").text());
    }

    @Test
    public void execute_shouldNameTheSpacesRubric_whenThePageIsInASpace() throws Exception {
        // Given
        settings.save("LES", SpaceSettings.defaults(ZoneOffset.UTC).toBuilder().rubricName("Danielson").build());

        // When
        Document inSpace = Jsoup.parse(target.execute(Map.of("guide", "post-conference"), null, RenderedOn.pageIn("LES")));
        Document outside = render("guide", "post-conference");

        // Then
        assertThat(inSpace.selectFirst("[data-item=rate-evidence]").text(), containsString("using the Danielson rubric"));
        assertThat(outside.selectFirst("[data-item=rate-evidence]").text(), containsString("using the observation rubric"));
    }

    @Test
    public void execute_shouldAcceptIdsInAnyCaseWithBlanks_andTheSectionsShortName() throws Exception {
        // When
        Document page = render("guide", " Coaching ", "section", "Components/Successes ");

        // Then
        assertEquals(List.of("successes"), page.select(".coaching-guide-item").eachAttr("data-item"));
        assertEquals("Ask how the success aligns and/or supports the focus identified for this conversation.",
                page.selectFirst("[data-item=successes] li").text());
    }

    @Test
    public void execute_shouldAskForAGuide_whenNoneIsChosen() throws Exception {
        // When
        Element error = error(target.execute(Map.of(), null, null));

        // Then
        assertEquals("The guide cannot be shown", error.selectFirst(".title").text());
        assertThat(error.text(), containsString("Guide: choose one of sps, qualities, coaching, post-conference, mqi."));
    }

    @Test
    public void execute_shouldNameTheChoices_whenTheGuideIsUnknown() throws Exception {
        // When
        Element error = error(render("guide", "danielson").outerHtml());

        // Then
        assertThat(error.text(), containsString("Guide: \u201cdanielson\u201d is not one of the choices here; choose one"
                + " of sps, qualities, coaching, post-conference, mqi."));
    }

    @Test
    public void execute_shouldNameTheGuidesSections_whenTheSectionBelongsToAnotherGuide() throws Exception {
        // When
        Element error = error(render("guide", "sps", "section", "coaching/components").outerHtml());

        // Then
        assertThat(error.text(), containsString("Section: \u201ccoaching/components\u201d is not one of the choices"
                + " here; choose one of sps/initial-reflection, sps/dig-into-data, sps/conclusions."));
        assertTrue(error.ownerDocument().select(".coaching-guide").isEmpty());
    }

    @Test
    public void execute_shouldSayWhichGuideAFilterBelongsTo_whenItDoesNotApply() throws Exception {
        // When
        Element error = error(render("guide", "mqi", "role", "teacher", "observationType", "focused").outerHtml());

        // Then
        assertThat(error.text(), containsString("Role: \u201cteacher\u201d filters the guide post-conference only;"
                + " leave it empty for this guide (with post-conference the choices are teacher, observer,"
                + " teacher-and-observer)."));
        assertThat(error.text(), containsString("Observation type: \u201cfocused\u201d filters the guide"
                + " post-conference only"));
    }

    @Test
    public void execute_shouldReportEveryStaleValue_whenSeveralAreWrong() throws Exception {
        // When
        Element error = error(render("guide", "post-conference", "section", "cycle-record", "role", "coach",
                "phase", "later", "observationType", "informal").outerHtml());

        // Then
        assertThat(error.text(), containsString("Section: \u201ccycle-record\u201d is not one of the choices here;"
                + " choose one of post-conference/protocol."));
        assertThat(error.text(), containsString("Role: \u201ccoach\u201d is not one of the choices here; choose one"
                + " of teacher, observer, teacher-and-observer."));
        assertThat(error.text(), containsString("Phase: \u201clater\u201d is not one of the choices here; choose one"
                + " of before, during, after."));
        assertThat(error.text(), containsString("Observation type: \u201cinformal\u201d is not one of the choices"
                + " here; choose one of full, focused, short."));
    }

    @Test
    public void execute_shouldShowHostileValuesAsText_inEveryParameter() throws Exception {
        for (String parameter : List.of("guide", "section", "role", "phase", "observationType")) {
            // Given
            Map<String, String> parameters = new HashMap<>(Map.of("guide", "post-conference"));
            parameters.put(parameter, HOSTILE);

            // When
            String html = target.execute(parameters, null, null);

            // Then
            Document page = Jsoup.parse(html);
            assertTrue(parameter, page.select("script").isEmpty());
            assertThat(parameter, html, not(containsString("<ac:structured-macro")));
            assertThat(parameter, html, not(containsString("<script")));
            assertThat(parameter, page.selectFirst(".aui-message-error").text(), containsString(HOSTILE));
            assertTrue(parameter, page.select(".coaching-guide").isEmpty());
        }
    }

    @Test
    public void execute_shouldAskForAGuide_whenTheHostPassesNoParameterMap() throws Exception {
        // When
        Element error = error(target.execute(null, null, null));

        // Then
        assertThat(error.text(), containsString("Guide: choose one of"));
    }

    @Test
    public void macro_shouldBeABlockMacroWithoutBody() {
        assertEquals(GuideMacro.BodyType.NONE, target.getBodyType());
        assertEquals(GuideMacro.OutputType.BLOCK, target.getOutputType());
    }

    // ---- what the catalogue says a combination shows ----

    private void assertShows(Document page, Guide guide, String sectionChoice, ProtocolFilter filter,
                             Map<String, String> parameters) {
        String combination = parameters.toString();
        assertNull(combination, page.selectFirst(".aui-message-error"));
        assertEquals(combination, guide.id(), page.selectFirst(".coaching-guide").attr("data-guide"));
        assertEquals(combination, bundle.getText(guide.title().key()), page.selectFirst(".coaching-guide-title").text());
        assertEquals(combination, sectionChoice == null ? texts(guide.introduction()) : List.of(),
                page.select(".coaching-guide-introduction").eachText());

        List<GuideSection> sections = sectionChoice == null ? guide.sections()
                : List.of(guide.section(sectionOf(sectionChoice)).orElseThrow());
        assertEquals(combination, sections.stream().map(GuideSection::id).toList(),
                page.select(".coaching-guide-section").eachAttr("data-section"));
        for (GuideSection section : sections) {
            Element shown = page.selectFirst(".coaching-guide-section[data-section=" + section.id() + "]");
            List<GuideItem> expected = section.items().stream()
                    .filter(item -> topicOf(sectionChoice).map(id -> item instanceof Topic t && t.id().equals(id))
                            .orElse(true))
                    .filter(item -> !(item instanceof ProtocolStep step) || filter.matches(step))
                    .toList();
            List<Element> items = shown.select(".coaching-guide-item");
            assertEquals(combination + " " + section.id(), expected.stream().map(GuideMacroTest::itemId).toList(),
                    items.stream().map(item -> item.attr("data-item")).toList());
            for (int i = 0; i < expected.size(); i++) {
                for (String text : shownTexts(expected.get(i))) {
                    assertThat(combination + " " + section.id(), items.get(i).text(), containsString(text));
                }
            }
        }
    }

    /** Every text of an item the page shows with it; a protocol step's phase is its column's heading instead. */
    private List<String> shownTexts(GuideItem item) {
        Stream<GuideText> texts = item.texts().stream();
        if (item instanceof ProtocolStep step) {
            texts = texts.filter(text -> !text.key().equals(step.phase().nameKey()));
        }
        return texts.map(text -> text.arguments().isEmpty() ? bundle.getText(text.key())
                : bundle.getText(text.key(), text.arguments().stream()
                        .map(argument -> switch (argument) {
                            case RUBRIC_NAME -> SpaceSettings.DEFAULT_RUBRIC_NAME;
                            default -> bundle.getText(argument.exampleKey());
                        }).toArray(String[]::new)))
                .toList();
    }

    private static String itemId(GuideItem item) {
        if (item instanceof TextItem line) {
            return line.text().key().substring(line.text().key().lastIndexOf('.') + 1);
        } else if (item instanceof Topic topic) {
            return topic.id();
        } else if (item instanceof ProtocolStep step) {
            return step.id();
        } else if (item instanceof org.coachingconversations.domain.guide.QualityItem quality) {
            return quality.quality().id();
        } else if (item instanceof org.coachingconversations.domain.guide.CoachingTask task) {
            return task.id();
        } else if (item instanceof org.coachingconversations.domain.guide.AgendaStep step) {
            return step.id();
        }
        throw new AssertionError(item);
    }

    private static String sectionOf(String choice) {
        String[] parts = choice.split("/");
        return parts[0] + "/" + parts[1];
    }

    private static Optional<String> topicOf(String choice) {
        if (choice == null) {
            return Optional.empty();
        }
        String[] parts = choice.split("/");
        return parts.length > 2 ? Optional.of(parts[2]) : Optional.empty();
    }

    private static ProtocolFilter filter(String role, String phase, String type) {
        return new ProtocolFilter(ProtocolRole.fromId(role), ProtocolPhase.fromId(phase), ObservationType.fromId(type));
    }

    private List<String> texts(List<GuideText> texts) {
        return texts.stream().map(text -> bundle.getText(text.key())).toList();
    }

    private static List<String> ids(ProtocolRole[] values) {
        return Arrays.stream(values).map(ProtocolRole::id).collect(Collectors.toList());
    }

    private static List<String> ids(ProtocolPhase[] values) {
        return Arrays.stream(values).map(ProtocolPhase::id).collect(Collectors.toList());
    }

    private static List<String> ids(ObservationType[] values) {
        return Arrays.stream(values).map(ObservationType::id).collect(Collectors.toList());
    }

    private static List<String> withNone(List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(values);
        return all;
    }

    private static Map<String, String> parameters(String guide, String section, String role, String phase,
                                                  String type) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("guide", guide);
        if (section != null) {
            parameters.put("section", section);
        }
        if (role != null) {
            parameters.put("role", role);
        }
        if (phase != null) {
            parameters.put("phase", phase);
        }
        if (type != null) {
            parameters.put("observationType", type);
        }
        return parameters;
    }

    private Document render(String... nameValuePairs) throws Exception {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            parameters.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return Jsoup.parse(target.execute(parameters, null, null));
    }

    private static Element error(String html) {
        Element error = Jsoup.parse(html).selectFirst(".aui-message-error");
        assertFalse("no error message in " + html, error == null);
        return error;
    }

}
